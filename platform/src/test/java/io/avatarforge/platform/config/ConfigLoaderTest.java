package io.avatarforge.platform.config;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.AvatarConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class ConfigLoaderTest {

    /** The specification's example configuration, verbatim. */
    static final String SPEC_EXAMPLE = """
            {
              "service_config": {
                "default_quality": "medium",
                "max_concurrent_generations": 10,
                "default_timeout_seconds": 45,
                "enable_caching": true,
                "cache_ttl_hours": 24,
                "cost_limits": { "daily_budget": 50.0, "per_user_daily_limit": 5 }
              },
              "provider_config": {
                "gpt_image_1": {
                  "api_key": "${OPENAI_API_KEY}",
                  "model": "gpt-image-1",
                  "max_retries": 3,
                  "timeout_seconds": 30,
                  "quality_settings": {
                    "low": { "quality": "low", "cost": 0.02 },
                    "medium": { "quality": "medium", "cost": 0.07 },
                    "high": { "quality": "high", "cost": 0.19 }
                  },
                  "safety_settings": { "moderation": "auto", "content_filter": "strict" }
                }
              },
              "style_templates": {
                "cartoon_3d": {
                  "base_prompt": "3D cartoon character in Pixar animation style",
                  "transformation_instruction": "Transform this person into a 3D cartoon character",
                  "quality_modifiers": { "low": "simple rendering", "medium": "professional", "high": "Pixar-level" }
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheBuiltInDefaultsServeAtLeastTenStylesOffline() {
        AvatarConfig config = new ConfigLoader(Map.of()).load(null);

        assertThat(config.styleTemplates()).hasSizeGreaterThanOrEqualTo(10)
                .containsKeys("cartoon_3d", "professional", "artistic", "anime", "pixel_art");
        assertThat(config.serviceConfig().defaultProvider()).isEqualTo("local");
        assertThat(config.styleTemplates().values()).allSatisfy(style -> {
            assertThat(style.basePrompt()).isNotBlank();
            assertThat(style.description()).isNotBlank();
            assertThat(style.transformationInstruction()).isNotBlank();
            assertThat(style.qualityModifiers()).containsKeys("low", "medium", "high")
                    .allSatisfy((tier, modifier) -> assertThat(modifier).isNotBlank());
        });
    }

    @Test
    void theSpecificationsExampleLoadsAndKeepsTheBuiltInStyles() throws IOException {
        Path file = write(SPEC_EXAMPLE);

        AvatarConfig config = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test")).load(file);

        ProviderConfig gpt = config.providerConfig().get("gpt_image_1");
        assertThat(gpt.resolvedType("gpt_image_1")).isEqualTo("openai");
        assertThat(gpt.apiKey()).isEqualTo("sk-test");
        assertThat(gpt.estimatedCost("high")).isEqualByComparingTo("0.19");
        assertThat(config.style("cartoon_3d").orElseThrow().basePrompt())
                .isEqualTo("3D cartoon character in Pixar animation style");
        assertThat(config.styleTemplates()).containsKey("anime");
        assertThat(config.serviceConfig().costLimits().dailyBudget()).isEqualByComparingTo("50.0");
    }

    @Test
    void environmentOverridesBeatTheFileWhichBeatsTheDefaults() throws IOException {
        Path file = write("""
                {"service_config": {"default_quality": "low", "max_concurrent_generations": 3}}
                """);

        AvatarConfig fileOnly = new ConfigLoader(Map.of()).load(file);
        AvatarConfig withEnv = new ConfigLoader(Map.of("DEFAULT_QUALITY", "high",
                "MAX_USER_DAILY_GENERATIONS", "9")).load(file);

        assertThat(fileOnly.serviceConfig().defaultQuality()).isEqualTo("low");
        assertThat(fileOnly.serviceConfig().defaultTimeoutSeconds()).isEqualTo(45);
        assertThat(withEnv.serviceConfig().defaultQuality()).isEqualTo("high");
        assertThat(withEnv.serviceConfig().maxConcurrentGenerations()).isEqualTo(3);
        assertThat(withEnv.serviceConfig().costLimits().perUserDailyLimit()).isEqualTo(9);
    }

    @Test
    void variablesResolveWithDefaultsAndTheStoredDocumentKeepsTheReference() throws IOException {
        Path file = write("""
                {"provider_config": {"local": {"model": "${LOCAL_MODEL:stylizer-x}", "api_key": "${SECRET}"}}}
                """);
        ConfigLoader loader = new ConfigLoader(Map.of("SECRET", "s3cr3t"));

        ObjectNode document = loader.loadDocument(file);
        AvatarConfig config = loader.resolve(document);

        assertThat(config.providerConfig().get("local").model()).isEqualTo("stylizer-x");
        assertThat(config.providerConfig().get("local").apiKey()).isEqualTo("s3cr3t");
        assertThat(document.toString()).contains("${SECRET}").doesNotContain("s3cr3t");
    }

    @Test
    void aMergePatchAddsAStyleKeepsTheOthersAndNullRemovesAKey() {
        ConfigLoader loader = new ConfigLoader(Map.of());
        ObjectNode document = loader.defaults();
        ObjectNode patch = (ObjectNode) loader.mapper().readTree("""
                {"style_templates": {"cyberpunk_2": {"base_prompt": "neon"}, "sketch": null},
                 "service_config": {"cost_limits": {"daily_budget": 10}}}
                """);

        ConfigLoader.deepMerge(document, patch);
        AvatarConfig config = loader.resolve(document);

        assertThat(config.styleTemplates()).containsKeys("cyberpunk_2", "cartoon_3d").doesNotContainKey("sketch");
        assertThat(config.serviceConfig().costLimits().dailyBudget()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(config.serviceConfig().costLimits().perUserDailyLimit()).isEqualTo(50);
    }

    @Test
    void theSpecificationsFullExampleLoadsUnchanged() throws IOException {
        Path file = write(ConfigValidatorTest.specExample());

        AvatarConfig config = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test")).load(file);

        assertThat(config.providerConfig()).containsKeys("gpt_image_1", "local");
        assertThat(config.providerConfig().get("gpt_image_1").safetySettings())
                .containsEntry("content_filter", "strict");
        assertThat(config.style("artistic").orElseThrow().qualityModifier("high"))
                .isEqualTo("masterpiece artistic rendering");
        assertThat(config.style("cartoon_3d").orElseThrow().basePrompt()).startsWith("3D cartoon character in Pixar");
        assertThat(config.serviceConfig().maxConcurrentGenerations()).isEqualTo(10);
    }

    @Test
    void aMissingFileMeansTheBuiltInDefaults() {
        ConfigLoader loader = new ConfigLoader(Map.of());

        assertThat(loader.loadDocument(dir.resolve("absent.json"))).isEqualTo(loader.defaults());
    }

    @Test
    void aSecretVariableResolvesOnlyInsideACredentialField() throws IOException {
        Path file = write("""
                {"provider_config": {"local": {"api_key": "${OPENAI_API_KEY}"}},
                 "style_templates": {"anime": {"description": "leak ${OPENAI_API_KEY} ${STYLE_NOTE:ok}"}}}
                """);

        AvatarConfig config = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-secret")).load(file);

        assertThat(config.providerConfig().get("local").apiKey()).isEqualTo("sk-secret");
        assertThat(config.style("anime").orElseThrow().description()).isEqualTo("leak  ok");
    }

    @Test
    void theOpenAiKeyFromTheEnvironmentIsWiredAsAReferenceNeverAsTheValue() throws IOException {
        Path file = write("""
                {"provider_config": {"gpt_image_1": {"model": "gpt-image-1"}}}
                """);
        ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-from-env"));

        ObjectNode withOverrides = loader.withEnvironmentOverrides(loader.loadDocument(file));

        assertThat(withOverrides.toString()).contains("${OPENAI_API_KEY}").doesNotContain("sk-from-env");
        assertThat(loader.resolve(withOverrides).providerConfig().get("gpt_image_1").apiKey()).isEqualTo("sk-from-env");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("avatar_config.json");
        Files.writeString(file, json);
        return file;
    }
}
