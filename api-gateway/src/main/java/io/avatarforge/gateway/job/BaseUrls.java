package io.avatarforge.gateway.job;

import io.avatarforge.gateway.GatewayProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute base of URLs handed to clients: the configured public URL, else the current request's (forwarded
 * headers honoured). Read on the request thread, because completions are answered on other threads.
 */
@Component
public class BaseUrls {

    private final GatewayProperties properties;

    BaseUrls(GatewayProperties properties) {
        this.properties = properties;
    }

    public String current() {
        return configuredOr(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    /** The configured public URL, else {@code fallback}: for URLs built outside a request (webhook events). */
    public String configuredOr(String fallback) {
        String configured = properties.publicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return fallback;
    }
}
