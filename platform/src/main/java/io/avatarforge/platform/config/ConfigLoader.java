package io.avatarforge.platform.config;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.Secrets;
import io.avatarforge.model.config.AvatarConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the effective configuration: built-in defaults, deep-merged with the operator's JSON file, then
 * environment overrides. Precedence: environment &gt; file &gt; built-in defaults.
 *
 * <p>{@code ${VAR}} references are resolved only when the effective document is turned into records, so stored
 * documents keep the reference and never the secret. A variable whose name is credential-like (see {@link Secrets})
 * resolves only inside a credential-like field, which every API answer redacts: otherwise an admin could copy
 * {@code ${OPENAI_API_KEY}} into a style description and publish it through the anonymous styles endpoint.
 */
public final class ConfigLoader {

    public static final String DEFAULTS_RESOURCE = "/avatar/default-config.json";
    public static final String DEFAULT_PATH = "config/avatar_config.json";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

    private final JsonMapper mapper;
    private final Function<String, @Nullable String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this(Map.copyOf(environment)::get);
    }

    /** {@code environment} looks variables up by name, e.g. {@code System::getenv} or a Spring environment. */
    public ConfigLoader(Function<String, @Nullable String> environment) {
        this.environment = environment;
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Built-in defaults missing: " + DEFAULTS_RESOURCE);
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw document: defaults merged with the file at {@code path} if it exists; references left in place. */
    public ObjectNode loadDocument(@Nullable Path path) {
        ObjectNode document = defaults();
        if (path != null && Files.isRegularFile(path)) {
            try {
                JsonNode file = mapper.readTree(Files.readString(path));
                if (!(file instanceof ObjectNode fileObject)) {
                    throw new IllegalArgumentException("Configuration file " + path + " must hold a JSON object");
                }
                deepMerge(document, fileObject);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read configuration file " + path, e);
            }
        }
        return document;
    }

    /** Parses a stored or posted document; anything but a JSON object is refused. */
    public ObjectNode parse(String json) {
        if (!(mapper.readTree(json) instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A configuration document must be a JSON object");
        }
        return object;
    }

    /** The document with environment overrides applied and {@code ${VAR}} references still in place. */
    public ObjectNode withEnvironmentOverrides(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        applyEnvironmentOverrides(copy);
        return copy;
    }

    /** The document as it is used: environment overrides applied and {@code ${VAR}} resolved. Holds secrets. */
    public ObjectNode effectiveDocument(ObjectNode document) {
        ObjectNode copy = withEnvironmentOverrides(document);
        interpolate(copy, "");
        return copy;
    }

    /** Turns a document into records: environment overrides applied, {@code ${VAR}} resolved. */
    public AvatarConfig resolve(ObjectNode document) {
        return mapper.treeToValue(effectiveDocument(document), AvatarConfig.class);
    }

    public AvatarConfig load(@Nullable Path path) {
        return resolve(loadDocument(path));
    }

    /**
     * Merges {@code patch} into {@code target}: objects merge key by key, anything else replaces, and a key whose
     * value is {@code null} is removed (JSON Merge Patch, RFC 7396).
     */
    public static void deepMerge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && target.get(key) instanceof ObjectNode existing) {
                deepMerge(existing, (ObjectNode) value);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private void applyEnvironmentOverrides(ObjectNode document) {
        ObjectNode service = objectAt(document, "service_config");
        override("DEFAULT_QUALITY", v -> service.put("default_quality", v));
        override("DEFAULT_PROVIDER", v -> service.put("default_provider", v));
        override("MAX_CONCURRENT_GENERATIONS", v -> service.put("max_concurrent_generations", Integer.parseInt(v)));
        override("DEFAULT_TIMEOUT_SECONDS", v -> service.put("default_timeout_seconds", Integer.parseInt(v)));
        ObjectNode limits = objectAt(service, "cost_limits");
        override("DAILY_BUDGET", v -> limits.put("daily_budget", new java.math.BigDecimal(v)));
        override("MAX_USER_DAILY_GENERATIONS", v -> limits.put("per_user_daily_limit", Integer.parseInt(v)));
        override("MAX_DAILY_GENERATIONS", v -> limits.put("max_daily_generations", Integer.parseInt(v)));
        override("OPENAI_API_KEY", v -> {
            JsonNode providers = document.get("provider_config");
            if (providers instanceof ObjectNode all) {
                for (Map.Entry<String, JsonNode> p : all.properties()) {
                    if (p.getValue() instanceof ObjectNode provider
                            && "openai".equals(mapper.treeToValue(provider, ProviderConfig.class).resolvedType(p.getKey()))
                            && !provider.has("api_key")) {
                        provider.put("api_key", "${OPENAI_API_KEY}");
                    }
                }
            }
        });
    }

    private void override(String variable, java.util.function.Consumer<String> apply) {
        String value = environment.apply(variable);
        if (value != null && !value.isBlank()) {
            apply.accept(value.trim());
        }
    }

    private static ObjectNode objectAt(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }

    private JsonNode interpolate(JsonNode node, String fieldName) {
        if (node.isString()) {
            return mapper.getNodeFactory().stringNode(substitute(node.asString(), Secrets.isCredentialName(fieldName)));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                entry.setValue(interpolate(entry.getValue(), entry.getKey()));
            }
            return object;
        }
        if (node.isArray()) {
            var array = (tools.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, interpolate(array.get(i), fieldName));
            }
        }
        return node;
    }

    /** The names of credential-like variables that {@code text} references; they may not appear outside credentials. */
    static java.util.List<String> credentialVariables(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            if (Secrets.isCredentialName(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Whether {@code text} is nothing but one {@code ${VAR}} reference, the only way a credential should be written. */
    public static boolean isReference(String text) {
        return VARIABLE.matcher(text.strip()).matches();
    }

    String substitute(String text) {
        return substitute(text, true);
    }

    /**
     * Resolves {@code ${VAR}} and {@code ${VAR:default}}; an unset variable without a default becomes empty, and so
     * does a credential-like variable outside a credential field.
     */
    private String substitute(String text, boolean credentialField) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean allowed = credentialField || !Secrets.isCredentialName(matcher.group(1));
            String value = allowed ? environment.apply(matcher.group(1)) : "";
            if (value == null) {
                value = matcher.group(2) == null ? "" : matcher.group(2);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
