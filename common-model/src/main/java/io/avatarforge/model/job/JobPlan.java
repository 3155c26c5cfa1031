package io.avatarforge.model.job;

import io.avatarforge.model.config.CostLimits;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What intake decided about an accepted request, before anything is stored: who asked, what they asked for, which
 * provider serves it and what it may cost. Intake's policy builds it from the request and the live configuration; the
 * submission stores the photo and queues the job from it. {@code cacheKey} is set when the result cache may answer it.
 */
public record JobPlan(Requester requester, Request request, Route route, Price price, long configVersion,
        @Nullable Webhook webhook, @Nullable String cacheKey) {

    /** A plan without a webhook. */
    public JobPlan(Requester requester, Request request, Route route, Price price, long configVersion) {
        this(requester, request, route, price, configVersion, null, null);
    }

    /** A plan that the result cache does not serve (caching disabled). */
    public JobPlan(Requester requester, Request request, Route route, Price price, long configVersion,
            @Nullable Webhook webhook) {
        this(requester, request, route, price, configVersion, webhook, null);
    }

    /**
     * The same plan, answerable from the result cache under {@code key}: the SHA-256 (hex) of everything that decides
     * the result, computed once the photo was accepted.
     */
    public JobPlan withCacheKey(String key) {
        return new JobPlan(requester, request, route, price, configVersion, webhook, key);
    }

    /** The user the job is charged to, and the API key that submitted it, when one did. */
    public record Requester(String userId, @Nullable UUID apiKeyId) {
    }

    /** The generation asked for; {@code metadataJson} is the client's own metadata, kept with the job. */
    public record Request(String style, String quality, String prompt, @Nullable String metadataJson) {
    }

    /** The provider first tried, and the model it is asked for (null: the provider's configured model). */
    public record Route(String provider, @Nullable String model) {
    }

    /**
     * {@code estimate}: the provider's list price for the quality. {@code reservation}: what is held on the budget
     * (the largest along the provider route, so a fallback stays inside it). {@code limits}: the caps it is held under.
     */
    public record Price(BigDecimal estimate, BigDecimal reservation, @Nullable CostLimits limits) {
    }

    /**
     * Where the job's terminal event goes ({@code url}, checked by intake) and the gateway's absolute base URL as the
     * client reached it ({@code baseUrl}), under which the event's signed image URL is built.
     */
    public record Webhook(String url, String baseUrl) {
    }
}
