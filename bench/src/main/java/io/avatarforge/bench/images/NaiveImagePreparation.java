package io.avatarforge.bench.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The naive image preparation intake's must beat (benchmark baseline, never production; the same code as the tests'
 * {@code TestImages.naivePrepare}): decode the whole image with {@code ImageIO.read}, scale it with Graphics2D bicubic
 * interpolation to a longest side of {@code maxSide}, and encode it as a JPEG of quality 0.92, as intake does.
 */
public final class NaiveImagePreparation {

    private NaiveImagePreparation() {
    }

    public static byte[] prepare(byte[] image, int maxSide) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
            double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            return SyntheticPhotos.jpeg(scaled, 0.92f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
