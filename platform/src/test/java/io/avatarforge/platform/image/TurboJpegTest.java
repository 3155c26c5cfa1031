package io.avatarforge.platform.image;

import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.image.ImageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The libjpeg-turbo path of {@link ImagePreparation}, decoding and encoding: the same sizes, pixels and verdicts as
 * the JDK path, only faster. Skipped where libturbojpeg0 is not installed; {@link ImagePreparationTest} covers the JDK path everywhere.
 */
class TurboJpegTest {

    private static final long MB = 1024 * 1024;

    private final ImagePreparation turbo = new ImagePreparation(64 * MB, 40_000_000, 1536);
    private final ImagePreparation jdk = new ImagePreparation(64 * MB, 40_000_000, 1536, false);

    private static final String MISSING = "libturbojpeg0 is not installed, so the libjpeg-turbo path cannot be tested";

    /** Once for the class, on the console: surefire shows a skip only as a count, with its reason in the XML. */
    @BeforeAll
    static void sayWhyTheseAreSkipped() {
        if (!TurboJpeg.available() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            System.getLogger(TurboJpegTest.class.getName()).log(System.Logger.Level.WARNING,
                    "\n\n*** SKIPPING TurboJpegTest: " + MISSING + " (apt-get install libturbojpeg0) ***\n");
        }
    }

