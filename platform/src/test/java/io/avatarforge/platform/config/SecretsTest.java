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
    @ValueSource(strings = {"api_key", "apiKey", "OPENAI_API_KEY", "client_secret", "access-token", "password",
        "credentials", "db.password", "key"})
    void credentialLikeNamesAreRecognised(String name) {
        assertThat(Secrets.isCredentialName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "max_tokens", "pricing_per_million_tokens", "keyboard", "monkey", "base_url"})
    void ordinaryNamesAreNot(String name) {
        assertThat(Secrets.isCredentialName(name)).isFalse();
    }

    @Test
    void everyCredentialIsRedactedAndNothingElse() {
        ObjectNode document = new ConfigLoader(Map.of()).parse("""
                {"provider_config": {"gpt_image_1": {"api_key": "sk-live-123", "model": "gpt-image-1",
                  "pricing_per_million_tokens": {"image_output": 40},
                  "auth": {"client_secret": "s3cret", "token_list": ["a", "b"], "password": 1234},
                  "organization_token": ""}}}
                """);

        ObjectNode redacted = Secrets.redact(document);

        assertThat(redacted.toString()).doesNotContain("sk-live-123", "s3cret", "\"a\"", "1234");
        var provider = redacted.get("provider_config").get("gpt_image_1");
        assertThat(provider.get("api_key").asString()).isEqualTo("***");
        assertThat(provider.get("auth").get("token_list").get(0).asString()).isEqualTo("***");
        assertThat(provider.get("model").asString()).isEqualTo("gpt-image-1");
        assertThat(provider.get("pricing_per_million_tokens").get("image_output").asInt()).isEqualTo(40);
        assertThat(provider.get("organization_token").asString()).as("an unset secret shows as unset").isEmpty();
        assertThat(document.get("provider_config").get("gpt_image_1").get("api_key").asString())
                .as("the original is untouched").isEqualTo("sk-live-123");
    }
}
