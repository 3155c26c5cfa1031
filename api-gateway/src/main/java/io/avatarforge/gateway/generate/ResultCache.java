package io.avatarforge.gateway.generate;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.ServiceConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result cache's key and its counters (FR-116-14). A request's key is the SHA-256 of a canonical encoding of
 * everything that decides its result: the prepared input image's bytes, the prompt, the style template's content (so
 * editing a template stops its old results from answering), quality, provider, model and size, and the user, unless
 * {@code service_config.cache_scope} is {@code "global"}. Jobs store their key; intake looks it up
 * ({@link JobSubmission}).
 */
@Component
class ResultCache {

    /** Bumped whenever the encoding changes, so keys of different encodings never meet. */
    private static final String ENCODING = "avatar-forge/result-cache/v1";

    private final AvatarConfigHolder configHolder;
    private final JsonMapper canonicalJson;
    private final Counter resultHits;
    private final Counter inFlightHits;
    private final Counter misses;

    ResultCache(AvatarConfigHolder configHolder, JsonMapper jsonMapper, MeterRegistry meters) {
        this.configHolder = configHolder;
        this.canonicalJson = jsonMapper.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        this.resultHits = Counter.builder("avatar.cache.hits").tag("source", "result")
                .description("Requests answered from a completed job's result").register(meters);
        this.inFlightHits = Counter.builder("avatar.cache.hits").tag("source", "in_flight")
                .description("Requests that waited for an identical job in flight instead of calling a provider")
                .register(meters);
        this.misses = Counter.builder("avatar.cache.misses")
                .description("Cacheable requests that called a provider").register(meters);
    }

    /**
     * {@code plan} with its cache key when caching is enabled; {@code plan} unchanged otherwise (also when the
     * configuration changed since the plan was made, so that the key always describes the configuration the plan was
     * made under).
     */
    JobPlan keyed(JobPlan plan, PreparedImage photo) {
        AvatarConfigHolder.Versioned current = configHolder.current();
        AvatarConfig config = current.config();
        ServiceConfig service = config.serviceConfig();
        StyleTemplate style = config.styleTemplates().get(plan.request().style());
        if (!service.enableCaching() || current.version() != plan.configVersion() || style == null) {
            return plan;
        }
        ProviderConfig provider = config.providerConfig().get(plan.route().provider());
        String size = style.size() != null ? style.size() : provider == null ? null : provider.size();
        return plan.withCacheKey(key(
                service.cacheSharedAcrossUsers() ? "global" : "user:" + plan.requester().userId(),
                photo.bytes(),
                plan.request().prompt(),
                canonicalJson.writeValueAsString(style),
                plan.request().quality(),
                plan.route().provider(),
                plan.route().model(),
                size));
    }

    /** How old a result may be to answer: {@code service_config.cache_ttl_hours}. */
    Duration timeToLive() {
        return Duration.ofHours(configHolder.config().serviceConfig().cacheTtlHours());
    }

    void countResultHit() {
        resultHits.increment();
    }

    void countInFlightHit() {
        inFlightHits.increment();
    }

    void countMiss() {
        misses.increment();
    }

    /**
     * SHA-256 over the parts, each written as its length and UTF-8 bytes (-1 for null), so that no two different
     * sequences of parts encode alike ("ab" + "c" differs from "a" + "bc"); the image enters as its own SHA-256.
     */
    static String key(String scope, byte[] image, String prompt, String styleTemplateJson, String quality,
            String provider, @Nullable String model, @Nullable String size) {
        MessageDigest digest = sha256();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            for (String part : new String[] {ENCODING, scope, HexFormat.of().formatHex(sha256().digest(image)), prompt,
                    styleTemplateJson, quality, provider, model, size}) {
                if (part == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest(buffer.toByteArray()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
