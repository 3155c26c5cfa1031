package io.avatarforge.platform.image;

import io.avatarforge.model.image.ImageFormat;
import io.avatarforge.model.image.ImageRejectedException;
import java.util.zip.CRC32;

/**
 * What can be known to be broken about an image from its container alone, without decoding a pixel: a PNG whose chunks
 * do not add up or end before {@code IEND}, or whose critical chunks fail their CRC; a JPEG whose segments run past
 * the end or that ends before its end-of-image marker; a WebP whose RIFF size is not its byte length. A single linear
 * pass over the bytes (CRC32 is an intrinsic), so intake can afford it for every upload and refuse a truncated upload
 * at once, instead of accepting it and failing the job later.
 */
final class ImageStructure {

    private static final int PNG_SIGNATURE = 8;

    private ImageStructure() {
    }

    /** Throws {@link ImageRejectedException.Reason#INVALID} when the container of {@code bytes} is broken. */
    static void check(ImageFormat format, byte[] bytes) {
        switch (format) {
            case PNG -> checkPng(bytes);
            case JPEG -> checkJpeg(bytes);
            case WEBP -> checkWebp(bytes);
        }
    }

    /**
     * Walks the chunks from the signature to {@code IEND}: the first must be a 13-byte {@code IHDR}, every length must
     * fit in the file, and the CRC of every critical chunk (upper-case first letter: IHDR, PLTE, IDAT, IEND) must
     * match. Ancillary chunks with a wrong CRC are let through, as libpng does (it drops them with a warning). Bytes
     * after {@code IEND} are ignored, as by every decoder.
     */
    private static void checkPng(byte[] png) {
        int at = PNG_SIGNATURE;
        boolean first = true;
        while (true) {
            if (at + 12 > png.length) {
                throw invalid("The PNG image ends before its IEND chunk (truncated)");
            }
            long length = readInt(png, at) & 0xffffffffL;
            int type = at + 4;
            if (length > png.length - at - 12L) {
                throw invalid("A chunk of the PNG image runs past its end (truncated, or a broken chunk length)");
            }
            String name = new String(png, type, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (first && (!"IHDR".equals(name) || length != 13)) {
                throw invalid("The PNG image does not start with a valid IHDR chunk");
            }
            first = false;
            int end = type + 4 + (int) length;
            if (Character.isUpperCase(name.charAt(0))) {
                CRC32 crc = new CRC32();
                crc.update(png, type, 4 + (int) length);
                if ((int) crc.getValue() != readInt(png, end)) {
                    throw invalid("The PNG image's " + name + " chunk fails its CRC check (corrupted)");
                }
            }
            if ("IEND".equals(name)) {
                return;
            }
            at = end + 4;
        }
    }

    /**
     * Walks the marker segments up to the first scan by their lengths (so an EXIF thumbnail's own end marker is
     * skipped), then the scans: there a {@code 0xFF} is followed by a stuffed zero, a restart marker, fill, or a real
     * marker whose segment (a progressive JPEG's next tables and scans) is skipped by its length again. The image is
     * whole when its end-of-image marker ({@code FFD9}) is found. Damaged bytes inside the scans are left to the
     * decoder (libjpeg only warns about many of them); what is refused here is a file that ends before its end marker.
     * Anything after the marker is allowed on purpose: phones append data there (Motion Photos an MP4, MPF a second
     * picture), and so does zero padding.
     */
    private static void checkJpeg(byte[] jpeg) {
        int at = 2;
        boolean scanning = false;
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xff) != 0xff) {
                if (!scanning) {
                    throw invalid("The JPEG image has a broken segment structure");
                }
                at++;
                continue;
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xd9) {
                return;
            }
            if (marker == 0xff) {
                at++;
            } else if (marker == 0x00 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
                // Stuffed zero, TEM, restart markers and SOI carry no length.
                at += 2;
            } else {
                if (at + 4 > jpeg.length) {
                    break;
                }
                int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
                if (length < 2) {
                    throw invalid("The JPEG image has a broken segment length");
                }
                at += 2 + length;
                scanning |= marker == 0xda;
            }
        }
        throw invalid("The JPEG image ends before its end-of-image marker (truncated)");
    }

    /**
     * The RIFF header's size must be the file's length less its 8-byte header, and every chunk in it must fit. Unlike
     * JPEG, no producer is known to append data to a WebP, so any mismatch is refused.
     */
    private static void checkWebp(byte[] webp) {
        long riffSize = readIntLittleEndian(webp, 4) & 0xffffffffL;
        if (riffSize != webp.length - 8L) {
            throw invalid("The WebP image's RIFF size (" + riffSize + " bytes) does not match its length ("
                    + (webp.length - 8) + " bytes after the header)" + (riffSize > webp.length - 8L ? "; truncated" : ""));
        }
        int at = 12;
        while (at < webp.length) {
            if (at + 8 > webp.length) {
                throw invalid("A chunk of the WebP image runs past its end");
            }
            long size = readIntLittleEndian(webp, at + 4) & 0xffffffffL;
            long end = at + 8L + size + (size & 1);
            if (end > webp.length && !(end == webp.length + 1L && (size & 1) == 1)) {
                throw invalid("A chunk of the WebP image runs past its end (truncated, or a broken chunk size)");
            }
            at = (int) Math.min(end, webp.length);
        }
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    private static int readIntLittleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8) | ((bytes[at + 2] & 0xff) << 16)
                | ((bytes[at + 3] & 0xff) << 24);
    }

    private static ImageRejectedException invalid(String detail) {
        return new ImageRejectedException(ImageRejectedException.Reason.INVALID, detail);
    }
}
