package io.avatarforge.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code report.json} (exactly the figures issue 6 names), {@code details.json} (everything else the run
 * measured) and {@code report.md} (targets against figures, and two Mermaid charts).
 */
public final class ReportWriter {

    public static final List<String> KEYS = List.of("intake_accepted_per_s", "intake_p50_ms", "intake_p99_ms",
            "baseline_accepted_per_s", "status_per_s", "status_p99_ms", "baseline_status_per_s", "pickup_p99_ms",
            "overhead_p99_ms", "inflight_jobs", "worker_heap_mb", "scale_out_ratio", "image_prep_ms",
            "image_prep_naive_ms", "jobrunr_enqueue_per_s", "jobrunr_pickup_p99_ms",
            "sse_p50_ms", "sse_p99_ms", "webhook_p50_ms", "webhook_p99_ms", "cache_hit_p50_ms", "cache_hit_p99_ms",
            "machine");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A target: what is compared, the measured value, the bound, and whether higher is better. */
    record Target(String what, String measuredText, double measured, double bound, boolean atLeast, String boundText) {

        boolean met() {
            return atLeast ? measured >= bound : measured < bound;
        }

        /** Measured against target as a share (1.0 = exactly on target, above 1 = better than the target). */
        double score() {
            if (atLeast) {
                return bound == 0 ? 0 : measured / bound;
            }
            return measured <= 0 ? 99 : bound / measured;
        }
    }

    private final Path out;

    public ReportWriter(Path out) {
        this.out = out;
    }

    public void write(Map<String, Object> report, Map<String, Object> details, String profile) throws IOException {
        Files.writeString(out.resolve("report.json"), JSON.writeValueAsString(report) + "\n");
        Files.writeString(out.resolve("details.json"), JSON.writeValueAsString(details) + "\n");
        Object pickup = details.get("pickup");
        Object rate = pickup instanceof Map<?, ?> m ? m.get("offered_rate_per_s") : null;
        Files.writeString(out.resolve("report.md"), markdown(report, profile,
                rate instanceof Number n ? fmt(n.doubleValue()) : "?", details.get("pickup_by_rate")));
    }

