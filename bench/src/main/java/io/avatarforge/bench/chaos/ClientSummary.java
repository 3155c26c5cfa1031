package io.avatarforge.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario's clients saw: answers by status and code, latencies, and, for a database fault, how the requests
 * sent while it lasted were answered (a 202, or a 503 problem+json with Retry-After, within 5 s).
 */
record ClientSummary(int requests, Map<String, Long> answers, long p50Ms, long p99Ms, long maxMs,
        @Nullable Window duringFault) {

    /** The requests sent during a fault. */
    record Window(int requests, long accepted, long refusedAsProblem503WithRetryAfter, long otherAnswers,
            long over5s, long maxMs) {

        /** Every request got a 202 or a clean 503 refusal, and within 5 s. */
        boolean clean() {
            return otherAnswers == 0 && over5s == 0;
        }

        @Override
        public String toString() {
            return requests + " sent during the fault: " + accepted + " accepted, "
                    + refusedAsProblem503WithRetryAfter + " refused 503 problem+json with Retry-After, " + otherAnswers
                    + " other, " + over5s + " unanswered or slower than 5 s (slowest answer " + maxMs + " ms)";
        }
    }

    static ClientSummary of(List<ClientLoad.Observation> observations, @Nullable Instant faultFrom,
            @Nullable Instant faultTo) {
        Map<String, Long> answers = observations.stream().collect(Collectors.groupingBy(ClientSummary::describe,
                TreeMap::new, Collectors.counting()));
        long[] latencies = observations.stream().filter(o -> o.status() != 0)
                .mapToLong(ClientLoad.Observation::latencyMs).sorted().toArray();
        Window window = null;
        if (faultFrom != null && faultTo != null) {
            List<ClientLoad.Observation> during = observations.stream()
                    .filter(o -> !o.sentAt().isBefore(faultFrom) && o.sentAt().isBefore(faultTo)).toList();
            long accepted = during.stream().filter(o -> o.status() == 202).count();
            long refused = during.stream().filter(ClientSummary::cleanRefusal).count();
            window = new Window(during.size(), accepted, refused, during.size() - accepted - refused,
                    during.stream().filter(o -> o.status() == 0 || o.latencyMs() > 5000).count(),
                    during.stream().filter(o -> o.status() != 0).mapToLong(ClientLoad.Observation::latencyMs).max()
                            .orElse(0));
        }
        return new ClientSummary(observations.size(), answers, percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1], window);
    }

    static boolean cleanRefusal(ClientLoad.Observation o) {
        return o.status() == 503 && o.problemJson() && "service_unavailable".equals(o.code())
                && o.retryAfter() != null;
    }

    /** {@code 202}, {@code 503 service_unavailable}, {@code no answer (ConnectException)}. */
    static String describe(ClientLoad.Observation o) {
        if (o.status() == 0) {
            return "no answer (" + o.error() + ")";
        }
        return o.code().isEmpty() ? Integer.toString(o.status()) : o.status() + " " + o.code();
    }

    /** One line for the report's table. */
    String brief() {
        return answers.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Every request of a scenario, one line each, for a closer look than the summary gives. */
    static void writeCsv(Path file, List<ClientLoad.Observation> observations) throws IOException {
        StringBuilder csv = new StringBuilder(
                "tag,sent_at,latency_ms,status,code,problem_json,retry_after,job_id,error\n");
        observations.stream().sorted(java.util.Comparator.comparing(ClientLoad.Observation::sentAt)).forEach(o ->
                csv.append(o.tag()).append(',').append(o.sentAt()).append(',').append(o.latencyMs()).append(',')
                        .append(o.status()).append(',').append(o.code()).append(',').append(o.problemJson())
                        .append(',').append(Objects.toString(o.retryAfter(), "")).append(',')
                        .append(Objects.toString(o.jobId(), "")).append(',').append(Objects.toString(o.error(), ""))
                        .append('\n'));
        Files.writeString(file, csv);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
