package io.avatarforge.platform.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.model.image.ImageRejectedException;
import io.avatarforge.testkit.TestImages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Inspection refuses a broken container without decoding a pixel, and passes every whole image of each format. */
class ImageStructureTest {

    private static final long MB = 1024 * 1024;

    private final ImagePreparation preparation = new ImagePreparation(20 * MB, 40_000_000, 1536);

    private static final byte[] PNG = TestImages.encode(TestImages.noisyFace(200, 150, 3), "png");
    private static final byte[] JPEG = TestImages.encode(TestImages.noisyFace(200, 150, 3), "jpg");

    @Test
    void wholeImagesOfEveryFormatPass() {
        assertThat(preparation.inspect(PNG).width()).isEqualTo(200);
        assertThat(preparation.inspect(JPEG).width()).isEqualTo(200);
        assertThat(preparation.inspect(TestImages.progressiveJpeg(TestImages.noisyFace(200, 150, 3))).width())
                .as("a progressive JPEG, tables between its scans").isEqualTo(200);
        assertThat(preparation.inspect(TestImages.jpegWithExifOrientation(TestImages.face(64, 48), 6)).width())
                .isEqualTo(64);
        assertThat(preparation.inspect(TestImages.cmykJpegOfCyan(32, 32)).width()).isEqualTo(32);
        assertThat(preparation.inspect(TestImages.webpLossless()).width()).isEqualTo(48);
        assertThat(preparation.inspect(TestImages.webpWithTransparency()).width()).isEqualTo(16);
        assertThat(preparation.inspect(TestImages.pngDeclaring(100)).width()).isEqualTo(100);
    }

    @Test
    void aPngWithoutItsIendChunkIsRefused() {
        assertInvalid(Arrays.copyOf(PNG, PNG.length - 12), "IEND");
        assertInvalid(Arrays.copyOf(PNG, PNG.length / 2), "truncated");
    }

    @Test
    void aPngWhoseIhdrFailsItsCrcIsRefused() {
        byte[] broken = PNG.clone();
        broken[8 + 8 + 12] ^= 0x01; // the last byte of IHDR's data (interlace method) flipped, its CRC left as it was

        assertInvalid(broken, "IHDR chunk fails its CRC");
    }

    @Test
    void aPngWhoseChunkLengthRunsPastTheEndIsRefused() {
        byte[] broken = PNG.clone();
        int idat = indexOf(broken, "IDAT") - 4;
        ByteBuffer.wrap(broken, idat, 4).putInt(Integer.MAX_VALUE);

        assertInvalid(broken, "runs past its end");
    }

    @Test
    void aPngWhoseIdatIsCorruptedFailsItsCrc() {
        byte[] broken = PNG.clone();
        broken[indexOf(broken, "IDAT") + 20] ^= 0x40;

        assertInvalid(broken, "IDAT chunk fails its CRC");
    }

    @Test
    void aJpegWithoutItsEndOfImageMarkerIsRefused() {
        assertInvalid(Arrays.copyOf(JPEG, JPEG.length - 2), "end-of-image marker");
        assertInvalid(Arrays.copyOf(JPEG, JPEG.length * 2 / 3), "end-of-image marker");
    }

    @Test
    void aJpegMayCarryPaddingOrAppendedDataAfterItsEndMarker() {
        byte[] padded = Arrays.copyOf(JPEG, JPEG.length + 4096);
        byte[] appended = Arrays.copyOf(JPEG, JPEG.length + 64);
        byte[] video = "....ftypmp42 a Motion Photo's video follows the picture".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(video, 0, appended, JPEG.length, video.length);

        assertThat(preparation.inspect(padded).width()).isEqualTo(200);
        assertThat(preparation.inspect(appended).width()).isEqualTo(200);
    }

    @Test
    void aWebpWhoseRiffSizeDoesNotMatchItsLengthIsRefused() {
        byte[] webp = TestImages.webpLossless();

        assertInvalid(Arrays.copyOf(webp, webp.length - 10), "truncated");
        assertInvalid(Arrays.copyOf(webp, webp.length + 2), "does not match");
    }

    @Test
    void aWebpWhoseChunkRunsPastItsEndIsRefused() {
        byte[] webp = TestImages.webpLossless();
        ByteBuffer.wrap(webp, 16, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(10_000);

        assertInvalid(webp, "runs past its end");
    }

    private void assertInvalid(byte[] image, String why) {
        assertThatThrownBy(() -> preparation.inspect(image)).isInstanceOfSatisfying(ImageRejectedException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.INVALID);
                    assertThat(e.getMessage()).contains(why);
                });
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(ascii + " not found");
    }
}
