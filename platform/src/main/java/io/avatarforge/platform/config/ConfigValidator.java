package io.avatarforge.platform.config;

import io.avatarforge.model.config.Secrets;
import io.avatarforge.model.config.ConfigValidationError;
import io.avatarforge.model.config.AvatarConfig;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a configuration document against the checked-in JSON Schema, then for what a schema cannot say: that every
 * provider a style, the default or the fallback list names is configured, that the default style exists, and that
 * secrets stay behind {@code ${VAR}} references. The document is checked as it would be used (environment overrides
 * applied) but without resolving references, so no error message can carry a secret.
 */
public final class ConfigValidator {

    public static final String SCHEMA_RESOURCE = "/avatar/config-schema.json";
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ConfigLoader loader;
    private final Schema schema;
    private final String schemaText;

    public ConfigValidator(ConfigLoader loader) {
        this.loader = loader;
        this.schemaText = readSchema();
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
    }

    /** The JSON Schema, as served to clients. */
    public String schemaText() {
        return schemaText;
    }

    /** Every problem of the full document {@code document} (defaults, file and updates merged); empty when valid. */
    public List<ConfigValidationError> validate(ObjectNode document) {
        ObjectNode effective = loader.withEnvironmentOverrides(document);
        TreeSet<ConfigValidationError> errors = new TreeSet<>();
        for (Error error : schema.validate(effective)) {
            errors.add(fromSchema(error));
        }
        checkReferences(effective, errors);
        checkSecretVariables(effective, "$", "", errors);
        if (errors.isEmpty()) {
            checkBinding(effective, errors);
        }
        return List.copyOf(errors);
    }

    /**
     * Credentials in an update must be {@code ${VAR}} references: a literal would be stored in every later version
     * row and shown in the version history's change records.
     */
    public List<ConfigValidationError> literalSecrets(ObjectNode patch) {
        List<ConfigValidationError> errors = new ArrayList<>();
        collectLiteralSecrets(patch, "$", false, errors);
        return errors;
    }

    private static void collectLiteralSecrets(JsonNode node, String path, boolean credential,
            List<ConfigValidationError> errors) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                collectLiteralSecrets(entry.getValue(), child(path, entry.getKey()),
                        credential || Secrets.isCredentialName(entry.getKey()), errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLiteralSecrets(node.get(i), path + "[" + i + "]", credential, errors);
            }
        } else if (credential && node.isString() && !node.asString().isEmpty()
                && !ConfigLoader.isReference(node.asString())) {
            errors.add(new ConfigValidationError(path,
                    "must be an environment reference such as ${OPENAI_API_KEY}; secrets are never stored in configuration"));
        }
    }

    private static void checkReferences(ObjectNode document, TreeSet<ConfigValidationError> errors) {
        JsonNode providers = document.path("provider_config");
        JsonNode styles = document.path("style_templates");
        JsonNode service = document.path("service_config");
        JsonNode defaultProvider = service.path("default_provider");
        if (defaultProvider.isString() && !providers.has(defaultProvider.asString())) {
            errors.add(new ConfigValidationError("$.service_config.default_provider",
                    "names provider '" + defaultProvider.asString() + "', which is not in provider_config"));
        }
        JsonNode fallbacks = service.path("fallback_providers");
        for (int i = 0; i < fallbacks.size(); i++) {
            JsonNode name = fallbacks.get(i);
            if (name.isString() && !providers.has(name.asString())) {
                errors.add(new ConfigValidationError("$.service_config.fallback_providers[" + i + "]",
                        "names provider '" + name.asString() + "', which is not in provider_config"));
            }
        }
        JsonNode defaultStyle = service.path("default_style");
        if (defaultStyle.isString() && !styles.has(defaultStyle.asString())) {
            errors.add(new ConfigValidationError("$.service_config.default_style",
                    "names style '" + defaultStyle.asString() + "', which is not in style_templates"));
        }
        if (styles instanceof ObjectNode allStyles) {
            for (Map.Entry<String, JsonNode> style : allStyles.properties()) {
                JsonNode provider = style.getValue().path("provider");
                if (provider.isString() && !providers.has(provider.asString())) {
                    errors.add(new ConfigValidationError(child(child("$.style_templates", style.getKey()), "provider"),
                            "names provider '" + provider.asString() + "', which is not in provider_config"));
                }
            }
        }
    }

    private static void checkSecretVariables(JsonNode node, String path, String field,
            TreeSet<ConfigValidationError> errors) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                checkSecretVariables(entry.getValue(), child(path, entry.getKey()), entry.getKey(), errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSecretVariables(node.get(i), path + "[" + i + "]", field, errors);
            }
        } else if (node.isString() && !Secrets.isCredentialName(field)) {
            for (String variable : ConfigLoader.credentialVariables(node.asString())) {
                errors.add(new ConfigValidationError(path, "references ${" + variable
                        + "}, which looks like a secret; secrets may only be used in credential fields such as api_key"));
            }
        }
    }

    private void checkBinding(ObjectNode document, TreeSet<ConfigValidationError> errors) {
        try {
            loader.mapper().treeToValue(document, AvatarConfig.class);
        } catch (DatabindException e) {
            String path = "$";
            for (var reference : e.getPath()) {
                path = reference.getPropertyName() != null ? child(path, reference.getPropertyName())
                        : path + "[" + reference.getIndex() + "]";
            }
            errors.add(new ConfigValidationError(path, "has the wrong type or is missing"));
        } catch (JacksonException | IllegalArgumentException e) {
            errors.add(new ConfigValidationError("$", "cannot be read as a configuration"));
        }
    }

    private static ConfigValidationError fromSchema(Error error) {
        String path = jsonPath(error.getInstanceLocation());
        String property = error.getProperty();
        if (property != null && ("required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword()))) {
            path = child(path, property);
        }
        return new ConfigValidationError(path, error.getMessage());
    }

    static String jsonPath(NodePath location) {
        String path = "$";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path + "[" + index + "]" : child(path, String.valueOf(element));
        }
        return path;
    }

    private static String child(String path, String name) {
        return SIMPLE_NAME.matcher(name).matches() ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String readSchema() {
        try (InputStream in = ConfigValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Configuration schema missing: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
