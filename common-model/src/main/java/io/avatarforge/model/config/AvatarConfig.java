package io.avatarforge.model.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operator-facing configuration, in the specification's schema: {@code service_config}, {@code provider_config},
 * {@code style_templates}. Immutable; a change produces a new instance with a new version.
 */
public record AvatarConfig(
        ServiceConfig serviceConfig,
        Map<String, ProviderConfig> providerConfig,
        Map<String, StyleTemplate> styleTemplates) {

    public AvatarConfig {
        providerConfig = Map.copyOf(new LinkedHashMap<>(providerConfig));
        styleTemplates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(styleTemplates));
    }

    public Optional<StyleTemplate> style(String key) {
        return Optional.ofNullable(styleTemplates.get(key));
    }

    /** The provider a job of this style goes to first: the style's own, else the service default. */
    public String providerFor(StyleTemplate style) {
        String named = style.provider();
        return named != null && !named.isBlank() ? named : serviceConfig.defaultProvider();
    }
}
