package io.avatarforge.platform.config;

import io.avatarforge.model.config.ConfigValidationError;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

class ConfigValidatorTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of());
    private final ConfigValidator validator = new ConfigValidator(loader);

    static String specExample() throws IOException {
        try (InputStream in = ConfigValidatorTest.class.getResourceAsStream("/config/spec-example-config.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ObjectNode defaultsWith(String patch) {
        ObjectNode document = loader.defaults();
        ConfigLoader.deepMerge(document, loader.parse(patch));
        return document;
    }

    @Test
    void theBuiltInDefaultsAreValid() {
        assertThat(validator.validate(loader.defaults())).isEmpty();
    }

    @Test
    void theSpecificationsExampleMergedOntoTheDefaultsIsValid() throws IOException {
        assertThat(validator.validate(defaultsWith(specExample()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown default quality tier | {"service_config": {"default_quality": "ultra"}} | $.service_config.default_quality
            an unknown tier in quality modifiers | {"style_templates": {"anime": {"quality_modifiers": {"ultra": "x"}}}} | $.style_templates.anime.quality_modifiers
            an unknown tier in provider quality settings | {"provider_config": {"local": {"quality_settings": {"max": {"cost": 1}}}}} | $.provider_config.local.quality_settings
            a negative daily budget | {"service_config": {"cost_limits": {"daily_budget": -1}}} | $.service_config.cost_limits.daily_budget
            a negative per-user limit | {"service_config": {"cost_limits": {"per_user_daily_limit": -5}}} | $.service_config.cost_limits.per_user_daily_limit
            a negative tier cost | {"provider_config": {"local": {"quality_settings": {"low": {"cost": -0.5}}}}} | $.provider_config.local.quality_settings.low.cost
            a style without base_prompt | {"style_templates": {"noir": {"description": "Film noir"}}} | $.style_templates.noir.base_prompt
            a style with an empty base_prompt | {"style_templates": {"anime": {"base_prompt": ""}}} | $.style_templates.anime.base_prompt
            a default provider that is not configured | {"service_config": {"default_provider": "dall_e"}} | $.service_config.default_provider
            a style provider that is not configured | {"style_templates": {"anime": {"provider": "gemini"}}} | $.style_templates.anime.provider
            a fallback provider that is not configured | {"service_config": {"fallback_providers": ["local", "gemini"]}} | $.service_config.fallback_providers[1]
            a default style that does not exist | {"service_config": {"default_style": "noir"}} | $.service_config.default_style
            a string where a number belongs | {"service_config": {"max_concurrent_generations": "ten"}} | $.service_config.max_concurrent_generations
            an unknown top-level section | {"sevice_config": {}} | $.sevice_config
            removing every provider | {"provider_config": {"local": null}} | $.provider_config
            a secret variable outside a credential field | {"style_templates": {"anime": {"description": "${OPENAI_API_KEY}"}}} | $.style_templates.anime.description
            """)
    void eachMistakeIsReportedAtItsPath(String mistake, String patch, String path) {
        List<ConfigValidationError> errors = validator.validate(defaultsWith(patch));

        assertThat(errors).as(mistake).isNotEmpty();
        assertThat(errors).extracting(ConfigValidationError::path).as(mistake).contains(path);
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void anEnvironmentOverrideIsValidatedToo() {
        ConfigLoader withEnvironment = new ConfigLoader(Map.of("DEFAULT_QUALITY", "ultra"));

        assertThat(new ConfigValidator(withEnvironment).validate(withEnvironment.defaults()))
                .extracting(ConfigValidationError::path).containsExactly("$.service_config.default_quality");
    }

    @Test
    void credentialsInAnUpdateMustBeReferences() {
        ObjectNode patch = loader.parse("""
                {"provider_config": {"gpt_image_1": {"api_key": "sk-literal", "model": "gpt-image-1"},
                                     "gemini": {"api_key": "${GEMINI_API_KEY}"}}}
                """);

        assertThat(validator.literalSecrets(patch)).extracting(ConfigValidationError::path)
                .containsExactly("$.provider_config.gpt_image_1.api_key");
    }

    @Test
    void theSchemaIsDraft2020Twelve() {
        assertThat(loader.parse(validator.schemaText()).get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
}
