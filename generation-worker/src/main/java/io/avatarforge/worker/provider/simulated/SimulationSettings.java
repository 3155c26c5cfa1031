package io.avatarforge.worker.provider.simulated;

import io.avatarforge.model.config.ProviderConfig.Simulation;
import io.avatarforge.model.job.JobErrorCode;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Simulation} with every default filled in and made consistent (min ≤ median ≤ max, failure rate in
 * [0, 1]), plus the latency draw. Defaults: lognormal, median 2 s, max 20 s, min 0, no failures.
 */
record SimulationSettings(Distribution distribution, long minMs, long medianMs, long maxMs, double failureRate,
        String failureCode) {

    enum Distribution {
        /** Always the median (or min when only min is given). */
        FIXED,
        /** Uniform between min and max. */
        UNIFORM,
        /** Lognormal around the median, with max at the 99.9th percentile, clamped to [min, max]. */
        LOGNORMAL
    }

    static final long DEFAULT_MEDIAN_MS = 2_000;
    static final long DEFAULT_MAX_MS = 20_000;
    static final String DEFAULT_FAILURE_CODE = JobErrorCode.PROVIDER_UNAVAILABLE.apiCode();
    /** The standard normal quantile of 0.999: max sits three sigmas (and a bit) above the median in log space. */
    private static final double Z_999 = 3.09;

    static SimulationSettings of(@Nullable Simulation simulation) {
        if (simulation == null) {
            return new SimulationSettings(Distribution.LOGNORMAL, 0, DEFAULT_MEDIAN_MS, DEFAULT_MAX_MS, 0,
                    DEFAULT_FAILURE_CODE);
        }
        Distribution distribution = simulation.distribution() == null || simulation.distribution().isBlank()
                ? Distribution.LOGNORMAL
                : parse(simulation.distribution());
        long min = Math.max(0, orElse(simulation.latencyMsMin(), 0));
        long median;
        if (simulation.latencyMsMedian() != null) {
            median = simulation.latencyMsMedian();
        } else if (distribution == Distribution.FIXED && simulation.latencyMsMin() != null) {
            median = min;
        } else {
            median = Math.max(min, DEFAULT_MEDIAN_MS);
        }
        long max = Math.max(min, orElse(simulation.latencyMsMax(), Math.max(DEFAULT_MAX_MS, median)));
        median = Math.clamp(median, min, max);
        double rate = simulation.failureRate() == null || simulation.failureRate().isNaN() ? 0
                : Math.clamp(simulation.failureRate(), 0.0, 1.0);
        String code = simulation.failureCode() == null || simulation.failureCode().isBlank() ? DEFAULT_FAILURE_CODE
                : simulation.failureCode();
        return new SimulationSettings(distribution, min, median, max, rate, code);
    }

    private static Distribution parse(String name) {
        try {
            return Distribution.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown simulation distribution '" + name
                    + "' (expected fixed, uniform or lognormal)", e);
        }
    }

    private static long orElse(@Nullable Long value, long fallback) {
        return value == null ? fallback : value;
    }

    long drawLatencyMs(RandomGenerator random) {
        return switch (distribution) {
            case FIXED -> medianMs;
            case UNIFORM -> minMs == maxMs ? minMs : random.nextLong(minMs, maxMs + 1);
            case LOGNORMAL -> {
                if (medianMs <= 0 || maxMs <= medianMs) {
                    yield medianMs;
                }
                double sigma = Math.log((double) maxMs / medianMs) / Z_999;
                double draw = medianMs * Math.exp(sigma * random.nextGaussian());
                yield Math.clamp(Math.round(draw), minMs, maxMs);
            }
        };
    }

    boolean drawFailure(RandomGenerator random) {
        return failureRate > 0 && random.nextDouble() < failureRate;
    }
}
