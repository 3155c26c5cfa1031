package io.avatarforge.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineStylizerTest {

    private static final OfflineStylizer STYLIZER = new OfflineStylizer();
    private static final BufferedImage PORTRAIT = TestImages.face(768, 768);
    private static final Map<StyleFamily, BufferedImage> RENDERED = new EnumMap<>(StyleFamily.class);

    @BeforeAll
    static void renderEveryFamilyOnce() {
        for (StyleFamily family : StyleFamily.values()) {
            RENDERED.put(family, STYLIZER.stylize(PORTRAIT, family));
        }
    }

    @Test
    void everyFamilyRendersA1024PixelSquare() {
        RENDERED.forEach((family, image) -> {
            assertThat(image.getWidth()).as(family.name()).isEqualTo(1024);
            assertThat(image.getHeight()).as(family.name()).isEqualTo(1024);
        });
    }

    @Test
    void theSameInputGivesTheSameBytesEveryTime() {
        for (StyleFamily family : StyleFamily.values()) {
            BufferedImage again = STYLIZER.stylize(TestImages.face(768, 768), family);
            assertThat(pixels(again)).as(family.name()).isEqualTo(pixels(RENDERED.get(family)));
        }
        assertThat(TestImages.encode(STYLIZER.stylize(PORTRAIT, StyleFamily.WATERCOLOR), "png"))
                .isEqualTo(TestImages.encode(RENDERED.get(StyleFamily.WATERCOLOR), "png"));
    }

    @Test
    void everyFamilyChangesTheInputClearly() {
        BufferedImage input = scaled(PORTRAIT, 1024);
        RENDERED.forEach((family, image) -> assertThat(meanAbsoluteDifference(input, image))
                .as("%s against the input", family).isGreaterThan(12));
    }

    @Test
    void everyTwoFamiliesLookMeasurablyDifferent() {
        List<String> tooSimilar = new ArrayList<>();
        StyleFamily[] families = StyleFamily.values();
        for (int i = 0; i < families.length; i++) {
            for (int j = i + 1; j < families.length; j++) {
                double difference = meanAbsoluteDifference(RENDERED.get(families[i]), RENDERED.get(families[j]));
                if (difference < 10) {
                    tooSimilar.add(families[i] + "/" + families[j] + "=" + difference);
                }
            }
        }
        assertThat(tooSimilar).isEmpty();
    }

    @Test
    void pixelArtUsesFewColoursInSixteenPixelSquareBlocks() {
        BufferedImage image = RENDERED.get(StyleFamily.PIXEL_ART);
        int[] rgb = pixels(image);
        Set<Integer> colours = new HashSet<>();
        for (int c : rgb) {
            colours.add(c);
        }
        assertThat(colours).hasSizeBetween(3, 16);
        for (int y = 0; y < 1024; y++) {
            for (int x = 0; x < 1024; x++) {
                int blockOrigin = rgb[(y / 16 * 16) * 1024 + x / 16 * 16];
                assertThat(rgb[y * 1024 + x]).as("pixel %d,%d", x, y).isEqualTo(blockOrigin);
            }
        }
    }

    @Test
    void sketchAndLineArtAreNearlyGrey() {
        for (StyleFamily family : List.of(StyleFamily.SKETCH, StyleFamily.LINE_ART)) {
            int[] rgb = pixels(RENDERED.get(family));
            double spread = 0;
            for (int c : rgb) {
                int r = (c >> 16) & 0xff;
                int g = (c >> 8) & 0xff;
                int b = c & 0xff;
                spread += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
            }
            assertThat(spread / rgb.length).as(family.name()).isLessThan(8);
        }
    }

    @Test
    void lineArtIsInkOnWhitePaper() {
        int[] rgb = pixels(RENDERED.get(StyleFamily.LINE_ART));
        int white = 0;
        int ink = 0;
        for (int c : rgb) {
            int g = (c >> 8) & 0xff;
            white += g > 240 ? 1 : 0;
            ink += g < 90 ? 1 : 0;
        }
        assertThat(white).isGreaterThan(rgb.length * 7 / 10);
        assertThat(ink).isGreaterThan(rgb.length / 200);
    }

    @Test
    void wideAndTinyInputsBothGiveA1024Square() {
        for (BufferedImage input : List.of(TestImages.face(1200, 700), TestImages.face(64, 40))) {
            for (StyleFamily family : StyleFamily.values()) {
                BufferedImage image = STYLIZER.stylize(input, family);
                assertThat(image.getWidth()).isEqualTo(1024);
                assertThat(image.getHeight()).isEqualTo(1024);
            }
        }
    }

    @Test
    void aWideInputIsCroppedToTheSubjectNotSquashed() {
        // The face sits in the middle third of a 3:1 frame; a squashed full frame would show mostly background.
        BufferedImage wide = TestImages.face(1800, 600);
        BufferedImage framed = STYLIZER.stylize(wide, StyleFamily.PORTRAIT);
        BufferedImage centreCrop = wide.getSubimage(600, 0, 600, 600);
        BufferedImage reference = STYLIZER.stylize(centreCrop, StyleFamily.PORTRAIT);
        BufferedImage squashed = STYLIZER.stylize(scaled(wide, 600), StyleFamily.PORTRAIT);
        assertThat(meanAbsoluteDifference(framed, reference))
                .isLessThan(meanAbsoluteDifference(framed, squashed));
    }

    @Test
    void anOffCentreSubjectPullsTheCropTowardsItself() {
        BufferedImage face = TestImages.face(600, 600);
        BufferedImage wide = new BufferedImage(1800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(new Color(face.getRGB(0, 0)));
        g.fillRect(0, 0, 1800, 600);
        g.drawImage(face, 100, 0, null);
        g.dispose();

        // The face spans x 280..520 of 1800, entirely outside the centred square (600..1200). Line art draws its
        // outline in ink: where the ink is tells where the face landed in the frame.
        assertThat(inkCentroidX(STYLIZER.stylize(wide, StyleFamily.LINE_ART))).isBetween(412.0, 612.0);
    }

    private static double inkCentroidX(BufferedImage lineArt) {
        int[] rgb = pixels(lineArt);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < rgb.length; i++) {
            if ((rgb[i] & 0xff) < 128) {
                sum += i % lineArt.getWidth();
                count++;
            }
        }
        assertThat(count).as("ink pixels").isPositive();
        return sum / count;
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static BufferedImage scaled(BufferedImage source, int side) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, side, side, null);
        g.dispose();
        return out;
    }

    /** Mean absolute per-channel difference, 0..255. */
    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        long sum = 0;
        for (int i = 0; i < pa.length; i++) {
            sum += Math.abs(((pa[i] >> 16) & 0xff) - ((pb[i] >> 16) & 0xff))
                    + Math.abs(((pa[i] >> 8) & 0xff) - ((pb[i] >> 8) & 0xff))
                    + Math.abs((pa[i] & 0xff) - (pb[i] & 0xff));
        }
        return sum / (3.0 * pa.length);
    }
}
