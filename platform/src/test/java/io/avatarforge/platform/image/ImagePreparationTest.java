package io.avatarforge.platform.image;

import io.avatarforge.model.image.ImageFormat;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.image.ImageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What providers get from an upload: decoded, upright, downscaled, re-encoded; bombs refused from their headers. */
class ImagePreparationTest {

    private static final long MB = 1024 * 1024;

    private final ImagePreparation preparation = new ImagePreparation(20 * MB, 40_000_000, 1536);

    @Test
    void aSmallUprightImageIsPassedOnAsItCame() throws IOException {
        byte[] png = TestImages.encode(TestImages.face(200, 150), "png");

        PreparedImage prepared = preparation.prepare(png);

        assertThat(prepared.bytes()).isEqualTo(png);
        assertThat(prepared.contentType()).isEqualTo("image/png");
        assertThat(prepared.width()).isEqualTo(200);
        assertThat(prepared.height()).isEqualTo(150);
        BufferedImage decoded = decode(prepared);
        assertThat(decoded.getWidth()).isEqualTo(200);
        assertThat(near(decoded.getRGB(5, 5), new Color(90, 140, 200))).isTrue();
    }

    @Test
    void aLosslessWebpIsAcceptedWithItsPixels() throws IOException {
        PreparedImage prepared = preparation.prepare((TestImages.webpLossless()));

        assertThat(prepared.contentType()).isEqualTo("image/webp");
        assertThat(prepared.width()).isEqualTo(48);
        assertThat(prepared.height()).isEqualTo(32);
        BufferedImage decoded = decode(prepared);
        assertThat(near(decoded.getRGB(2, 2), Color.RED)).as("red square at the top left").isTrue();
        assertThat(near(decoded.getRGB(45, 29), new Color(90, 140, 200))).as("blue background").isTrue();
    }

