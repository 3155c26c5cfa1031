package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.budget.BudgetLedger;
import io.avatarforge.gateway.dispatch.OutboxWriter;
import io.avatarforge.gateway.intake.ImageIntake;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.gateway.job.CompletionEstimates;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.ratelimit.RequestRateLimiter;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.AvatarConfigHolder;
import io.avatarforge.model.budget.LedgerSettlement;
import io.avatarforge.model.config.CostLimits;
import io.avatarforge.model.config.RateLimits;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.Quality;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Intake: validates against the live configuration, stores the input image, and queues the job durably. */
@Service
class GenerationService {

    private static final int MAX_METADATA_CHARS = 8192;

    /** A queued job; {@code completion} is set when the caller asked to wait for it. */
    record Submission(JobId jobId, String provider, String quality, long estimatedSeconds,
            @Nullable CompletableFuture<Void> completion) {
    }

    private final AvatarConfigHolder configHolder;
    private final ImageIntake intake;
    private final ImageStore images;
    private final GatewayJobRepository jobs;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final CompletionEstimates estimates;
    private final CompletionWaiters waiters;
    private final BudgetLedger ledger;
    private final RequestRateLimiter rateLimiter;

    GenerationService(AvatarConfigHolder configHolder, ImageIntake intake, ImageStore images,
            GatewayJobRepository jobs, OutboxWriter outbox, TransactionTemplate transactions, JsonMapper jsonMapper,
            Clock clock, CompletionEstimates estimates, CompletionWaiters waiters, BudgetLedger ledger,
            RequestRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        this.waiters = waiters;
        this.ledger = ledger;
        this.configHolder = configHolder;
        this.intake = intake;
        this.images = images;
        this.jobs = jobs;
        this.outbox = outbox;
        this.transactions = transactions;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.estimates = estimates;
    }

    Submission submit(GenerateAvatarRequest request, boolean waitForCompletion, Caller caller) {
        String userId = caller.userFor(request.userId());
        RateLimits rateLimits = configHolder.config().serviceConfig().rateLimits();
        if (caller.keyId() != null) {
            rateLimiter.check("key:" + caller.keyId(), rateLimits == null ? null : rateLimits.perKeyPerMinute(),
                    "this API key");
        }
        rateLimiter.check(LedgerSettlement.userScope(userId), rateLimits == null ? null : rateLimits.perUserPerMinute(),
                "user " + userId);
        Validated validated = validate(request);
        PreparedImage prepared = intake.accept(Objects.requireNonNull(request.image()));
        ImageRef input = images.put("inputs", prepared.bytes(), prepared.contentType());
        JobId id = JobId.random();
        // Registered before the commit, so a completion cannot slip past between commit and registration.
        CompletableFuture<Void> completion = waitForCompletion ? waiters.register(id) : null;
        try {
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant();
                jobs.insert(new GatewayJobRepository.NewJob(id, userId, validated.style(),
                        validated.quality(), Objects.requireNonNull(request.prompt()), validated.provider(),
                        validated.model(), input, validated.estimatedCost(), validated.configVersion(),
                        now, validated.metadataJson(), ledger.today(validated.costLimits(), now),
                        validated.reservation(), caller.keyId()));
                outbox.requested(new GenerationRequested(id));
                // Last, so that the global budget row every intake updates stays locked only until the commit; a
                // refusal rolls the job and its outbox entry back with it.
                ledger.reserve(userId, validated.reservation(), validated.costLimits(), now);
            });
        } catch (RuntimeException e) {
            waiters.forget(id);
            // Nothing refers to the stored input once the job was not committed (refused, or the database failed).
            images.delete(input);
            throw e;
        }
        return new Submission(id, validated.provider(), validated.quality(),
                Math.round(estimates.expectedSeconds(validated.provider(), validated.quality())), completion);
    }

    /** Everything a request is refused for is found out here, before anything is stored. */
    private Validated validate(GenerateAvatarRequest request) {
        AvatarConfigHolder.Versioned current = configHolder.current();
        AvatarConfig config = current.config();
        String styleKey = request.styleConfig() == null || request.styleConfig().isBlank()
                ? config.serviceConfig().defaultStyle()
                : request.styleConfig();
        StyleTemplate style = config.style(styleKey).orElseThrow(() -> new ApiProblemException(
                ProblemCode.UNKNOWN_STYLE, "Unknown style_config '" + styleKey + "'. Known styles: "
                        + String.join(", ", config.styleTemplates().keySet())));
        String quality = request.quality() == null || request.quality().isBlank()
                ? config.serviceConfig().defaultQuality()
                : Quality.parse(request.quality()).map(Quality::apiName).orElseThrow(() -> new ApiProblemException(
                        ProblemCode.INVALID_QUALITY, "quality must be one of low, medium, high"));
        String metadata = request.metadata() == null ? null : jsonMapper.writeValueAsString(request.metadata());
        if (metadata != null && metadata.length() > MAX_METADATA_CHARS) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    "metadata: must serialize to at most " + MAX_METADATA_CHARS + " characters");
        }
        String provider = config.providerFor(style);
        ProviderConfig providerConfig = config.providerConfig().get(provider);
        BigDecimal estimate = providerConfig == null ? BigDecimal.ZERO : providerConfig.estimatedCost(quality);
        CostLimits limits = config.serviceConfig().costLimits();
        BigDecimal reservation = config.reservation(provider, quality);
        String model = style.model() != null ? style.model() : providerConfig == null ? null : providerConfig.model();
        return new Validated(current.version(), styleKey, quality, provider, model, estimate, reservation, limits,
                metadata);
    }

    private record Validated(long configVersion, String style, String quality, String provider, @Nullable String model,
            BigDecimal estimatedCost, BigDecimal reservation, @Nullable CostLimits costLimits,
            @Nullable String metadataJson) {
    }

    void forgetWaiter(JobId id) {
        waiters.forget(id);
    }

}
