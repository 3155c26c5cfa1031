package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.ratelimit.RequestRateLimiter;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.webhook.WebhookTargets;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.RateLimits;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.job.Quality;
import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.platform.config.AvatarConfigHolder;
import java.math.BigDecimal;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether a request may become a job and what job, against the live configuration: the caller's rate limits,
 * the style and quality, the client's metadata, the provider and model, and the price. Everything a request is
 * refused for (short of its image and the budget) is found out here, before anything is stored.
 */
@Component
class IntakePolicy {

    private static final int MAX_METADATA_CHARS = 8192;

    private final AvatarConfigHolder configHolder;
    private final RequestRateLimiter rateLimiter;
    private final JsonMapper jsonMapper;
    private final WebhookTargets webhookTargets;
    private final BaseUrls baseUrls;

    IntakePolicy(AvatarConfigHolder configHolder, RequestRateLimiter rateLimiter, JsonMapper jsonMapper,
            WebhookTargets webhookTargets, BaseUrls baseUrls) {
        this.configHolder = configHolder;
        this.rateLimiter = rateLimiter;
        this.jsonMapper = jsonMapper;
        this.webhookTargets = webhookTargets;
        this.baseUrls = baseUrls;
    }

    JobPlan plan(GenerateAvatarRequest request, Caller caller) {
        AvatarConfigHolder.Versioned current = configHolder.current();
        AvatarConfig config = current.config();
        String userId = caller.userFor(request.userId());
        checkRateLimits(config.serviceConfig().rateLimits(), caller, userId);
        String styleKey = request.styleConfig() == null || request.styleConfig().isBlank()
                ? config.serviceConfig().defaultStyle()
                : request.styleConfig();
        StyleTemplate style = config.style(styleKey).orElseThrow(() -> new ApiProblemException(ProblemCode.UNKNOWN_STYLE,
                "Unknown style_config '" + styleKey + "'. Known styles: "
                        + String.join(", ", config.styleTemplates().keySet())));
        String quality = request.quality() == null || request.quality().isBlank()
                ? config.serviceConfig().defaultQuality()
                : Quality.parse(request.quality()).map(Quality::apiName).orElseThrow(() -> new ApiProblemException(ProblemCode.INVALID_QUALITY,
                        "quality must be one of low, medium, high"));
        String metadata = request.metadata() == null ? null : jsonMapper.writeValueAsString(request.metadata());
        if (metadata != null && metadata.length() > MAX_METADATA_CHARS) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    "metadata: must serialize to at most " + MAX_METADATA_CHARS + " characters");
        }
        // Checked now (scheme, and the host's addresses), so a URL that would be refused when sent is refused here.
        JobPlan.Webhook webhook = request.webhookUrl() == null ? null
                : new JobPlan.Webhook(webhookTargets.accept(request.webhookUrl()), baseUrls.current());
        String provider = config.providerFor(style);
        ProviderConfig providerConfig = config.providerConfig().get(provider);
        BigDecimal estimate = providerConfig == null ? BigDecimal.ZERO : providerConfig.estimatedCost(quality);
        String model = style.model() != null ? style.model() : providerConfig == null ? null : providerConfig.model();
        return new JobPlan(
                new JobPlan.Requester(userId, caller.keyId()),
                new JobPlan.Request(styleKey, quality, Objects.requireNonNull(request.prompt()), metadata),
                new JobPlan.Route(provider, model),
                new JobPlan.Price(estimate, config.reservation(provider, quality),
                        config.serviceConfig().costLimits()),
                current.version(),
                webhook);
    }

    /** Per API key and per user, each against its own configured rate (none configured: no limit). */
    private void checkRateLimits(RateLimits rateLimits, Caller caller, String userId) {
        if (caller.keyId() != null) {
            rateLimiter.check("key:" + caller.keyId(), rateLimits == null ? null : rateLimits.perKeyPerMinute(),
                    "this API key");
        }
        rateLimiter.check(LedgerSettlement.userScope(userId), rateLimits == null ? null : rateLimits.perUserPerMinute(),
                "user " + userId);
    }
}
