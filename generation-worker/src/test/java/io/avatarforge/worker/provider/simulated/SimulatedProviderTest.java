package io.avatarforge.worker.provider.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.ProviderConfig.QualitySetting;
import io.avatarforge.model.config.ProviderConfig.Simulation;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SimulatedProviderTest {

    private static final byte[] INPUT = TestImages.encode(TestImages.face(64, 64), "png");

    private final SimulatedProvider provider = new SimulatedProvider(() -> new SplittableRandom(7));

    @Test
    void itServesTheSimulatedProviderType() {
        assertThat(provider.type()).isEqualTo("simulated");
    }

    @Test
    void aFixedLatencyIsWaitedOut() {
        long start = System.nanoTime();
        provider.generate(aCall(simulation("fixed", null, 120L, null, 0.0, null), "medium"));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(120);
    }

    @Test
    void aFailureRateOfOneAlwaysFailsWithTheConfiguredRetryableCode() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> provider.generate(aCall(simulation("fixed", 0L, 0L, 0L, 1.0, "rate_limited"),
                    "low")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.code()).isEqualTo("rate_limited");
                        assertThat(e.retryable()).isTrue();
                    });
        }
    }

    @Test
    void withoutAFailureCodeFailuresReportTheProviderAsUnavailable() {
        assertThatThrownBy(() -> provider.generate(aCall(simulation("fixed", 0L, 0L, 0L, 1.0, null), "low")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.code()).isEqualTo("provider_unavailable"));
    }

    @Test
    void aFailureRateOfZeroNeverFails() {
        SimulatedProvider unseeded = new SimulatedProvider();
        for (int i = 0; i < 200; i++) {
            assertThat(unseeded.generate(aCall(simulation("fixed", 0L, 0L, 0L, 0.0, null), "low")).image())
                    .isNotEmpty();
        }
    }

    @Test
    void aHalfFailureRateFailsAboutHalfTheTime() {
        SimulationSettings settings = SimulationSettings.of(simulation(null, null, null, null, 0.5, null));
        RandomGenerator random = new SplittableRandom(3);
        long failures = IntStream.range(0, 10_000).filter(i -> settings.drawFailure(random)).count();
        assertThat(failures).isBetween(4_700L, 5_300L);
    }

    @Test
    void lognormalDrawsStayWithinTheBoundsAndCentreOnTheMedian() {
        SimulationSettings settings = SimulationSettings.of(simulation("lognormal", 300L, 1_000L, 5_000L, null, null));
        RandomGenerator random = new SplittableRandom(11);
        long[] draws = new long[20_001];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = settings.drawLatencyMs(random);
        }
        Arrays.sort(draws);
        assertThat(draws[0]).isGreaterThanOrEqualTo(300);
        assertThat(draws[draws.length - 1]).isLessThanOrEqualTo(5_000);
        assertThat(draws[draws.length / 2]).isBetween(950L, 1_050L);
        assertThat(draws[draws.length * 9 / 10]).as("a real tail above the median").isGreaterThan(1_300);
    }

    @Test
    void uniformDrawsCoverTheWholeRange() {
        SimulationSettings settings = SimulationSettings.of(simulation("uniform", 100L, null, 200L, null, null));
        RandomGenerator random = new SplittableRandom(5);
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int i = 0; i < 5_000; i++) {
            long draw = settings.drawLatencyMs(random);
            lowest = Math.min(lowest, draw);
            highest = Math.max(highest, draw);
        }
        assertThat(lowest).isEqualTo(100);
        assertThat(highest).isEqualTo(200);
    }

    @Test
    void missingSettingsGiveALognormalAroundTwoSecondsCappedAtTwentyWithoutFailures() {
        SimulationSettings defaults = SimulationSettings.of(null);
        assertThat(defaults).isEqualTo(new SimulationSettings(SimulationSettings.Distribution.LOGNORMAL, 0, 2_000,
                20_000, 0, "provider_unavailable"));
        assertThat(SimulationSettings.of(simulation(null, null, null, null, null, null))).isEqualTo(defaults);
    }

    @Test
    void inconsistentSettingsAreMadeConsistent() {
        SimulationSettings settings = SimulationSettings.of(simulation("Uniform", 500L, 9_000L, 100L, 7.0, " "));
        assertThat(settings.minMs()).isEqualTo(500);
        assertThat(settings.maxMs()).isEqualTo(500);
        assertThat(settings.medianMs()).isEqualTo(500);
        assertThat(settings.failureRate()).isEqualTo(1.0);
        assertThat(settings.failureCode()).isEqualTo("provider_unavailable");
    }

    @Test
    void anUnknownDistributionIsAConfigurationErrorNotARetry() {
        assertThatThrownBy(() -> provider.generate(aCall(simulation("pareto", 0L, 0L, 0L, 0.0, null), "low")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("provider_not_configured");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void aLatencyBeyondTheTimeoutEndsAtTheTimeoutAsARetryableTimeout() {
        ProviderConfig config = config(simulation("fixed", null, 60_000L, null, 0.0, null), 1, null);
        long start = System.nanoTime();
        assertThatThrownBy(() -> provider.generate(aCall(config, "low")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("provider_timeout");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1_000L, 30_000L);
    }

    @Test
    void aSuccessIsA1024PngWithTheConfiguredCostModelAndPlausibleUsage() throws IOException {
        GenerationResult result = provider.generate(aCall(simulation("fixed", 0L, 0L, 0L, 0.0, null), "high"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.image()));
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(1024);
        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(result.model()).isEqualTo("simulated-1");
        assertThat(result.cost()).isEqualByComparingTo("0.19");
        assertThat(result.usage()).containsEntry("output_tokens", 4160).containsEntry("input_image_tokens", 323);
        assertThat((Integer) result.usage().get("total_tokens"))
                .isEqualTo((Integer) result.usage().get("input_tokens") + 4160);
    }

    @Test
    void aConfiguredModelIsReported() {
        ProviderConfig config = config(simulation("fixed", 0L, 0L, 0L, 0.0, null), null, "sim-xl");
        assertThat(provider.generate(aCall(config, "low")).model()).isEqualTo("sim-xl");
    }

    private static Simulation simulation(@Nullable String distribution, @Nullable Long min, @Nullable Long median,
            @Nullable Long max, @Nullable Double failureRate, @Nullable String failureCode) {
        return new Simulation(distribution, min, median, max, failureRate, failureCode);
    }

    private static ProviderConfig config(Simulation simulation, @Nullable Integer timeoutSeconds,
            @Nullable String model) {
        Map<String, QualitySetting> qualities = Map.of(
                "low", new QualitySetting("low", new BigDecimal("0.02"), null),
                "medium", new QualitySetting("medium", new BigDecimal("0.07"), null),
                "high", new QualitySetting("high", new BigDecimal("0.19"), null));
        return new ProviderConfig("simulated", null, model, null, timeoutSeconds, qualities, null, null, null, null,
                null, null, null, null, simulation);
    }

    private static GenerationCall aCall(Simulation simulation, String quality) {
        return aCall(config(simulation, null, null), quality);
    }

    private static GenerationCall aCall(ProviderConfig config, String quality) {
        StyleTemplate style = new StyleTemplate("Anime portrait", null, null, null, null, null, null, null, null);
        return new GenerationCall(JobId.random(), "Anime portrait, a person smiling at the camera", INPUT, "image/png",
                quality, "anime", style, "sim", config);
    }
}
