package io.avatarforge.worker.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.worker.provider.gemini.GeminiImageProvider;
import io.avatarforge.worker.provider.openai.OpenAiImageProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped production sample loads, routes to real providers and names models that are still served. */
class ProductionSampleConfigTest {

    private static final Path SAMPLE = Path.of("../config/avatar_config.production.sample.json");

    @Test
    void theProductionSampleUsesCurrentModelsAndFallsBackToGemini() {
        assertThat(SAMPLE).isRegularFile();
        AvatarConfig config = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-from-env", "GEMINI_API_KEY", "gm-env"))
                .load(SAMPLE);
        ProviderRegistry registry = new ProviderRegistry(List.of(new OpenAiImageProvider(),
                new GeminiImageProvider()));

        assertThat(config.serviceConfig().defaultProvider()).isEqualTo("gpt_image_1");
        assertThat(config.serviceConfig().fallbackProviders()).containsExactly("gemini");
        ProviderRegistry.Resolved openAi = registry.resolve(config, "gpt_image_1");
        assertThat(openAi.provider()).isInstanceOf(OpenAiImageProvider.class);
        assertThat(openAi.config().apiKey()).isEqualTo("sk-from-env");
        assertThat(openAi.config().model()).isEqualTo("gpt-image-2")
                .as("shut down 2026-10-23 / 2026-12-01").isNotIn("gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5");
        assertThat(registry.resolve(config, "gemini").provider()).isInstanceOf(GeminiImageProvider.class);
        assertThat(config.styleTemplates()).containsKeys("cartoon_3d", "professional", "artistic");
        assertThat(config.providerFor(config.style("artistic").orElseThrow())).isEqualTo("gemini");
        assertThat(config.providerFor(config.style("cartoon_3d").orElseThrow())).isEqualTo("gpt_image_1");
    }
}
