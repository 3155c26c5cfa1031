package io.avatarforge.worker.pipeline;

import io.avatarforge.model.config.StyleTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the provider prompt in the specification's order: transformation instruction, style requirements (base prompt
 * and quality modifier), the user's context, and the identity clause. The user's text is appended as data: nothing in
 * it is interpreted, and it is cut first when the prompt would exceed {@link #MAX_PROMPT_CHARS}.
 */
@Component
public class PromptBuilder {

    /** Comfortably inside every supported model's prompt limit. */
    public static final int MAX_PROMPT_CHARS = 4000;

    static final String IDENTITY_CLAUSE = "CRITICAL: Maintain the person's facial features and identity from the input "
            + "photo while applying the specified style transformation.";

    public String build(StyleTemplate style, String quality, String userPrompt) {
        String head = join(style.transformationInstruction(), "") + "\n\nStyle Requirements:\n" + style.basePrompt()
                + suffix(style.qualityModifier(quality));
        String tail = "\n\n" + IDENTITY_CLAUSE
                + (style.negativePrompt() == null || style.negativePrompt().isBlank()
                        ? "" : "\n\nAvoid: " + style.negativePrompt());
        String user = userPrompt.strip();
        int room = MAX_PROMPT_CHARS - head.length() - tail.length() - "\n\nUser Context:\n".length();
        if (user.length() > room) {
            user = user.substring(0, Math.max(0, room));
        }
        String prompt = head + (user.isEmpty() ? "" : "\n\nUser Context:\n" + user) + tail;
        return prompt.length() > MAX_PROMPT_CHARS ? prompt.substring(0, MAX_PROMPT_CHARS) : prompt;
    }

    private static String join(@org.jspecify.annotations.Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String suffix(String modifier) {
        return modifier.isBlank() ? "" : "\n" + modifier.strip();
    }
}
