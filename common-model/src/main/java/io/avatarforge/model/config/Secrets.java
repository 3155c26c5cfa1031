package io.avatarforge.model.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what counts as a credential in configuration and hides it. A name is credential-like when one of its words
 * (split at {@code _}, {@code -}, {@code .} and camel case) is key, secret, token, password or credential, so
 * {@code api_key}, {@code clientSecret} and {@code ACCESS_TOKEN} are, while {@code max_tokens} and
 * {@code pricing_per_million_tokens} are not: over-redacting a number would hide settings operators need to see.
 */
public final class Secrets {

    public static final String REDACTED = "***";

    private static final Set<String> CREDENTIAL_WORDS = Set.of(
            "key", "apikey", "secret", "token", "password", "passwd", "pwd", "credential", "credentials",
            "passphrase");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[_.\\-\\s]+|(?<=[a-z0-9])(?=[A-Z])");

    private Secrets() {
    }

    public static boolean isCredentialName(String name) {
        for (String word : WORD_BOUNDARY.split(name)) {
            if (CREDENTIAL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
