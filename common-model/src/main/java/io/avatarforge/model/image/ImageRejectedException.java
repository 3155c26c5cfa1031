package io.avatarforge.model.image;

import io.avatarforge.model.job.JobErrorCode;

/** An image that will not be accepted, and why; the gateway turns it into a 4xx, the worker into a failed job. */
public final class ImageRejectedException extends RuntimeException {

    /** Why: each reason has its own stable code, the code of the job the worker fails with it. */
    public enum Reason {
        INVALID(JobErrorCode.INVALID_IMAGE),
        UNSUPPORTED_FORMAT(JobErrorCode.UNSUPPORTED_IMAGE_FORMAT),
        TOO_LARGE(JobErrorCode.IMAGE_TOO_LARGE);

        private final JobErrorCode errorCode;

        Reason(JobErrorCode errorCode) {
            this.errorCode = errorCode;
        }

        public JobErrorCode errorCode() {
            return errorCode;
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
