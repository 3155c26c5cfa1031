package io.avatarforge.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Drives HTTP load on virtual threads, bounded in both request count and time: a closed loop (N connections, each
 * sending its next request when the previous answered: measures throughput) and an open loop (requests started at a
 * fixed rate whatever the answers: measures behaviour at a stated rate).
 */
public final class LoadDriver {

    /** Sends request number {@code sequence} on a connection. */
    @FunctionalInterface
    public interface Call {
        HttpConnection.Response send(HttpConnection connection, long sequence) throws IOException;
    }

    /** What a run measured; latencies of successful requests only. */
    public record Result(long succeeded, long failed, double seconds, double perSecond, double p50Ms, double p99Ms,
            double maxMs, Map<Integer, Long> statuses) {
    }

    private final String host;
    private final int port;
    private final int expectedStatus;

    public LoadDriver(String host, int port, int expectedStatus) {
        this.host = host;
        this.port = port;
        this.expectedStatus = expectedStatus;
    }

    /** {@code concurrency} connections send requests back to back for {@code duration} or {@code maxRequests}. */
    public Result closedLoop(int concurrency, Duration duration, long maxRequests, Call call,
            Consumer<HttpConnection.Response> sink) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                threads.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    try (HttpConnection connection = new HttpConnection(host, port)) {
                        while (System.nanoTime() < deadline) {
                            long seq = sequence.getAndIncrement();
                            if (seq >= maxRequests) {
                                break;
                            }
                            long sent = System.nanoTime();
                            try {
                                HttpConnection.Response response = call.send(connection, seq);
                                long took = System.nanoTime() - sent;
                                recorder.status(response.status());
                                if (response.status() == expectedStatus) {
                                    if (count == latencies.length) {
                                        latencies = Arrays.copyOf(latencies, count * 2);
                                    }
                                    latencies[count++] = took;
                                    sink.accept(response);
                                } else {
                                    recorder.failed.incrementAndGet();
                                }
                            } catch (IOException | RuntimeException e) {
                                recorder.status(-1);
                                recorder.failed.incrementAndGet();
                            }
                        }
                    }
                    recorder.add(latencies, count);
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
        return recorder.result((System.nanoTime() - start) / 1e9);
    }

    /**
     * Starts requests at {@code ratePerSecond} for {@code duration} (at most {@code ratePerSecond × duration} of
     * them), each on a pooled connection; when {@code maxInFlight} are outstanding a tick is skipped and counted failed.
     */
    public Result openLoop(double ratePerSecond, Duration duration, int maxInFlight, Call call,
            Consumer<HttpConnection.Response> sink) throws InterruptedException {
        long total = (long) Math.floor(ratePerSecond * duration.toNanos() / 1e9);
        long intervalNanos = (long) (1e9 / ratePerSecond);
        ConcurrentLinkedQueue<HttpConnection> pool = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        Recorder recorder = new Recorder();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (inFlight.incrementAndGet() > maxInFlight) {
                    inFlight.decrementAndGet();
                    recorder.status(-2);
                    recorder.failed.incrementAndGet();
                    continue;
                }
                long seq = i;
                threads.submit(() -> {
                    HttpConnection connection = pool.poll();
                    if (connection == null) {
                        connection = new HttpConnection(host, port);
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpConnection.Response response = call.send(connection, seq);
                        long took = System.nanoTime() - sent;
                        recorder.status(response.status());
                        if (response.status() == expectedStatus) {
                            latencies.add(took);
                            sink.accept(response);
                        } else {
                            recorder.failed.incrementAndGet();
                        }
                        pool.add(connection);
                    } catch (IOException | RuntimeException e) {
                        recorder.status(-1);
                        recorder.failed.incrementAndGet();
                        connection.close();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.forEach(HttpConnection::close);
        long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
        recorder.add(all, all.length);
        return recorder.result(seconds);
    }

    /** Latencies and status counts from many threads. */
    private static final class Recorder {
        private final List<long[]> parts = new ArrayList<>();
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong failed = new AtomicLong();

        void status(int status) {
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        synchronized void add(long[] latencies, int count) {
            parts.add(Arrays.copyOf(latencies, count));
        }

        synchronized Result result(double seconds) {
            long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(status, count.get()));
            return new Result(all.length, failed.get(), seconds, all.length / seconds, Stats.percentile(all, 0.50) / 1e6,
                    Stats.percentile(all, 0.99) / 1e6, all.length == 0 ? 0 : all[all.length - 1] / 1e6, byStatus);
        }
    }
}
