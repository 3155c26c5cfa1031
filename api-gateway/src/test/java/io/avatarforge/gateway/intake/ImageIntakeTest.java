package io.avatarforge.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.testkit.TestImages;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Intake accepts images from their bytes and headers alone, and refuses everything else with a stable code. */
class ImageIntakeTest {

    private static final long MB = 1024 * 1024;

    private final ImageIntakeLimits limits = limits(20 * MB, 40_000_000);
    private final RemoteImageFetcher fetcher = new RemoteImageFetcher(limits);
    private final ImageIntake intake = new ImageIntake(limits, fetcher);

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    @Test
    void aPngIsAcceptedAsSentWithTheSizeItsHeaderDeclares() {
        byte[] png = TestImages.encode(TestImages.face(200, 150), "png");

        PreparedImage accepted = intake.accept(base64(png));

        assertThat(accepted.contentType()).isEqualTo("image/png");
        assertThat(accepted.bytes()).isEqualTo(png);
        assertThat(accepted.width()).isEqualTo(200);
        assertThat(accepted.height()).isEqualTo(150);
    }

    @Test
    void aWebpIsAcceptedAsWebp() {
        PreparedImage accepted = intake.accept("data:image/webp;base64," + base64(TestImages.webpLossless()));

        assertThat(accepted.contentType()).isEqualTo("image/webp");
        assertThat(accepted.width()).isEqualTo(48);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        assertProblem(() -> intake.acceptBytes(TestImages.pngDeclaring(60_000)), HttpStatus.CONTENT_TOO_LARGE,
                "image_too_large");
    }

    @Test
    void aJpegDataUriIsAccepted() {
        PreparedImage prepared = intake.accept(TestImages.jpegDataUri(320, 240));

        assertThat(prepared.contentType()).isEqualTo("image/jpeg");
        assertThat(prepared.width()).isEqualTo(320);
        assertThat(prepared.height()).isEqualTo(240);
    }

    @Test
    void anImageJustOverTheDefaultPixelLimitIsRefused() {
        // 6400 × 6400 = 40.96 million pixels, over the 40 MP default.
        assertProblem(() -> intake.accept(base64(TestImages.pngDeclaring(6_400))), HttpStatus.CONTENT_TOO_LARGE,
                "image_too_large");
    }

    @Test
    void anImageOverTheByteLimitIsRefusedBeforeDecoding() {
        ImageIntake tight = new ImageIntake(limits(1000, 40_000_000), fetcher);
        byte[] png = TestImages.encode(TestImages.noisyFace(100, 100, 1), "png");

        assertProblem(() -> tight.accept(base64(png)), HttpStatus.CONTENT_TOO_LARGE, "image_too_large");
    }

    @Test
    void svgIsRefusedEvenWhenDeclaredAsPng() {
        assertThatThrownBy(() -> intake.accept(TestImages.svgDeclaredAsPng()))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("unsupported_image_format");
                    assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.getMessage()).contains("SVG");
                });
    }

    @Test
    void formatsOtherThanPngJpegAndWebpAreRefused() {
        byte[] gif = TestImages.encode(TestImages.face(20, 20), "gif");
        byte[] bmp = TestImages.encode(TestImages.face(20, 20), "bmp");

        assertProblem(() -> intake.accept(base64(gif)), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_image_format");
        assertProblem(() -> intake.accept(base64(bmp)), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_image_format");
    }

    @Test
    void theDeclaredTypeOfADataUriIsIgnored() {
        String png = base64(TestImages.encode(TestImages.face(64, 48), "png"));

        PreparedImage declaredJpeg = intake.accept("data:image/jpeg;base64," + png);
        PreparedImage declaredSvg = intake.accept("data:image/svg+xml;base64," + png);

        assertThat(declaredJpeg.width()).isEqualTo(64);
        assertThat(declaredSvg.width()).isEqualTo(64);
    }

    @Test
    void base64WrappedOnSeveralLinesIsAccepted() {
        String wrapped = Base64.getMimeEncoder().encodeToString(TestImages.encode(TestImages.face(64, 48), "jpg"));

        assertThat(intake.accept(wrapped).height()).isEqualTo(48);
    }

    @Test
    void urlSafeBase64IsAccepted() {
        byte[] jpeg = TestImages.encode(TestImages.face(64, 48), "jpg");
        String urlSafe = Base64.getUrlEncoder().encodeToString(jpeg);
        assertThat(urlSafe).containsAnyOf("-", "_");

        assertThat(intake.accept(urlSafe).height()).isEqualTo(48);
    }

    @Test
    void malformedInputsAreInvalidImages() {
        byte[] truncatedJpeg = java.util.Arrays.copyOf(TestImages.encode(TestImages.face(200, 200), "jpg"), 40);

        assertProblem(() -> intake.accept("%%%not-base64%%%"), HttpStatus.BAD_REQUEST, "invalid_image");
        assertProblem(() -> intake.accept("   "), HttpStatus.BAD_REQUEST, "invalid_image");
        assertProblem(() -> intake.accept("data:image/png,rawtext"), HttpStatus.BAD_REQUEST, "invalid_image");
        assertProblem(() -> intake.accept("data:image/png;base64"), HttpStatus.BAD_REQUEST, "invalid_image");
        assertProblem(() -> intake.accept(base64(truncatedJpeg)), HttpStatus.BAD_REQUEST, "invalid_image");
    }

    @Test
    void urlsOfOtherSchemesAreRefused() {
        assertProblem(() -> intake.accept("file:///etc/passwd"), HttpStatus.BAD_REQUEST, "url_not_allowed");
        assertProblem(() -> intake.accept("ftp://example.com/face.png"), HttpStatus.BAD_REQUEST, "url_not_allowed");
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HttpStatus status,
            String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    private static ImageIntakeLimits limits(long maxBytes, long maxPixels) {
        return new ImageIntakeLimits(maxBytes, maxPixels, Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

}
