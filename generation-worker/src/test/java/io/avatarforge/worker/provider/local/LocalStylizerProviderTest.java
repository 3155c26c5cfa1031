package io.avatarforge.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LocalStylizerProviderTest {

    private final LocalStylizerProvider provider = new LocalStylizerProvider();

    @Test
    void aJpegPortraitComesBackAsAFreeStylizedPngNamingItsFamily() throws IOException {
        GenerationResult result = provider.generate(aCall(TestImages.encode(TestImages.face(300, 400), "jpg"),
                "pixel_art", null));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.image()));
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(1024);
        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(result.cost()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(result.model()).isEqualTo("offline-stylizer-1");
        assertThat(result.usage()).containsEntry("style_family", "pixel_art");
    }

    @Test
    void aConfiguredModelNameIsReported() {
        GenerationResult result = provider.generate(aCall(TestImages.encode(TestImages.face(64, 64), "png"),
                "sketch", "my-stylizer"));
        assertThat(result.model()).isEqualTo("my-stylizer");
    }

    @Test
    void undecodableInputIsAPermanentFailureOfTheClientsImage() {
        byte[] garbage = "not an image".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> provider.generate(aCall(garbage, "anime", null)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_image");
                    assertThat(e.retryable()).isFalse();
                });
    }

    private static GenerationCall aCall(byte[] input, String styleKey, @Nullable String model) {
        ProviderConfig config = new ProviderConfig("local", null, model, null, null, null, null, null, null, null,
                null, null, null, null, null);
        StyleTemplate style = new StyleTemplate("A portrait", null, null, null, null, null, null, null, null);
        return new GenerationCall(JobId.random(), "A portrait", input, "image/jpeg", "medium", styleKey, style, "local",
                config);
    }
}
