package io.avatarforge.model.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what counts as a credential in configuration and hides it. By an explicit rule on the words of a name
 * (split at {@code _}, {@code -}, {@code .} and camel case): its last word is {@code key} ({@code api_key},
 * {@code private_key}, {@code OPENAI_API_KEY}), {@code secret} or {@code token}; or any word is {@code password},
 * {@code passphrase} or {@code credential(s)}. So {@code clientSecret} and {@code ACCESS_TOKEN} are credentials, while
 * {@code per_key_per_minute}, {@code max_tokens} and {@code pricing_per_million_tokens} are not: over-redacting a
 * number would hide settings operators need to see, and make the answer of {@code GET /config} unfit to post back.
 */
public final class Secrets {

    public static final String REDACTED = "***";

    /** A name ending in one of these words is a credential. */
    private static final Set<String> CREDENTIAL_LAST_WORDS = Set.of("key", "apikey", "secret", "token");
    /** A name holding one of these words anywhere is a credential. */
    private static final Set<String> CREDENTIAL_WORDS = Set.of(
            "password", "passwd", "pwd", "passphrase", "credential", "credentials");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[_.\\-\\s]+|(?<=[a-z0-9])(?=[A-Z])");

    private Secrets() {
    }

    public static boolean isCredentialName(String name) {
        String[] words = WORD_BOUNDARY.split(name);
        if (words.length == 0) {
            return false;
        }
        if (CREDENTIAL_LAST_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String word : words) {
            if (CREDENTIAL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of {@code patch} without the credentials that read {@code ***}: what {@code GET /config} showed in their
     * place, posted back unchanged, means "keep the stored value", never the literal text.
     */
    public static ObjectNode withoutRedacted(ObjectNode patch) {
        ObjectNode copy = patch.deepCopy();
        dropRedacted(copy);
        return copy;
    }

    private static void dropRedacted(ObjectNode object) {
        java.util.List<String> redacted = object.properties().stream()
                .filter(entry -> isCredentialName(entry.getKey()) && entry.getValue().isString()
                        && REDACTED.equals(entry.getValue().asString()))
                .map(Map.Entry::getKey)
                .toList();
        object.remove(redacted);
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getValue() instanceof ObjectNode child) {
                dropRedacted(child);
            }
        }
    }

    /** A deep copy of {@code document} in which every scalar under a credential-like name reads {@code ***}. */
    public static ObjectNode redact(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        redactInPlace(copy, false);
        return copy;
    }

    private static void redactInPlace(JsonNode node, boolean underCredential) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                boolean credential = underCredential || isCredentialName(entry.getKey());
                JsonNode value = entry.getValue();
                if (credential && isSecretScalar(value)) {
                    entry.setValue(object.stringNode(REDACTED));
                } else {
                    redactInPlace(value, credential);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (underCredential && isSecretScalar(array.get(i))) {
                    array.set(i, array.stringNode(REDACTED));
                } else {
                    redactInPlace(array.get(i), underCredential);
                }
            }
        }
    }

    private static boolean isSecretScalar(JsonNode value) {
        return value.isValueNode() && !value.isNull() && !(value.isString() && value.asString().isEmpty());
    }
}