    static List<Target> targets(Map<String, Object> r, String pickupRate) {
        double intake = num(r, "intake_accepted_per_s");
        double bare = num(r, "baseline_accepted_per_s");
        double jobrunr = num(r, "jobrunr_enqueue_per_s");
        double status = num(r, "status_per_s");
        double bareStatus = num(r, "baseline_status_per_s");
        double prep = num(r, "image_prep_ms");
        double naive = num(r, "image_prep_naive_ms");
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("Intake vs the bare endpoint (accepted/s)", fmt(intake) + " / " + fmt(bare) + " = "
                + ratio(intake, bare) + "×", div(intake, bare), 0.5, true, "≥ 0.5×"));
        targets.add(new Target("Intake vs JobRunr enqueue (per s)", fmt(intake) + " / " + fmt(jobrunr) + " = "
                + ratio(intake, jobrunr) + "×", div(intake, jobrunr), 2, true, "≥ 2×"));
        targets.add(new Target("Status vs the bare endpoint (per s)", fmt(status) + " / " + fmt(bareStatus) + " = "
                + ratio(status, bareStatus) + "×", div(status, bareStatus), 0.7, true, "≥ 0.7×"));
        targets.add(new Target("Status p99", fmt(num(r, "status_p99_ms")) + " ms", num(r, "status_p99_ms"), 10,
                false, "< 10 ms"));
        targets.add(new Target("Pickup p99 (target at 200 jobs/s; offered here: " + pickupRate + " jobs/s)",
                fmt(num(r, "pickup_p99_ms")) + " ms",
                num(r, "pickup_p99_ms"), 50, false, "< 50 ms"));
        targets.add(new Target("Overhead p99 (completion − provider time)", fmt(num(r, "overhead_p99_ms")) + " ms",
                num(r, "overhead_p99_ms"), 100, false, "< 100 ms"));
        targets.add(new Target("In-flight provider calls, one worker", fmt(num(r, "inflight_jobs")),
                num(r, "inflight_jobs"), 2000, true, "≥ 2 000"));
        targets.add(new Target("Worker heap holding them (after GC)", fmt(num(r, "worker_heap_mb")) + " MB",
                num(r, "worker_heap_mb"), 512, false, "≤ 512 MB"));
        targets.add(new Target("Scale-out, 3 workers over 1", fmt(num(r, "scale_out_ratio")) + "×",
                num(r, "scale_out_ratio"), 2.7, true, "≥ 2.7×"));
        targets.add(new Target("Image preparation vs naive (12 MP JPEG)", fmt(naive) + " / " + fmt(prep) + " ms = "
                + ratio(naive, prep) + "× faster", div(naive, prep), 4, true, "≥ 4×"));
        return targets;
    }

    private static String markdown(Map<String, Object> r, String profile, String pickupRate,
            @Nullable Object pickupByRate) {
        List<Target> targets = targets(r, pickupRate);
        StringBuilder md = new StringBuilder();
        md.append("# Avatar Forge benchmark report (").append(profile).append(" run)\n\n");
        md.append("Machine: ").append(r.get("machine")).append("\n\n");
        md.append("| Target | Required | Measured | Met |\n|---|---|---|---|\n");
        for (Target t : targets) {
            md.append("| ").append(t.what()).append(" | ").append(t.boundText()).append(" | ")
                    .append(t.measuredText()).append(" | ").append(t.met() ? "yes" : "**no**").append(" |\n");
        }
        Target worst = targets.stream().min((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
        md.append("\nWorst ratio against its target: **").append(worst.what()).append("** (")
                .append(worst.measuredText()).append(", required ").append(worst.boundText()).append(").\n\n");
        md.append("## Raw figures (report.json)\n\n| Key | Value |\n|---|---|\n");
        r.forEach((key, value) -> md.append("| `").append(key).append("` | ").append(value).append(" |\n"));
        if (pickupByRate instanceof List<?> runs && !runs.isEmpty()) {
            md.append("""

                    ## Pickup and overhead by offered rate (same worker, 100 ms simulated provider)

                    | Offered jobs/s | Accepted jobs/s | Pickup p50 / p99 (ms) | Overhead p50 / p99 (ms) |
                    |---|---|---|---|
                    """);
            for (Object run : runs) {
                if (run instanceof Map<?, ?> m) {
                    md.append("| ").append(m.get("offered_rate_per_s")).append(" | ").append(m.get("accepted_rate_per_s"))
                            .append(" | ").append(m.get("pickup_p50_ms")).append(" / ").append(m.get("pickup_p99_ms"))
                            .append(" | ").append(m.get("overhead_p50_ms")).append(" / ")
                            .append(m.get("overhead_p99_ms")).append(" |\n");
                }
            }
        }
        md.append("""

                ## Throughput, same run, same machine

                ```mermaid
                xychart-beta
                  title "Requests per second (closed loop, 16 connections)"
                  x-axis ["intake", "bare POST", "JobRunr enqueue", "status", "bare GET"]
                  y-axis "requests/s"
                """);
        md.append("  bar [").append(String.join(", ", fmt(num(r, "intake_accepted_per_s")),
                fmt(num(r, "baseline_accepted_per_s")), fmt(num(r, "jobrunr_enqueue_per_s")),
                fmt(num(r, "status_per_s")), fmt(num(r, "baseline_status_per_s")))).append("]\n```\n\n");
        md.append("""
                ## Each figure against its target (100 = exactly on target, higher is better, capped at 300)

                ```mermaid
                xychart-beta
                  title "Percent of target"
                """);
        List<String> labels = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        String[] shortNames = {"intake/bare", "intake/JobRunr", "status/bare", "status p99", "pickup p99",
            "overhead p99", "in-flight", "heap", "scale-out", "image prep"};
        for (int i = 0; i < targets.size(); i++) {
            labels.add("\"" + shortNames[i] + "\"");
            scores.add(fmt(Math.min(300, 100 * targets.get(i).score())));
        }
        md.append("  x-axis [").append(String.join(", ", labels)).append("]\n");
        md.append("  y-axis \"% of target\" 0 --> 300\n");
        md.append("  bar [").append(String.join(", ", scores)).append("]\n");
        md.append("  line [").append(String.join(", ", targets.stream().map(t -> "100").toList())).append("]\n```\n");
        md.append("\nDefinitions, method and per-phase details: `details.json` next to this file and "
                + "`bench/README-section.md`.\n");
        return md.toString();
    }

    private static double num(Map<String, Object> r, String key) {
        Object value = r.get(key);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static double div(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", div(a, b));
    }

    private static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
