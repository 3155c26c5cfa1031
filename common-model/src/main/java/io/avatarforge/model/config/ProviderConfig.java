package io.avatarforge.model.config;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code provider_config}. {@code type} says which implementation serves it ({@code local},
 * {@code openai}, {@code gemini}, {@code simulated}); when absent it is inferred from the key, so the specification's
 * {@code gpt_image_1} entry works unchanged.
 */
public record ProviderConfig(
        @Nullable String type,
        @Nullable String apiKey,
        @Nullable String model,
        @Nullable Integer maxRetries,
        @Nullable Integer timeoutSeconds,
        @Nullable Map<String, QualitySetting> qualitySettings,
        @Nullable Map<String, Object> safetySettings,
        /* For Azure OpenAI, gateways and local stand-ins; the SDK's default when absent. */
        @Nullable String baseUrl,
        @Nullable String size,
        @Nullable String organization,
        /* OpenAI: "high" keeps faces closest to the input; sent only to models that accept it. */
        @Nullable String inputFidelity,
        @Nullable String outputFormat,
        @Nullable Pricing pricingPerMillionTokens,
        /* Cluster-wide cap on calls to this provider, shared by every worker; absent means unlimited. */
        @Nullable Integer imagesPerMinute,
        /* Only for type "simulated": latency and failure behaviour for load tests and demos. */
        @Nullable Simulation simulation) {

    /**
     * One quality tier: the provider's own quality value, the pre-call cost estimate in dollars and, optionally, a hard
     * upper bound on one call's cost ({@code max_cost}); when set, the budget ledger reserves that bound.
     */
    public record QualitySetting(@Nullable String quality, @Nullable BigDecimal cost, @Nullable BigDecimal maxCost) {

        public QualitySetting(@Nullable String quality, @Nullable BigDecimal cost) {
            this(quality, cost, null);
        }
    }

    /** Dollars per million tokens, as providers bill image models. */
    public record Pricing(@Nullable BigDecimal textInput, @Nullable BigDecimal imageInput,
            @Nullable BigDecimal imageOutput) {
    }

    /**
     * The simulated provider's behaviour: latency drawn from {@code distribution} ({@code fixed}, {@code uniform}
     * between min and max, or {@code lognormal} around the median and capped at max), and a failure rate in [0, 1].
     */
    public record Simulation(@Nullable String distribution, @Nullable Long latencyMsMin, @Nullable Long latencyMsMedian,
            @Nullable Long latencyMsMax, @Nullable Double failureRate, @Nullable String failureCode) {
    }

    /** The pre-call cost estimate for a quality tier; zero when the operator configured none. */
    public BigDecimal estimatedCost(String quality) {
        if (qualitySettings == null) {
            return BigDecimal.ZERO;
        }
        QualitySetting setting = qualitySettings.get(quality);
        return setting == null || setting.cost() == null ? BigDecimal.ZERO : setting.cost();
    }

    /** What intake reserves against the budget: the tier's {@code max_cost}, else its estimate plus the margin. */
    public BigDecimal reservation(String quality, BigDecimal margin) {
        QualitySetting setting = qualitySettings == null ? null : qualitySettings.get(quality);
        if (setting != null && setting.maxCost() != null) {
            return setting.maxCost();
        }
        return estimatedCost(quality).multiply(BigDecimal.ONE.add(margin)).setScale(6, java.math.RoundingMode.UP);
    }

    /** This entry with another model, for a style that names its own. */
    public ProviderConfig withModel(@Nullable String otherModel) {
        if (otherModel == null || otherModel.isBlank()) {
            return this;
        }
        return new ProviderConfig(type, apiKey, otherModel, maxRetries, timeoutSeconds, qualitySettings,
                safetySettings, baseUrl, size, organization, inputFidelity, outputFormat, pricingPerMillionTokens,
                imagesPerMinute, simulation);
    }

    public String resolvedType(String key) {
        if (type != null && !type.isBlank()) {
            return type;
        }
        if (key.startsWith("gpt_image") || key.startsWith("openai")) {
            return "openai";
        }
        if (key.startsWith("gemini")) {
            return "gemini";
        }
        return key;
    }
}
