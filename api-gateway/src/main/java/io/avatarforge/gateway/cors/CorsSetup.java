package io.avatarforge.gateway.cors;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The CORS rules Spring Security's {@code cors()} applies, before authentication, so that a preflight never needs a
 * key. They cover the whole API, signed image downloads included ({@code /api/**}).
 *
 * <p>What a browser app needs and nothing more: the methods the API has, the request headers it reads
 * ({@code Authorization} for the key or Firebase ID token, {@code Content-Type}, {@code Idempotency-Key}, and
 * {@code Last-Event-ID}, which an {@code EventSource} sends when it reconnects to the status stream), and the response
 * headers a client acts on exposed to its scripts ({@code Location} of a 202, {@code Retry-After} and the
 * {@code RateLimit} fields of a 429, {@code Idempotent-Replayed}, {@code WWW-Authenticate} of a 401). No credentials
 * mode: the API reads no cookies, and a bearer header is an ordinary header to CORS.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class CorsSetup {

    private static final Logger LOG = LoggerFactory.getLogger(CorsSetup.class);

    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key", "Last-Event-ID");
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "RateLimit",
            "RateLimit-Policy", "Idempotent-Replayed", HttpHeaders.WWW_AUTHENTICATE);

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        List<String> origins = properties.allowedOrigins().stream().map(String::strip).filter(o -> !o.isEmpty())
                .toList();
        if (origins.isEmpty()) {
            // No configuration at all: no CORS headers and no refusals, as if CORS did not exist. Browsers then keep
            // pages of other origins from reading any answer.
            return request -> null;
        }
        if (properties.anyOrigin()) {
            LOG.warn("ANY WEBSITE MAY CALL THIS API FROM A BROWSER (avatar.gateway.cors.allowed-origins=*): "
                    + "development only, never in production");
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOriginPatterns(origins);
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "DELETE"));
        api.setAllowedHeaders(ALLOWED_HEADERS);
        api.setExposedHeaders(EXPOSED_HEADERS);
        api.setAllowCredentials(false);
        api.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        // The OpenAI-compatible endpoint: OpenAI's SDKs (in a browser with dangerouslyAllowBrowser) send their own
        // x-stainless-* headers with every request, so any request header is allowed there.
        CorsConfiguration openAi = new CorsConfiguration(api);
        openAi.setAllowedHeaders(List.of("*"));
        source.registerCorsConfiguration("/v1/**", openAi);
        return source;
    }
}
