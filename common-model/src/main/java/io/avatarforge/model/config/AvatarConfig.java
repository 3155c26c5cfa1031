package io.avatarforge.model.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Share added to an estimate when it is reserved, unless {@code cost_limits.reservation_margin} says otherwise. */
    public static final BigDecimal DEFAULT_RESERVATION_MARGIN = new BigDecimal("0.25");

    /**
     * What intake reserves against the budget for a job that goes to {@code provider} first: the largest
     * {@link ProviderConfig#reservation} along the route the worker may take, the provider and then every
     * {@code fallback_providers} entry. A job that falls back to a pricier provider is then still covered by its
     * reservation instead of overrunning it.
     */
    public BigDecimal reservation(String provider, String quality) {
        CostLimits limits = serviceConfig.costLimits();
        BigDecimal margin = limits == null || limits.reservationMargin() == null
                ? DEFAULT_RESERVATION_MARGIN : limits.reservationMargin();
        List<String> route = new ArrayList<>(List.of(provider));
        if (serviceConfig.fallbackProviders() != null) {
            route.addAll(serviceConfig.fallbackProviders());
        }
        BigDecimal largest = BigDecimal.ZERO;
        for (String key : route) {
            ProviderConfig entry = providerConfig.get(key);
            if (entry != null) {
                largest = largest.max(entry.reservation(quality, margin));
            }
        }
        return largest;
    }
}
