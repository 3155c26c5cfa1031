package io.avatarforge.standalone;

import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that records how often each job reached it, so tests can prove a job ran exactly once. */
class CountingProvider implements ImageProvider {

    private final Map<JobId, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "counting";
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        calls.computeIfAbsent(call.jobId(), id -> new AtomicInteger()).incrementAndGet();
        return new GenerationResult(TestImages.encode(TestImages.face(64, 64), "png"), "image/png", "count-1",
                new BigDecimal("0.010000"), Map.of("calls", calls.get(call.jobId()).get()));
    }

    /** Calls of every job so far. */
    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int callsFor(JobId id) {
        AtomicInteger count = calls.get(id);
        return count == null ? 0 : count.get();
    }
}
