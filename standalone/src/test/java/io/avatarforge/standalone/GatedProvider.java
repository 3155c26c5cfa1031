package io.avatarforge.standalone;

import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A provider whose calls wait until the test opens its gate and then take {@code runTime}: a test decides when jobs
 * may finish, and a running job stays running long enough to be seen.
 */
class GatedProvider implements ImageProvider {

    /** The provider as a bean of a test's context (its calls take 2 s once the gate is open); inject it to open it. */
    @TestConfiguration
    static class Registration {
        @Bean
        GatedProvider gatedProvider() {
            return new GatedProvider(Duration.ofSeconds(2));
        }
    }

    private final CountDownLatch gate = new CountDownLatch(1);
    private final Duration runTime;

    GatedProvider(Duration runTime) {
        this.runTime = runTime;
    }

    @Override
    public String type() {
        return "gated";
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        try {
            if (!gate.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The test never opened the gate");
            }
            Thread.sleep(runTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new GenerationResult(TestImages.encode(TestImages.face(64, 64), "png"), "image/png", "gated-1",
                BigDecimal.ZERO, Map.of());
    }

    void open() {
        gate.countDown();
    }
}
