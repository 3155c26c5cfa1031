package io.avatarforge.worker.provider;

import io.avatarforge.model.config.ProviderConfig.Pricing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Dollars from token counts: image models bill text input, image input and image output at separate rates. */
public final class TokenCost {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private TokenCost() {
    }

    /**
     * The configured prices, field by field, over the built-in ones for the model; a price known to neither counts
     * as zero (the job still records its tokens, so the cost can be recomputed).
     */
    public static Pricing effective(@Nullable Pricing configured, Map<String, Pricing> defaults, String model) {
        Pricing builtIn = defaults.get(model);
        if (builtIn == null) {
            builtIn = defaults.entrySet().stream()
                    .filter(e -> model.startsWith(e.getKey() + "-"))
                    .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                    .map(Map.Entry::getValue)
                    .orElse(new Pricing(null, null, null));
        }
        if (configured == null) {
            return builtIn;
        }
        return new Pricing(
                configured.textInput() != null ? configured.textInput() : builtIn.textInput(),
                configured.imageInput() != null ? configured.imageInput() : builtIn.imageInput(),
                configured.imageOutput() != null ? configured.imageOutput() : builtIn.imageOutput());
    }

    /** Dollars, to the micro-dollar the job row stores. */
    public static BigDecimal dollars(Pricing pricing, long textInputTokens, long imageInputTokens, long outputTokens) {
        BigDecimal total = price(pricing.textInput(), textInputTokens)
                .add(price(pricing.imageInput(), imageInputTokens))
                .add(price(pricing.imageOutput(), outputTokens));
        return total.divide(MILLION, 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal price(@Nullable BigDecimal perMillion, long tokens) {
        return perMillion == null ? BigDecimal.ZERO : perMillion.multiply(BigDecimal.valueOf(tokens));
    }
}
