package io.avatarforge.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WorkLoopTest {

    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger idles = new AtomicInteger();

    @Test
    void aRoundWithMoreToDoIsFollowedAtOnceAndADrainedOneWaitsForAWakeUp() {
        WorkLoop loop = loop(() -> rounds.incrementAndGet() < 3);
        try {
            loop.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> idles.get() == 1);
            assertThat(rounds.get()).isEqualTo(3);
            wakeUps.offer(Boolean.TRUE);
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 4);
        } finally {
            loop.stop(Duration.ofSeconds(5));
        }
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aFailingRoundIsRetriedAfterABackoffAndTheLoopGoesOn() {
        WorkLoop loop = loop(() -> {
            if (rounds.incrementAndGet() <= 2) {
                throw new IllegalStateException("the database is down");
            }
            return false;
        });
        long started = System.nanoTime();
        try {
            loop.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> idles.get() == 1);
        } finally {
            loop.stop(Duration.ofSeconds(5));
        }
        assertThat(rounds.get()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(WorkLoop.FIRST_BACKOFF.multipliedBy(3));
    }

    @Test
    void stoppingLetsTheRoundUnderWayFinishUninterrupted() throws InterruptedException {
        CountDownLatch roundStarted = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        WorkLoop loop = loop(() -> {
            roundStarted.countDown();
            // Stands in for a commit's socket I/O, which an interrupt would break ("Closed by interrupt").
            long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
            while (System.nanoTime() < until) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.set(true);
                }
                Thread.onSpinWait();
            }
            finished.set(true);
            return false;
        });
        loop.start();
        assertThat(roundStarted.await(5, TimeUnit.SECONDS)).isTrue();

        loop.stop(Duration.ofSeconds(5));

        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
        assertThat(idles.get()).as("a stopped loop does not wait again").isZero();
    }

    @Test
    void stoppingInterruptsAWaitAtOnce() {
        WorkLoop loop = loop(() -> false);
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> idles.get() == 1);
        long started = System.nanoTime();

        loop.stop(Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(loop.isRunning()).isFalse();
    }

    private WorkLoop loop(WorkLoop.Round round) {
        return new WorkLoop("test-loop", round, () -> {
            idles.incrementAndGet();
            wakeUps.poll(1, TimeUnit.HOURS);
        }, LoggerFactory.getLogger(WorkLoopTest.class), "Test loop failed");
    }
}
