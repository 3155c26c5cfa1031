package io.avatarforge.model.image;

/** Image bytes with their true content type and pixel size. */
public record PreparedImage(byte[] bytes, String contentType, int width, int height) {
}
