package io.avatarforge.platform.loop;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * A loop on a virtual thread of its own that works off a queue in rounds: a round that says there is more to do is
 * followed by the next at once, one that found the queue drained by a wait ({@link Idle}: a poll interval, cut short by
 * a wake-up). A round that fails (the database or the broker is down) is logged and retried after a backoff that
 * doubles up to {@link #MAX_BACKOFF}, so an outage costs a log line per backoff, not a busy loop.
 */
public final class WorkLoop {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** One round of work; true when there is more to do at once. */
    @FunctionalInterface
    public interface Round {
        boolean run() throws InterruptedException;
    }

    /** Waits for more work: until woken, or a poll interval at most. */
    @FunctionalInterface
    public interface Idle {
        void await() throws InterruptedException;
    }

    private final String name;
    private final Round round;
    private final Idle idle;
    private final Logger log;
    private final String failure;
    private final AtomicBoolean running = new AtomicBoolean();
    private @Nullable Thread thread;

    /** {@code failure} says what could not be done, as the start of the warning a failed round logs. */
    public WorkLoop(String name, Round round, Idle idle, Logger log, String failure) {
        this.name = name;
        this.round = round;
        this.idle = idle;
        this.log = log;
        this.failure = failure;
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            thread = Thread.ofVirtual().name(name).start(this::run);
        }
    }

    /** Stops after the round under way (interrupting a wait) and waits for that, up to {@code patience}. */
    public void stop(Duration patience) {
        running.set(false);
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(patience);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running.get()) {
            try {
                boolean more = round.run();
                backoff = FIRST_BACKOFF;
                if (!more) {
                    idle.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                log.warn("{}; retrying in {} ms: {}", failure, backoff.toMillis(), e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
