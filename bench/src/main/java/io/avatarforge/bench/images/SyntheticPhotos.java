package io.avatarforge.bench.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photographs made in code for the benchmarks (the same drawing as the tests' {@code TestImages.noisyFace}): a
 * face-like drawing with per-pixel noise, so that it compresses and decodes like a photograph. No third-party photos.
 */
public final class SyntheticPhotos {

    private SyntheticPhotos() {
    }

    public static BufferedImage noisyFace(int width, int height, long seed) {
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
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt(-16, 17);
            int p = pixels[i];
            pixels[i] = (Math.clamp(((p >> 16) & 0xff) + noise, 0, 255) << 16)
                    | (Math.clamp(((p >> 8) & 0xff) + noise, 0, 255) << 8)
                    | Math.clamp((p & 0xff) + noise, 0, 255);
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A square noisy-face JPEG whose size is close to {@code targetBytes} (the side is searched for). */
    public static byte[] jpegOfAbout(int targetBytes, float quality) {
        int low = 64;
        int high = 4096;
        byte[] best = jpeg(noisyFace(low, low, 7), quality);
        while (high - low > 8) {
            int side = (low + high) / 2;
            byte[] candidate = jpeg(noisyFace(side, side, 7), quality);
            best = candidate;
            if (candidate.length < targetBytes) {
                low = side;
            } else {
                high = side;
            }
        }
        return best;
    }
}
