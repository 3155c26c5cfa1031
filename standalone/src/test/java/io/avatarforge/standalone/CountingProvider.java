package io.avatarforge.standalone;

import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderErrors;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that records how often each job reached it, so tests can prove a job ran exactly once. */
class CountingProvider implements ImageProvider {

    private final Map<JobId, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger outage = new AtomicInteger();

    @Override
    public String type() {
        return "counting";
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        if (outage.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw ProviderErrors.unavailable(type(), "HTTP 503: simulated outage", null);
        }
        calls.computeIfAbsent(call.jobId(), id -> new AtomicInteger()).incrementAndGet();
        return new GenerationResult(TestImages.encode(TestImages.face(64, 64), "png"), "image/png", "count-1",
                new BigDecimal("0.010000"), Map.of("calls", calls.get(call.jobId()).get()));
    }

    /** The next {@code calls} calls fail as a provider that is down does (503, retryable), and are not counted. */
    void downForTheNext(int calls) {
        outage.set(calls);
    }

    /** Successful calls of every job so far. */
    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int callsFor(JobId id) {
        AtomicInteger count = calls.get(id);
        return count == null ? 0 : count.get();
    }
}
