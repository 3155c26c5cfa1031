package io.avatarforge.model.image;

import java.util.Optional;

/** The formats accepted, recognised from their leading bytes; a declared type is never trusted. */
public enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg"),
    WEBP("webp", "image/webp");

    private final String readerFormatName;
    private final String contentType;

    ImageFormat(String readerFormatName, String contentType) {
        this.readerFormatName = readerFormatName;
        this.contentType = contentType;
    }

    public String readerFormatName() {
        return readerFormatName;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xff, 0xd8, 0xff)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether the bytes look like markup (SVG, HTML): worth naming in the refusal, since SVG is a common attempt. */
    public static boolean looksLikeMarkup(byte[] bytes) {
        int i = 0;
        if (startsWith(bytes, 0, 0xef, 0xbb, 0xbf)) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
