package io.avatarforge.platform.config;

import io.avatarforge.model.config.Secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"api_key", "apiKey", "OPENAI_API_KEY", "private_key", "client_secret", "clientSecret",
        "access-token", "ACCESS_TOKEN", "password", "password_file", "credentials", "service_account_credential",
        "db.password", "key"})
    void credentialLikeNamesAreRecognised(String name) {
        assertThat(Secrets.isCredentialName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "max_tokens", "pricing_per_million_tokens", "keyboard", "monkey", "base_url",
        "per_key_per_minute", "per_user_per_minute", "token_limit", "secret_rotation_days", "key_id"})
    void ordinaryNamesAreNot(String name) {
        assertThat(Secrets.isCredentialName(name)).isFalse();
    }

    @Test
    void everyCredentialIsRedactedAndNothingElse() {
        ObjectNode document = new ConfigLoader(Map.of()).parse("""
                {"provider_config": {"gpt_image_1": {"api_key": "sk-live-123", "model": "gpt-image-1",
                  "pricing_per_million_tokens": {"image_output": 40},
                  "auth": {"client_secret": "s3cret", "credentials": ["a", "b"], "password": 1234},
                  "organization_token": ""}}}
                """);

        ObjectNode redacted = Secrets.redact(document);

        assertThat(redacted.toString()).doesNotContain("sk-live-123", "s3cret", "\"a\"", "1234");
        var provider = redacted.get("provider_config").get("gpt_image_1");
        assertThat(provider.get("api_key").asString()).isEqualTo("***");
        assertThat(provider.get("auth").get("credentials").get(0).asString()).isEqualTo("***");
        assertThat(provider.get("model").asString()).isEqualTo("gpt-image-1");
        assertThat(provider.get("pricing_per_million_tokens").get("image_output").asInt()).isEqualTo(40);
        assertThat(provider.get("organization_token").asString()).as("an unset secret shows as unset").isEmpty();
        assertThat(document.get("provider_config").get("gpt_image_1").get("api_key").asString())
                .as("the original is untouched").isEqualTo("sk-live-123");
    }

    @Test
    void aRateLimitIsNeverRedacted() {
        ObjectNode document = new ConfigLoader(Map.of()).parse("""
                {"service_config": {"rate_limits": {"per_key_per_minute": 600, "per_user_per_minute": 60}}}
                """);

        assertThat(Secrets.redact(document)).isEqualTo(document);
    }

    @Test
    void aCredentialPostedBackAsItsMaskKeepsItsValueAndAnyOtherIsKept() {
        ObjectNode patch = new ConfigLoader(Map.of()).parse("""
                {"provider_config": {"gpt_image_1": {"api_key": "***", "model": "gpt-image-1",
                  "organization_token": "${ORG_TOKEN}"}},
                 "style_templates": {"noir": {"base_prompt": "***"}}}
                """);

        ObjectNode kept = Secrets.withoutRedacted(patch);

        assertThat(kept.get("provider_config").get("gpt_image_1").has("api_key")).isFalse();
        assertThat(kept.get("provider_config").get("gpt_image_1").get("organization_token").asString())
                .isEqualTo("${ORG_TOKEN}");
        assertThat(kept.get("style_templates").get("noir").get("base_prompt").asString())
                .as("*** is an ordinary text outside credentials").isEqualTo("***");
        assertThat(patch.get("provider_config").get("gpt_image_1").has("api_key")).as("the original is untouched")
                .isTrue();
    }
}
