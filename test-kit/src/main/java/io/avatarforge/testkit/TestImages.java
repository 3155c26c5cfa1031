package io.avatarforge.testkit;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in code for tests: no binary fixtures, no third-party photos. */
public final class TestImages {

    private TestImages() {
    }

    /** A simple face-like drawing, enough for format and pipeline tests. */
    public static BufferedImage face(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(232, 190, 160));
        g.fillOval(width * 3 / 10, height / 5, width * 2 / 5, height / 2);
        g.setColor(new Color(60, 40, 30));
        g.fillOval(width * 2 / 5, height * 2 / 5, width / 20, height / 20);
        g.fillOval(width * 11 / 20, height * 2 / 5, width / 20, height / 20);
        g.dispose();
        return image;
    }

    /**
     * A richer synthetic portrait than {@link #face}: gradient backdrop, hair, shaded skin, eyes, mouth, shoulders and
     * fine sensor-like noise, for image-processing code whose behaviour on flat colour says little. Deterministic.
     */
    public static BufferedImage portrait(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 180), 0, height, new Color(40, 60, 80)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 50, 110));
        g.fillOval(width / 8, height * 3 / 4, width * 3 / 4, height / 2);
        g.setColor(new Color(200, 150, 120));
        g.fillRect(width * 43 / 100, height * 3 / 5, width * 14 / 100, height / 5);
        g.setColor(new Color(70, 45, 30));
        g.fillOval(width * 27 / 100, height / 8, width * 46 / 100, height * 45 / 100);
        g.setPaint(new RadialGradientPaint(width * 0.45f, height * 0.38f, width * 0.28f,
                new float[] {0f, 1f}, new Color[] {new Color(245, 205, 175), new Color(190, 135, 105)}));
        g.fillOval(width * 3 / 10, height / 5, width * 2 / 5, height / 2);
        g.setColor(new Color(70, 45, 30));
        g.fillArc(width * 29 / 100, height * 17 / 100, width * 42 / 100, height / 4, 0, 180);
        for (int side = 0; side < 2; side++) {
            int x = side == 0 ? width * 38 / 100 : width * 54 / 100;
            g.setColor(new Color(250, 250, 245));
            g.fillOval(x, height * 39 / 100, width * 8 / 100, height * 4 / 100);
            g.setColor(new Color(70, 110, 60));
            g.fillOval(x + width * 2 / 100, height * 39 / 100, width * 4 / 100, height * 4 / 100);
            g.setColor(new Color(20, 15, 10));
            g.fillOval(x + width * 3 / 100, height * 40 / 100, width * 2 / 100, height * 2 / 100);
            g.setColor(new Color(60, 40, 30));
            g.fillRect(x, height * 35 / 100, width * 8 / 100, height / 100 + 1);
        }
        g.setColor(new Color(170, 115, 90));
        g.drawLine(width / 2, height * 44 / 100, width * 48 / 100, height * 53 / 100);
        g.setColor(new Color(170, 70, 70));
        g.fillArc(width * 43 / 100, height * 55 / 100, width * 14 / 100, height * 6 / 100, 180, 180);
        g.dispose();
        Random random = new Random(42);
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            int n = random.nextInt(13) - 6;
            int r = Math.clamp(((rgb[i] >> 16) & 0xff) + n, 0, 255);
            int gr = Math.clamp(((rgb[i] >> 8) & 0xff) + n, 0, 255);
            int b = Math.clamp((rgb[i] & 0xff) + n, 0, 255);
            rgb[i] = (r << 16) | (gr << 8) | b;
        }
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String jpegDataUri(int width, int height) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(encode(face(width, height), "jpg"));
    }

    /** A valid, tiny PNG whose header declares {@code side}×{@code side} pixels: a decompression bomb. */
    public static byte[] pngDeclaring(int side) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 16]);
        deflater.finish();
        byte[] compressed = new byte[1 << 12];
        int length = deflater.deflate(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * {@code png} with the CRC of every chunk computed afresh: a PNG whose data was tampered with in a test but whose
     * container is whole again, so that only decoding can find the damage.
     */
    public static byte[] pngWithRecomputedCrcs(byte[] png) {
        byte[] out = png.clone();
        int at = 8;
        while (at + 12 <= out.length) {
            int length = ByteBuffer.wrap(out, at, 4).getInt();
            CRC32 crc = new CRC32();
            crc.update(out, at + 4, 4 + length);
            ByteBuffer.wrap(out, at + 8 + length, 4).putInt((int) crc.getValue());
            at += 12 + length;
        }
        return out;
    }

    /** A progressive JPEG (several scans, with tables between them) from ImageIO's writer. */
    public static byte[] progressiveJpeg(BufferedImage image) {
        return writeJpeg(image, param -> param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT));
    }

    public static String svgDeclaredAsPng() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script>"
                + "<rect width=\"10\" height=\"10\"/></svg>";
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 48×32 lossless WebP: blue background, a skin-coloured oval, and a pure red 8×8 square at the top left. Made
     * once with {@code cwebp -lossless -exact} from a PNG drawn in code (the JDK cannot write WebP); 104 bytes.
     */
    public static byte[] webpLossless() {
        return Base64.getDecoder().decode("UklGRmAAAABXRUJQVlA4TFMAAAAvL8AHABcgEEjyhxphPoFA4pz1FAsEknDGHnX+w9YWKGgjSXmT8yThfD3"
                + "aZBIQ0f8JUKpOfgZK0wqEkQb2AJSeNOEmPyXX1aYMNFC3CIRRhTLxRQA=");
    }

    /** A 16×16 lossless WebP with transparency: a red disc on a fully transparent background; made like the one above. */
    public static byte[] webpWithTransparency() {
        return Base64.getDecoder().decode(
                "UklGRjoAAABXRUJQVlA4TC0AAAAvD8ADEA8wHoM8HvMf8FDTSAq0DpCAFPy7QALl24GIiP5PAK9LaNpZyyfUBQAA");
    }

    /** {@code image} as a JPEG whose EXIF block (inserted after the JFIF header) carries the given orientation tag. */
    public static byte[] jpegWithExifOrientation(BufferedImage image, int orientation) {
        byte[] jpeg = encode(image, "jpg");
        ByteBuffer tiff = ByteBuffer.allocate(26)
                .put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + 26).put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0)
                .put((byte) 0).put(tiff.array()).array();
        return insertSegment(jpeg, 0xe1, exif);
    }

    /**
     * A CMYK JPEG as Photoshop writes them (Adobe APP14 marker, inverted ink values) filled with pure cyan ink, which
     * an RGB decoder must render as cyan.
     */
    public static byte[] cmykJpegOfCyan(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] invertedCyan = {0, 255, 255, 255};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, invertedCyan);
            }
        }
        ImageWriter writer = null;
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext(); ) {
            ImageWriter candidate = writers.next();
            if (writer == null || candidate.canWriteRasters()) {
                writer = candidate;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertSegment(out.toByteArray(), 0xee, adobe);
    }

    /** A face-like drawing with per-pixel noise, so that it compresses and decodes like a photograph. */
    public static BufferedImage noisyFace(int width, int height, long seed) {
        BufferedImage image = face(width, height);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt(-16, 17);
            int p = pixels[i];
            pixels[i] = (Math.clamp(((p >> 16) & 0xff) + noise, 0, 255) << 16)
                    | (Math.clamp(((p >> 8) & 0xff) + noise, 0, 255) << 8)
                    | Math.clamp((p & 0xff) + noise, 0, 255);
        }
        return image;
    }

    /** An opaque image whose left half is red and right half blue: which way is up survives any orientation. */
    public static BufferedImage redLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A JPEG from ImageIO's writer at {@code quality} (0..1), the JDK's own encoding path. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        return writeJpeg(image, param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
        });
    }

    private static byte[] writeJpeg(BufferedImage image, java.util.function.Consumer<ImageWriteParam> settings) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            settings.accept(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The naive image preparation that intake's must beat (benchmark baseline, never production): decode the whole
     * image with {@code ImageIO.read}, scale it with Graphics2D bicubic interpolation to a longest side of
     * {@code maxSide}, and encode it as a JPEG of quality 0.92, as intake does.
     */
    public static byte[] naivePrepare(byte[] image, int maxSide) {
        try {
            BufferedImage source = ImageIO.read(new java.io.ByteArrayInputStream(image));
            double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            return jpeg(scaled, 0.92f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts an APPn segment after SOI and, when present, the JFIF APP0 segment that must stay first. */
    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
        int at = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, at);
        out.write(0xff);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.writeBytes(payload);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