    @BeforeEach
    void requireLibjpegTurbo() {
        // Like PostgreSQL: CI installs it (.ci/run), so there a missing library is a failure, never a silent skip.
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(TurboJpeg.available()).as(MISSING + " (CI=true)").isTrue();
        }
        Assumptions.assumeTrue(TurboJpeg.available(), MISSING);
    }

    @Test
    void aLargeJpegComesOutTheSameSizeAndNearlyTheSamePixelsAsThroughTheJdkDecoder() throws Exception {
        byte[] photo = TestImages.encode(TestImages.portrait(4000, 3000), "jpg");
        assertThat(ImagePreparation.turboJpegDecodesAsTheJdkDoes(photo)).isTrue();
        assertThat(TurboJpeg.decodeScaled(photo, TurboJpeg.header(photo), 1536).getWidth())
                .as("decoded cleanly by libjpeg-turbo at half scale").isEqualTo(2000);

        PreparedImage fast = turbo.prepare(photo);
        PreparedImage reference = jdk.prepare(photo);

        assertThat(fast.width()).isEqualTo(reference.width()).isEqualTo(1536);
        assertThat(fast.height()).isEqualTo(reference.height()).isEqualTo(1152);
        assertThat(fast.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageDifference.meanAbsolute(decode(fast), decode(reference)))
                .as("mean absolute difference of red, green and blue").allSatisfy(d -> assertThat(d).isLessThan(6));
    }

    @Test
    void decodingPicksTheSmallestScaleThatStillCoversTheLimit() {
        assertThat(TurboJpeg.scalingFor(4000, 3000, 1536)).containsExactly(1, 2);
        assertThat(TurboJpeg.scalingFor(3000, 4000, 1536)).containsExactly(1, 2);
        assertThat(TurboJpeg.scalingFor(3000, 2250, 1536)).as("3/8 would leave 1125").containsExactly(5, 8);
        assertThat(TurboJpeg.scalingFor(16_000, 12_000, 1536)).containsExactly(1, 8);
        assertThat(TurboJpeg.scalingFor(1600, 1200, 1536)).as("7/8 would leave 1400").containsExactly(1, 1);
        assertThat(TurboJpeg.scaled(4001, 1, 2)).as("TJSCALED rounds up").isEqualTo(2001);
    }

    @Test
    void aLargeJpegRotatedByExifComesOutUprightWithItsSidesSwapped() throws IOException {
        BufferedImage stored = TestImages.redLeftBlueRight(4000, 2000);

        PreparedImage prepared = turbo.prepare(TestImages.jpegWithExifOrientation(stored, 6));

        assertThat(prepared.width()).isEqualTo(768);
        assertThat(prepared.height()).isEqualTo(1536);
        BufferedImage decoded = decode(prepared);
        assertThat(near(decoded.getRGB(384, 100), Color.RED)).as("red on top").isTrue();
        assertThat(near(decoded.getRGB(384, 1436), Color.BLUE)).as("blue at the bottom").isTrue();
    }

    @Test
    void aLargeJpegWithAStrayMarkerInItsDataIsRejectedAsTheJdkDecoderRejectsIt() {
        byte[] broken = TestImages.encode(TestImages.face(4000, 3000), "jpg");
        // A second start-of-frame in the middle of the entropy-coded data: the header is intact, the data is not.
        byte[] strayFrame = {(byte) 0xff, (byte) 0xc0, 0, 11, 8, 0, 16, 0, 16, 1, 1, 0x11, 0};
        System.arraycopy(strayFrame, 0, broken, broken.length / 2, strayFrame.length);

        assertThat(turbo.inspect(broken).width()).as("the header is intact").isEqualTo(4000);
        assertRejected(() -> jdk.prepare(broken), ImageRejectedException.Reason.INVALID);
        assertRejected(() -> turbo.prepare(broken), ImageRejectedException.Reason.INVALID);
    }

    @Test
    void aTruncatedLargeJpegGetsTheSameVerdictAsFromTheJdkDecoder() throws IOException {
        byte[] photo = TestImages.encode(TestImages.noisyFace(4000, 3000, 9), "jpg");
        byte[] cut = Arrays.copyOf(photo, photo.length * 2 / 3);
        // Its end-of-image marker put back, so that the container passes inspection and the decoders judge the data.
        byte[] truncated = Arrays.copyOf(cut, cut.length + 2);
        truncated[cut.length] = (byte) 0xff;
        truncated[cut.length + 1] = (byte) 0xd9;

        PreparedImage reference = jdk.prepare(truncated);
        PreparedImage fast = turbo.prepare(truncated);

        assertThat(fast.width()).isEqualTo(reference.width());
        assertThat(fast.height()).isEqualTo(reference.height());
        // Decoded and scaled alike by the JDK after libjpeg-turbo's warning; only the encoders differ (libjpeg-turbo
        // against the JDK writer, same quality), which leaves well under a level of difference on average.
        assertThat(ImageDifference.meanAbsolute(decode(fast), decode(reference)))
                .as("decoded by the JDK decoder after libjpeg-turbo's warning")
                .allSatisfy(d -> assertThat(d).isLessThan(1.0));
    }

    @Test
    void anImageEncodedByLibjpegTurboDecodesToItsSizeAndNearlyThePixelsOfTheJdkWritersJpeg() throws IOException {
        BufferedImage smooth = AreaAverageTest.smooth(1536, 1152);

        byte[] fast = TurboJpeg.encode(smooth, 92);
        byte[] reference = jdkJpeg(smooth);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(fast));
        assertThat(decoded.getWidth()).isEqualTo(1536);
        assertThat(decoded.getHeight()).isEqualTo(1152);
        BufferedImage decodedReference = ImageIO.read(new ByteArrayInputStream(reference));
        assertThat(ImageDifference.meanAbsolute(decoded, decodedReference)).as("against the JDK writer's JPEG")
                .allSatisfy(d -> assertThat(d).isLessThan(1.0));
        assertThat(ImageDifference.meanAbsolute(decoded, smooth)).as("against the pixels encoded")
                .allSatisfy(d -> assertThat(d).isLessThan(1.5));
        assertThat((double) fast.length).as("about the JDK writer's size at the same quality")
                .isBetween(reference.length * 0.8, reference.length * 1.25);
    }

    @Test
    void libjpegTurboEncodesWithTheChromaSubsamplingOfTheJdkWriter() {
        BufferedImage image = TestImages.portrait(301, 199);

        assertThat(samplingFactors(TurboJpeg.encode(image, 92)))
                .as("Y 2x2, Cb and Cr 1x1: 4:2:0").containsExactly(0x22, 0x11, 0x11)
                .containsExactly(samplingFactors(jdkJpeg(image)));
    }

    @Test
    void aPreparedLargeJpegIsReencodedByLibjpegTurboAtTheSameSizeAndQuality() throws IOException {
        byte[] photo = TestImages.encode(TestImages.portrait(4000, 3000), "jpg");

        PreparedImage fast = turbo.prepare(photo);
        PreparedImage reference = jdk.prepare(photo);

        assertThat(fast.bytes()).as("not the JDK writer's bytes").isNotEqualTo(reference.bytes());
        assertThat(samplingFactors(fast.bytes())).containsExactly(samplingFactors(reference.bytes()));
        assertThat((double) fast.bytes().length).isBetween(reference.bytes().length * 0.8,
                reference.bytes().length * 1.25);
        assertThat(decode(fast).getWidth()).isEqualTo(1536);
    }

    @Test
    void onlyPlainRgbImagesAreHandedToLibjpegTurbo() {
        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);

        assertThat(TurboJpeg.isPackedRgb(rgb)).isTrue();
        assertThat(TurboJpeg.isPackedRgb(rgb.getSubimage(5, 5, 10, 10))).as("a window on a larger raster").isFalse();
        assertThat(TurboJpeg.isPackedRgb(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB))).isFalse();
        assertThat(TurboJpeg.isPackedRgb(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR))).isFalse();
    }

    /** The sampling factor byte of each component in the first start-of-frame segment. */
    private static int[] samplingFactors(byte[] jpeg) {
        for (int i = 2; i + 9 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xff;
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            if (marker == 0xc0 || marker == 0xc1 || marker == 0xc2) {
                int components = jpeg[i + 9] & 0xff;
                int[] factors = new int[components];
                for (int c = 0; c < components; c++) {
                    factors[c] = jpeg[i + 11 + 3 * c] & 0xff;
                }
                return factors;
            }
            i += 2 + length;
        }
        throw new AssertionError("no start-of-frame segment");
    }

    /** What the JDK path writes: ImageIO's JPEG writer at quality 0.92. */
    private static byte[] jdkJpeg(BufferedImage image) {
        return TestImages.jpeg(image, 0.92f);
    }

    @Test
    void aLargeGreyJpegIsDecodedByLibjpegTurbo() throws Exception {
        BufferedImage grey = new BufferedImage(3200, 2400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(TestImages.face(3200, 2400), 0, 0, null);
        g.dispose();
        byte[] jpeg = TestImages.encode(grey, "jpg");
        assertThat(ImagePreparation.jpegComponents(jpeg)).isEqualTo(1);
        assertThat(ImagePreparation.turboJpegDecodesAsTheJdkDoes(jpeg)).isTrue();
        assertThat(TurboJpeg.header(jpeg).cmyk()).isFalse();
        assertThat(TurboJpeg.decodeScaled(jpeg, TurboJpeg.header(jpeg), 1536).getHeight()).isEqualTo(1200);

        PreparedImage fast = turbo.prepare(jpeg);
        PreparedImage reference = jdk.prepare(jpeg);

        assertThat(fast.width()).isEqualTo(reference.width()).isEqualTo(1536);
        assertThat(fast.height()).isEqualTo(reference.height()).isEqualTo(1152);
        BufferedImage decoded = decode(fast);
        Color background = new Color(decoded.getRGB(20, 20));
        assertThat(background.getRed()).as("grey: equal channels").isEqualTo(background.getGreen())
                .isEqualTo(background.getBlue());
        assertThat(ImageDifference.meanAbsolute(decoded, decode(reference))).allSatisfy(d -> assertThat(d).isLessThan(6));
    }

    @Test
    void aLargeCmykJpegStaysWithTheJdkDecoderAndKeepsItsColours() throws IOException {
        byte[] cmyk = TestImages.cmykJpegOfCyan(3200, 2400);
        assertThat(ImagePreparation.turboJpegDecodesAsTheJdkDoes(cmyk)).isFalse();

        PreparedImage prepared = turbo.prepare(cmyk);

        assertThat(prepared.width()).isEqualTo(1536);
        Color pixel = new Color(decode(prepared).getRGB(768, 576));
        assertThat(pixel.getRed()).as("cyan has no red").isLessThan(90);
        assertThat(pixel.getBlue()).isGreaterThan(180);
    }

    @Test
    void aJpegWithAnIccProfileOtherThanSrgbStaysWithTheJdkDecoderWhichAppliesIt() {
        byte[] plain = TestImages.encode(TestImages.face(64, 48), "jpg");

        assertThat(ImagePreparation.turboJpegDecodesAsTheJdkDoes(withIccProfile(plain, ColorSpace.CS_sRGB))).isTrue();
        assertThat(ImagePreparation.turboJpegDecodesAsTheJdkDoes(withIccProfile(plain, ColorSpace.CS_LINEAR_RGB)))
                .isFalse();
    }

    /** {@code jpeg} with the JDK's built-in profile for {@code colorSpace} in one APP2 ICC_PROFILE chunk. */
    private static byte[] withIccProfile(byte[] jpeg, int colorSpace) {
        byte[] profile = ICC_Profile.getInstance(colorSpace).getData();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes("ICC_PROFILE".getBytes(StandardCharsets.US_ASCII));
        segment.write(0);
        segment.write(1);
        segment.write(1);
        segment.writeBytes(profile);
        byte[] payload = segment.toByteArray();
        int at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff)); // after SOI and the JFIF APP0 segment
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xff);
        out.write(0xe2);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.writeBytes(payload);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            ImageRejectedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo("The JPEG image could not be decoded");
        });
    }

    private static BufferedImage decode(PreparedImage prepared) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
    }

    private static boolean near(int rgb, Color expected) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) <= 30
                && Math.abs(actual.getGreen() - expected.getGreen()) <= 30
                && Math.abs(actual.getBlue() - expected.getBlue()) <= 30;
    }
}
