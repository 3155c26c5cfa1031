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
    /**
     * True while the loop waits (idle or backing off). Only a wait is interrupted by {@link #stop}: interrupting a
     * round would interrupt its socket I/O on the virtual thread, so a commit under way fails with "Closed by
     * interrupt" and the transaction manager logs it at ERROR on every ordinary shutdown that meets a busy round.
     * The loop sets this before it re-reads {@code running}, and {@code stop} clears {@code running} before it reads
     * this (both volatile), so a stopping loop either sees the stop or is interrupted in its wait.
     */
    private volatile boolean waiting;
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

    /**
     * Stops after the round under way (interrupting a wait, never a round) and waits for that, up to {@code patience};
     * a round still running then is interrupted as a last resort.
     */
    public void stop(Duration patience) {
        running.set(false);
        Thread current = thread;
        if (current != null) {
            if (waiting) {
                current.interrupt();
            }
            try {
                if (!current.join(patience)) {
                    current.interrupt();
                    current.join(Duration.ofSeconds(1));
                }
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
                if (!more && !pause(idle)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                log.warn("{}; retrying in {} ms: {}", failure, backoff.toMillis(), e.toString());
                Duration sleep = backoff;
                try {
                    if (!pause(() -> Thread.sleep(sleep))) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Waits unless stopping; false when the loop is to end. The only place {@link #stop} may interrupt. */
    private boolean pause(Idle wait) throws InterruptedException {
        waiting = true;
        try {
            if (!running.get()) {
                return false;
            }
            wait.await();
            return true;
        } finally {
            waiting = false;
        }
    }
}