    @Test
    void aWebpWithTransparencyKeepsIt() throws IOException {
        PreparedImage prepared = preparation.prepare((TestImages.webpWithTransparency()));

        assertThat(prepared.contentType()).isEqualTo("image/webp");
        BufferedImage decoded = decode(prepared);
        assertThat(decoded.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(decoded.getRGB(8, 8) >>> 24).as("centre alpha").isEqualTo(0xff);
    }

    @Test
    void aPngWithAnAlphaChannelButNoTransparentPixelBecomesAJpeg() {
        BufferedImage opaqueArgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaqueArgb.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();

        ImagePreparation small = new ImagePreparation(20 * MB, 40_000_000, 20);

        PreparedImage prepared = small.prepare(TestImages.encode(opaqueArgb, "png"));

        assertThat(prepared.contentType()).as("re-encoded because it had to be scaled").isEqualTo("image/jpeg");
    }

    @Test
    void aTransparentImageThatHadToBeScaledStaysTransparentAsPng() throws IOException {
        BufferedImage halfClear = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = halfClear.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(30, 0, 30, 40);
        g.dispose();
        ImagePreparation small = new ImagePreparation(20 * MB, 40_000_000, 30);

        PreparedImage prepared = small.prepare(TestImages.encode(halfClear, "png"));

        assertThat(prepared.contentType()).isEqualTo("image/png");
        assertThat(prepared.width()).isEqualTo(30);
        assertThat(decode(prepared).getRGB(2, 2) >>> 24).as("the clear half stays clear").isZero();
    }

    @Test
    void aCmykJpegIsConvertedEvenWhenSmall() {
        byte[] cmyk = TestImages.cmykJpegOfCyan(64, 48);

        assertThat(ImagePreparation.jpegComponents(cmyk)).isEqualTo(4);
        assertThat(ImagePreparation.jpegComponents(TestImages.encode(TestImages.face(30, 20), "jpg"))).isEqualTo(3);
        assertThat(preparation.prepare(cmyk).bytes()).isNotEqualTo(cmyk);
    }

    /** An 80×40 image, red on its left half and blue on its right, stored with an EXIF orientation. */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 80, 40, 5, 20, 75, 20",   // as stored: red left, blue right
        "3, 80, 40, 75, 20, 5, 20",   // rotated 180°: red right
        "6, 40, 80, 20, 5, 20, 75",   // rotated 90° clockwise: red on top
        "8, 40, 80, 20, 75, 20, 5",   // rotated 90° counter-clockwise: red at the bottom
        "2, 80, 40, 75, 20, 5, 20"    // mirrored: red right
    })
    void aJpegComesOutUprightAccordingToItsExifOrientation(int orientation, int width, int height, int redX,
            int redY, int blueX, int blueY) throws IOException {
        BufferedImage stored = TestImages.redLeftBlueRight(80, 40);

        PreparedImage prepared = preparation.prepare((TestImages.jpegWithExifOrientation(stored, orientation)));

        assertThat(prepared.width()).isEqualTo(width);
        assertThat(prepared.height()).isEqualTo(height);
        BufferedImage decoded = decode(prepared);
        assertThat(near(decoded.getRGB(redX, redY), Color.RED)).as("red").isTrue();
        assertThat(near(decoded.getRGB(blueX, blueY), Color.BLUE)).as("blue").isTrue();
    }

    @Test
    void theExifOrientationIsReadFromTheJpegsApp1Segment() {
        byte[] rotated = TestImages.jpegWithExifOrientation(TestImages.face(30, 20), 6);

        assertThat(ImagePreparation.exifOrientation(rotated)).isEqualTo(6);
        assertThat(ImagePreparation.exifOrientation(TestImages.encode(TestImages.face(30, 20), "jpg"))).isEqualTo(1);
    }

    @Test
    void aCmykJpegDecodesToItsColours() throws IOException {
        PreparedImage prepared = preparation.prepare((TestImages.cmykJpegOfCyan(64, 48)));

        assertThat(prepared.width()).isEqualTo(64);
        Color pixel = new Color(decode(prepared).getRGB(32, 24));
        assertThat(pixel.getRed()).as("cyan has no red").isLessThan(90);
        assertThat(pixel.getGreen()).isGreaterThan(140);
        assertThat(pixel.getBlue()).isGreaterThan(180);
    }

    @Test
    void aLargeImageIsScaledDownToTheLongestSideLimit() throws IOException {
        byte[] photo = TestImages.encode(TestImages.noisyFace(3000, 2000, 7), "jpg");

        PreparedImage prepared = preparation.prepare((photo));

        assertThat(prepared.width()).isEqualTo(1536);
        assertThat(prepared.height()).isEqualTo(1024);
        BufferedImage decoded = decode(prepared);
        assertThat(decoded.getWidth()).isEqualTo(1536);
        assertThat(near(decoded.getRGB(768, 420), new Color(232, 190, 160), 40)).as("face centre").isTrue();
    }

    @Test
    void aPortraitIsScaledByItsHeight() {
        ImagePreparation small = new ImagePreparation(20 * MB, 40_000_000, 100);

        PreparedImage prepared = small.prepare((TestImages.encode(TestImages.face(300, 900), "png")));

        assertThat(prepared.width()).isEqualTo(33);
        assertThat(prepared.height()).isEqualTo(100);
    }

    @Test
    void largeImagesAreDecodedSubsampledSoThatOnlyTheFinalShrinkIsAScale() {
        assertThat(ImagePreparation.subsampling(4000, 3000, 1536)).isEqualTo(2);
        assertThat(ImagePreparation.subsampling(3000, 4000, 1536)).isEqualTo(2);
        assertThat(ImagePreparation.subsampling(12_000, 1000, 1536)).isEqualTo(7);
        assertThat(ImagePreparation.subsampling(3000, 2000, 1536)).isEqualTo(1);
        assertThat(ImagePreparation.subsampling(1536, 1536, 1536)).isEqualTo(1);
        assertThat(ImagePreparation.subsampling(640, 480, 1536)).isEqualTo(1);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutAllocatingItsPixels() {
        byte[] bomb = TestImages.pngDeclaring(60_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        assertRejected(() -> preparation.prepare(bomb), ImageRejectedException.Reason.TOO_LARGE);

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(allocated).as("bytes allocated while refusing a 3.6-gigapixel PNG").isLessThan(16 * MB);
    }

    @Test
    void jpegAndWebpBombsAreRefusedFromTheirHeadersToo() {
        byte[] jpeg = TestImages.encode(TestImages.face(32, 32), "jpg");
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                // SOF0: length (2), precision (1), height (2), width (2); 40 000 × 40 000 = 1.6 gigapixels.
                jpeg[i + 5] = (byte) (40_000 >> 8);
                jpeg[i + 6] = (byte) 40_000;
                jpeg[i + 7] = (byte) (40_000 >> 8);
                jpeg[i + 8] = (byte) 40_000;
                break;
            }
        }
        byte[] webp = TestImages.webpLossless();
        // VP8L header after the 0x2f signature: 14 bits width - 1, 14 bits height - 1 (16384² = 268 megapixels).
        int header = java.nio.ByteBuffer.wrap(webp, 21, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        java.nio.ByteBuffer.wrap(webp, 21, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt((header & 0xf0000000) | 16383 | 16383 << 14);

        assertRejected(() -> preparation.prepare(jpeg), ImageRejectedException.Reason.TOO_LARGE);
        assertRejected(() -> preparation.prepare(webp), ImageRejectedException.Reason.TOO_LARGE);
    }

    @Test
    void theFastPathAndTheNaiveBaselineProduceTheSameSize() throws IOException {
        byte[] photo = TestImages.encode(TestImages.noisyFace(2000, 1500, 3), "jpg");

        BufferedImage naive = ImageIO.read(new ByteArrayInputStream(TestImages.naivePrepare(photo, 1536)));
        PreparedImage fast = preparation.prepare(photo);

        assertThat(fast.width()).isEqualTo(naive.getWidth());
        assertThat(fast.height()).isEqualTo(naive.getHeight());
    }

    @Test
    void anImageWhoseDataIsBrokenPassesInspectionButFailsWhenItMustBeDecoded() {
        byte[] png = TestImages.encode(TestImages.noisyFace(400, 300, 5), "png");
        byte[] scrambled = png.clone();
        // Scramble the compressed pixel data after the header: IHDR stays intact, inflating fails. The chunk CRCs are
        // made to match again, so that only decoding can tell (a CRC mismatch is refused by inspection itself).
        for (int i = scrambled.length / 3; i < scrambled.length / 3 + 64; i++) {
            scrambled[i] = (byte) (scrambled[i] ^ 0x5a);
        }
        byte[] broken = TestImages.pngWithRecomputedCrcs(scrambled);

        ImagePreparation toScale = new ImagePreparation(20 * MB, 40_000_000, 100);

        assertThat(toScale.inspect(broken).width()).as("the header is intact").isEqualTo(400);
        assertRejected(() -> toScale.prepare(broken), ImageRejectedException.Reason.INVALID);
    }

    @Test
    void inspectionReadsFormatAndSizeWithoutDecoding() {
        ImagePreparation.Inspected inspected = preparation.inspect(TestImages.webpLossless());

        assertThat(inspected.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(inspected.width()).isEqualTo(48);
        assertThat(inspected.height()).isEqualTo(32);
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            ImageRejectedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    private static BufferedImage decode(PreparedImage prepared) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
    }

    private static boolean near(int rgb, Color expected) {
        return near(rgb, expected, 30);
    }

    private static boolean near(int rgb, Color expected, int tolerance) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) <= tolerance
                && Math.abs(actual.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(actual.getBlue() - expected.getBlue()) <= tolerance;
    }
}
