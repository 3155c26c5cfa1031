package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.model.job.JobId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Synchronous requests waiting on this replica. They are woken by the completion topic (every gateway replica reads all
 * of it) and, as a backstop for a lost or late event, by a periodic look at the database: never by another replica.
 * A waiting request holds a future, not a thread.
 */
@Component
class CompletionWaiters {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionWaiters.class);

    private final ConcurrentHashMap<JobId, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final GatewayJobRepository jobs;

    CompletionWaiters(GatewayJobRepository jobs) {
        this.jobs = jobs;
    }

    /** Must be called before the job is committed, so that its completion cannot slip past unobserved. */
    CompletableFuture<Void> register(JobId id) {
        return waiting.computeIfAbsent(id, ignored -> new CompletableFuture<>());
    }

    void forget(JobId id) {
        waiting.remove(id);
    }

    void completed(JobId id) {
        CompletableFuture<Void> future = waiting.remove(id);
        if (future != null) {
            future.complete(null);
        }
    }

    int size() {
        return waiting.size();
    }

    @Scheduled(fixedDelay = 1000)
    void checkDatabase() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            List<JobId> ids = List.copyOf(waiting.keySet());
            for (int from = 0; from < ids.size(); from += 500) {
                jobs.terminalAmong(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(this::completed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check waiting jobs in the database: {}", e.toString());
        }
    }
}
