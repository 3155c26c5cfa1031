package io.avatarforge.worker.provider.simulated;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderException;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code simulated} provider, for load tests and demos: it waits for a latency drawn from the entry's
 * {@code simulation} settings, fails at the configured rate with the configured code, and otherwise returns an image.
 * No network, no key.
 *
 * <p>Thousands of these calls run at once in the benchmarks, so the work per call is only the sleep
 * ({@link Thread#sleep}, which frees a virtual thread's carrier): the image is one 1024×1024 PNG card encoded once
 * per provider instance and returned unchanged for every job. The card does not depend on the job or its input image;
 * that is the point, not an oversight.
 */
@Component
class SimulatedProvider implements ImageProvider {

    static final String MODEL = "simulated-1";
    static final int SIZE = 1024;
    /** What gpt-image-1 bills for a 1024×1024 output per quality tier, so usage figures look like the real thing. */
    private static final Map<String, Integer> OUTPUT_TOKENS = Map.of("low", 272, "medium", 1056, "high", 4160);
    private static final int INPUT_IMAGE_TOKENS = 323;

    private final Supplier<RandomGenerator> random;
    private final byte[] card;

    @Autowired
    SimulatedProvider() {
        this(ThreadLocalRandom::current);
    }

    /** For tests: a seeded generator makes latencies and failures reproducible. */
    SimulatedProvider(Supplier<RandomGenerator> random) {
        this.random = random;
        this.card = renderCard();
    }

    @Override
    public String type() {
        return "simulated";
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        ProviderConfig config = call.providerConfig();
        SimulationSettings settings;
        try {
            settings = SimulationSettings.of(config.simulation());
        } catch (IllegalArgumentException e) {
            throw new ProviderException(JobErrorCode.PROVIDER_NOT_CONFIGURED, e.getMessage(), false, e);
        }
        RandomGenerator generator = random.get();
        long latencyMs = settings.drawLatencyMs(generator);
        boolean fails = settings.drawFailure(generator);
        // A real call that outlives its timeout is abandoned at the timeout; the simulation behaves the same.
        Integer timeoutSeconds = config.timeoutSeconds();
        boolean timesOut = timeoutSeconds != null && timeoutSeconds > 0 && latencyMs > timeoutSeconds * 1000L;
        sleep(timesOut ? timeoutSeconds * 1000L : latencyMs);
        if (timesOut) {
            throw new ProviderException(JobErrorCode.PROVIDER_TIMEOUT,
                    "Simulated provider did not answer within " + timeoutSeconds + " s", true);
        }
        if (fails) {
            throw ProviderException.withConfiguredCode(settings.failureCode(), "Simulated provider failure", true);
        }
        String model = config.model() == null || config.model().isBlank() ? MODEL : config.model();
        // A copy, so no caller can alter the card every other job returns.
        return new GenerationResult(card.clone(), "image/png", model, config.estimatedCost(call.quality()),
                usage(call, latencyMs));
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(JobErrorCode.PROVIDER_UNAVAILABLE,
                    "Interrupted while waiting for the simulated provider",
                    true, e);
        }
    }

    private static Map<String, Object> usage(GenerationCall call, long latencyMs) {
        // Roughly four characters per text token, as for English prompts.
        int textTokens = Math.max(1, call.prompt().length() / 4);
        int inputTokens = textTokens + INPUT_IMAGE_TOKENS;
        int outputTokens = OUTPUT_TOKENS.getOrDefault(call.quality(), OUTPUT_TOKENS.get("medium"));
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("input_tokens", inputTokens);
        usage.put("input_text_tokens", textTokens);
        usage.put("input_image_tokens", INPUT_IMAGE_TOKENS);
        usage.put("output_tokens", outputTokens);
        usage.put("total_tokens", inputTokens + outputTokens);
        usage.put("simulated_latency_ms", latencyMs);
        return usage;
    }

    /** A plain placeholder card: a dark gradient with a light head-and-shoulders silhouette. */
    private static byte[] renderCard() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(44, 62, 96), 0, SIZE, new Color(18, 24, 40)));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(150, 170, 200));
        g.fillOval(SIZE * 3 / 8, SIZE / 5, SIZE / 4, SIZE * 3 / 10);
        g.fillOval(SIZE / 5, SIZE * 11 / 20, SIZE * 3 / 5, SIZE * 3 / 5);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 15);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
