package io.avatarforge.model.config;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One entry of {@code style_templates}: the text that shapes the prompt, and optional routing to a provider. */
public record StyleTemplate(
        String basePrompt,
        @Nullable String transformationInstruction,
        @Nullable Map<String, String> qualityModifiers,
        @Nullable String negativePrompt,
        @Nullable String provider,
        @Nullable String model,
        @Nullable String size,
        @Nullable String inputFidelity,
        @Nullable String description) {

    /** What a client is told about the style: its description, else its base prompt. */
    public String shownDescription() {
        return description == null ? basePrompt : description;
    }

    public String qualityModifier(String quality) {
        if (qualityModifiers == null) {
            return "";
        }
        return qualityModifiers.getOrDefault(quality, "");
    }
}
