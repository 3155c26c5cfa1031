package io.avatarforge.platform.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shrink applied to what libjpeg-turbo decoded: plain Java, so these run with or without the library. */
class AreaAverageTest {

    @ParameterizedTest(name = "{0}x{1} to {2}x{3}")
    @CsvSource({
        "2000, 1500, 1536, 1152",  // a 12 MP photo after DCT scaling by 1/2
        "2001, 1501, 1536, 1152",
        "1500, 2000, 1152, 1536",
        "1536, 1152, 1536, 1152",  // no shrink at all
        "3072, 2304, 1536, 1152",  // exactly half
        "1537, 1153, 1536, 1152",
        "1999, 7, 1536, 5",
        "5, 2, 2, 1",
        "2, 1, 1, 1",
        "1, 1, 1, 1"
    })
    void theShrinkProducesExactlyTheTargetSize(int width, int height, int targetWidth, int targetHeight) {
        BufferedImage shrunk = AreaAverage.scale(smooth(width, height), targetWidth, targetHeight);

        assertThat(shrunk.getWidth()).isEqualTo(targetWidth);
        assertThat(shrunk.getHeight()).isEqualTo(targetHeight);
        assertThat(shrunk.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void aFlatColourStaysExactlyThatColour() {
        BufferedImage flat = new BufferedImage(2001, 1499, BufferedImage.TYPE_INT_RGB);
        int colour = 0xe8bea0;
        java.util.Arrays.fill(TurboJpeg.packedRgb(flat), colour);

        BufferedImage shrunk = AreaAverage.scale(flat, 1536, 1151);

        assertThat(TurboJpeg.packedRgb(shrunk)).containsOnly(colour);
    }

    @Test
    void onASmoothImageTheShrinkIsCloseToJava2dBilinear() {
        BufferedImage source = smooth(2000, 1500);

        BufferedImage shrunk = AreaAverage.scale(source, 1536, 1152);
        BufferedImage bilinear = java2dBilinear(source, 1536, 1152);

        assertThat(ImageDifference.meanAbsolute(shrunk, bilinear)).as("mean absolute difference of r, g, b")
                .allSatisfy(d -> assertThat(d).isLessThan(1.0));
        assertThat(ImageDifference.maxAbsolute(shrunk, bilinear)).as("largest difference of any channel")
                .isLessThanOrEqualTo(4);
    }

    @Test
    void oneColumnStripesAreAveragedToGreyRatherThanAliased() {
        BufferedImage stripes = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        int[] pixels = TurboJpeg.packedRgb(stripes);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 200) % 2 == 0 ? 0xffffff : 0;
        }

        BufferedImage shrunk = AreaAverage.scale(stripes, 100, 50);

        for (int pixel : TurboJpeg.packedRgb(shrunk)) {
            assertThat(pixel & 0xff).isBetween(127, 128);
        }
    }

    /** Gradients and a slow wave: no edges, so any two decent resamplers agree closely. */
    static BufferedImage smooth(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = TurboJpeg.packedRgb(image);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 30 + 200 * x / width;
                int g = 220 - 180 * y / height;
                int b = (int) Math.round(128 + 90 * Math.sin(x / 97.0) * Math.cos(y / 131.0));
                pixels[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
        return image;
    }

    private static BufferedImage java2dBilinear(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }
}
