package io.avatarforge.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code avatar.gateway.cors.*}. {@code allowedOrigins} (env {@code CORS_ALLOWED_ORIGINS}, comma-separated): the web
 * origins whose pages may call the API and fetch signed images from a browser, such as
 * {@code https://app.example.com}; patterns like {@code https://*.example.com} are allowed. Empty (the production
 * default) means no cross-origin access at all; {@code *} means any origin, which only the standalone development mode
 * sets and the production gateway refuses to start with. {@code maxAge}: how long a browser may cache a preflight.
 */
@ConfigurationProperties("avatar.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    /** Whether any origin may call: the standalone development default. */
    public boolean anyOrigin() {
        return allowedOrigins.stream().anyMatch(origin -> origin.strip().equals("*"));
    }
}
