package io.avatarforge.model.image;

/** An image that will not be accepted, and why; the gateway turns it into a 4xx, the worker into a failed job. */
public final class ImageRejectedException extends RuntimeException {

    /** Why: each reason has its own stable error code. */
    public enum Reason {
        INVALID("invalid_image"),
        UNSUPPORTED_FORMAT("unsupported_image_format"),
        TOO_LARGE("image_too_large");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
