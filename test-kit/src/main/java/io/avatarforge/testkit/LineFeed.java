package io.avatarforge.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a stream that keeps coming (a server-sent-events response, a client process's output), read on a
 * virtual thread as they arrive, so that a test waits for the next one with a timeout and never blocks for good.
 */
public final class LineFeed {

    /** Put in the queue when the stream ended; never handed out. */
    private static final String END = "\u0000end";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private LineFeed() {
    }

    /** Starts reading {@code in} (UTF-8) until it ends or fails, as when the test closes it. */
    public static LineFeed of(InputStream in) {
        LineFeed feed = new LineFeed();
        Thread.ofVirtual().name("line-feed").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    feed.lines.add(line);
                }
            } catch (IOException e) {
                // Closed by the test, or reset: the stream is over either way.
            }
            feed.lines.add(END);
        });
        return feed;
    }

    /** The next line, or null when none came within {@code timeout} or the stream ended. */
    public @Nullable String next(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            lines.add(END);
            return null;
        }
        return line;
    }

    /** True when the stream ends within {@code timeout}, whatever lines come before. */
    public boolean endsWithin(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (END.equals(line)) {
                lines.add(END);
                return true;
            }
        }
        return false;
    }
}
