package io.avatarforge.gateway.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The result cache's key: equal exactly when every part is, whatever the parts contain. */
class ResultCacheKeyTest {

    private static final byte[] IMAGE = "image bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void equalPartsGiveTheSameKeyAndEveryPartCounts() {
        String key = key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "medium", "openai", "gpt", "1024x1024");

        assertThat(key).hasSize(64).isEqualTo(
                key("user:u1", IMAGE.clone(), "prompt", "{\"base_prompt\":\"x\"}", "medium", "openai", "gpt", "1024x1024"));
        assertThat(java.util.List.of(
                key("user:u2", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "medium", "openai", "gpt", "1024x1024"),
                key("user:u1", "other".getBytes(StandardCharsets.UTF_8), "prompt", "{\"base_prompt\":\"x\"}", "medium",
                        "openai", "gpt", "1024x1024"),
                key("user:u1", IMAGE, "prompt!", "{\"base_prompt\":\"x\"}", "medium", "openai", "gpt", "1024x1024"),
                key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"y\"}", "medium", "openai", "gpt", "1024x1024"),
                key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "high", "openai", "gpt", "1024x1024"),
                key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "medium", "gemini", "gpt", "1024x1024"),
                key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "medium", "openai", null, "1024x1024"),
                key("user:u1", IMAGE, "prompt", "{\"base_prompt\":\"x\"}", "medium", "openai", "gpt", null)))
                .doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        assertThat(key("global", IMAGE, "ab", "c", "low", "p", "m", "s"))
                .isNotEqualTo(key("global", IMAGE, "a", "bc", "low", "p", "m", "s"));
        assertThat(key("global", IMAGE, "p", "t", "low", "p", "", null))
                .isNotEqualTo(key("global", IMAGE, "p", "t", "low", "p", null, ""));
    }

    private static String key(String scope, byte[] image, String prompt, String style, String quality, String provider,
            String model, String size) {
        return ResultCache.key(scope, image, prompt, style, quality, provider, model, size);
    }
}
