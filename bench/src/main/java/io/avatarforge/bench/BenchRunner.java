package io.avatarforge.bench;

import io.avatarforge.bench.images.ImagePrepBench;
import io.avatarforge.bench.images.SyntheticPhotos;
import io.avatarforge.bench.load.HttpConnection;
import io.avatarforge.bench.load.LoadDriver;
import io.avatarforge.bench.load.Stats;
import io.avatarforge.bench.load.StatusStreamReader;
import io.avatarforge.bench.report.ReportWriter;
import io.avatarforge.bench.webhook.WebhookReceiver;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * bench/run's engine: starts a Kafka broker, the gateway (with its bare baseline endpoints and the JobRunr comparison)
 * and workers against a fresh PostgreSQL database, drives each measurement, stops everything, and writes the report.
 * Every phase is bounded in request count and in time.
 */
public final class BenchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
    private static final String HOST = "127.0.0.1";
    private static final String PG = Services.LOCAL_PG;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GENERATE = "/api/v1/avatar/generate";
    private static final String ADMIN_KEY = "bench-only-admin-key-0123456789abcdef0123";
    /** Connections of the cache phase: a latency figure, so a few, not the saturating load of intake. */
    private static final int CACHE_CONNECTIONS = 4;
    /** The phases, in order; {@code --only} runs a subset (for profiling one figure), leaving the others out. */
    private static final List<String> ALL_PHASES = List.of("image", "intake", "status", "jobrunr", "pickup", "sse",
            "webhook", "cache", "inflight", "scale");

    /** How long and how hard each phase runs. */
    record Profile(String name, Duration warmup, Duration measure, int concurrency, double pickupRate,
            Duration pickupDuration, int inflightJobs, int scaleConcurrency, long scaleLatencyMs, int backlogOne,
            int backlogThree, int imageWarmups, int imageIterations) {

        static Profile quick() {
            return new Profile("quick", Duration.ofSeconds(3), Duration.ofSeconds(5), 16, 200, Duration.ofSeconds(6),
                    2000, 50, 1000, 500, 1300, 2, 5);
        }

        static Profile full() {
            return new Profile("full", Duration.ofSeconds(10), Duration.ofSeconds(30), 16, 200, Duration.ofSeconds(30),
                    2500, 50, 1000, 1500, 4500, 3, 15);
        }
    }

    private final Profile profile;
    private final Path out;
    private final Path work;
    private final Path root;
    private final String classpath;
    /** Image preparation calls libjpeg-turbo through the foreign function API; without this Java 25 warns. */
    private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private final String javaBin;
    private final String database;
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final String nonce = Long.toString(System.currentTimeMillis(), 36);
    private final java.util.Set<String> phases;
    private final boolean jfr;
    private @Nullable String bootstrap;
    /** The backend key every load request carries (see {@link #useBackendKey}). */
    private String backendKey = "";
    private int gatewayPort;
    /** Intake's measured closed-loop rate, when the intake phase ran: the pickup phase offers less than that. */
    private double intakeRate;

    private BenchRunner(Profile profile, Path out, Path root, String classpath, java.util.Set<String> phases,
            boolean jfr) {
        this.profile = profile;
        this.phases = phases;
        this.jfr = jfr;
        this.out = out;
        this.work = out.resolve("work");
        this.root = root;
        this.classpath = classpath;
        this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.database = "avatar_bench_" + nonce;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean jfr = false;
        java.util.Set<String> phases = new java.util.LinkedHashSet<>(ALL_PHASES);
        Path out = null;
        Path root = Path.of(".").toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--jfr" -> jfr = true;
                case "--only" -> phases = new java.util.LinkedHashSet<>(List.of(args[++i].split(",")));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (usage: [--quick] [--only " + String.join(",", ALL_PHASES) + "] [--jfr] --out DIR)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        String classpath = Files.readString(root.resolve("bench/target/classpath.txt")).strip()
                + File.pathSeparator + root.resolve("bench/target/classes");
        new BenchRunner(quick ? Profile.quick() : Profile.full(), out, root, classpath, phases, jfr).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("data"));
        // A previous run into the same directory left its broker's address: the new broker could not write its own,
        // and the services would be pointed at the old one.
        Files.deleteIfExists(work.resolve("bootstrap.txt"));
        Files.createDirectories(out.resolve("logs"));
        long started = System.nanoTime();
        Map<String, Object> report = new LinkedHashMap<>();
        details.put("profile", profile.name());
        details.put("started_at", Instant.now().toString());
        details.put("load_average_at_start", Machine.loadAverage());

        ImagePrepBench.Result image = null;
        if (phases.contains("image")) {
            LOG.info("image preparation: intake vs naive on a generated 12 MP JPEG");
            image = ImagePrepBench.run(profile.imageWarmups(), profile.imageIterations());
            LOG.info("image preparation: {}", image);
            details.put("image_prep", image);
        }

        createDatabase();
        Thread dropOnExit = Thread.ofPlatform().unstarted(this::dropDatabase);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
        writeConfigs();
        try (Processes processes = new Processes(out.resolve("logs"))) {
            Process broker = processes.start("broker", List.of(javaBin, "-Xmx512m", "-cp", classpath,
                    "io.avatarforge.bench.broker.BrokerMain", work.resolve("bootstrap.txt").toString(), "3600"),
                    Map.of());
            bootstrap = awaitBootstrap(broker);
            gatewayPort = freePort();
            Process gateway = processes.start("gateway", gatewayCommand(), Map.of());
            awaitReady("gateway", gateway, gatewayPort);
            useBackendKey();

            RequestBody body = requestBody();
            List<String> ids = List.of();
            if (phases.contains("intake")) {
                ids = measureIntake(report, body);
            }
            if (phases.contains("status")) {
                measureStatus(report, ids.isEmpty() ? seedJobs(body) : ids);
            }
            if (phases.contains("jobrunr")) {
                measureJobRunr(report, body);
            }
            cancelLeftovers();

            if (phases.contains("pickup")) {
                withOneWorker(processes, "pickup", () -> measurePickup(report, body));
            }
            if (phases.contains("sse")) {
                withOneWorker(processes, "sse", () -> measureSse(report, body));
            }
            if (phases.contains("webhook")) {
                withOneWorker(processes, "webhook", () -> measureWebhook(report, body));
            }
            if (phases.contains("cache")) {
                withOneWorker(processes, "cache", () -> measureCacheHits(report, body));
            }
            if (phases.contains("inflight")) {
                measureInflight(report, body, processes);
                cancelLeftovers();
            }

            if (phases.contains("scale")) {
                double one = measureScale(processes, 1, profile.backlogOne(), body);
                double three = measureScale(processes, 3, profile.backlogThree(), body);
                report.put("scale_out_ratio", round(one == 0 ? 0 : three / one, 2));
                details.put("scale_out", Map.of("one_worker_jobs_per_s", round(one, 1),
                        "three_workers_jobs_per_s", round(three, 1), "per_worker_concurrency",
                        profile.scaleConcurrency(), "provider_latency_ms", profile.scaleLatencyMs()));
            }
        } finally {
            dropDatabase();
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        }
        if (image != null) {
            report.put("image_prep_ms", round(image.intakeMs(), 1));
            report.put("image_prep_naive_ms", round(image.naiveMs(), 1));
        }
        report.put("machine", Machine.describe(database));
        details.put("load_average_at_end", Machine.loadAverage());
        details.put("wall_seconds", round((System.nanoTime() - started) / 1e9, 1));
        new ReportWriter(out).write(ordered(report), details, profile.name());
        LOG.info("report written to {}", out);
    }

    // ---------------------------------------------------------------------------------------------------- phases

    /** The generate request: a ~100 KB JPEG as a data: URI and a distinct user per request (budget caps are per user). */
    record RequestBody(byte[] prefix, byte[] middle, int imageBytes) {

        byte[][] parts(String style, String userId) {
            return new byte[][] {prefix, ("\"style_config\":\"" + style + "\",\"user_id\":\"" + userId + "\"}")
                    .getBytes(StandardCharsets.UTF_8)};
        }

        /** The same request answered synchronously (200 with the result, or the cache's). */
        byte[][] syncParts(String style, String userId) {
            byte[] sync = new String(prefix, StandardCharsets.US_ASCII).replace("\"async\":true,", "\"async\":false,")
                    .getBytes(StandardCharsets.US_ASCII);
            return new byte[][] {sync, parts(style, userId)[1]};
        }

        /** The same request, asking for its terminal event at {@code webhookUrl}. */
        byte[][] parts(String style, String userId, String webhookUrl) {
            return new byte[][] {prefix, ("\"style_config\":\"" + style + "\",\"user_id\":\"" + userId
                    + "\",\"webhook_url\":\"" + webhookUrl + "\"}").getBytes(StandardCharsets.UTF_8)};
        }
    }

    private RequestBody requestBody() {
        byte[] photo = SyntheticPhotos.jpegOfAbout(100_000, 0.9f);
        String prefix = "{\"prompt\":\"A friendly portrait for the benchmark\",\"image\":\"data:image/jpeg;base64,"
                + Base64.getEncoder().encodeToString(photo) + "\",\"quality\":\"low\",\"async\":true,";
        details.put("intake_photo_bytes", photo.length);
        return new RequestBody(prefix.getBytes(StandardCharsets.US_ASCII), new byte[0], photo.length);
    }

    /** Some jobs for the status phase when the intake phase was left out. */
    private List<String> seedJobs(RequestBody body) throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        new LoadDriver(HOST, gatewayPort, 202).closedLoop(profile.concurrency(), Duration.ofSeconds(30), 500,
                (c, seq) -> c.post(GENERATE, body.parts("bench_fast", "seed-" + seq + "-" + nonce)),
                r -> ids.add(jobId(r)));
        return new ArrayList<>(ids);
    }

    private List<String> measureIntake(Map<String, Object> report, RequestBody body) throws Exception {
        details.put("intake_request_bytes", body.parts("bench_fast", "intake-0000000-" + nonce)[1].length
                + body.prefix().length);
        LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        AtomicInteger kept = new AtomicInteger();
        LoadDriver.Call real = (c, seq) -> c.post(GENERATE, body.parts("bench_fast", "intake-" + seq + "-" + nonce));
        LoadDriver.Call bare = (c, seq) -> c.post("/bench/baseline/generate", body.parts("bench_fast", "b-" + seq));
        LOG.info("intake: warm-up");
        generate.closedLoop(profile.concurrency(), profile.warmup(), 100_000, bare, r -> { });
        generate.closedLoop(profile.concurrency(), profile.warmup(), 100_000,
                (c, seq) -> c.post(GENERATE, body.parts("bench_fast", "warm-" + seq + "-" + nonce)), r -> { });
        LOG.info("intake: baseline");
        LoadDriver.Result baseline = generate.closedLoop(profile.concurrency(), profile.measure(), 2_000_000, bare,
                r -> { });
        LOG.info("intake: generate");
        LoadDriver.Result accepted = generate.closedLoop(profile.concurrency(), profile.measure(), 2_000_000, real,
                r -> {
                    if (kept.incrementAndGet() <= 50_000) {
                        ids.add(jobId(r));
                    }
                });
        LOG.info("intake: {}; baseline: {}", accepted, baseline);
        intakeRate = accepted.perSecond();
        report.put("intake_accepted_per_s", round(accepted.perSecond(), 1));
        report.put("intake_p50_ms", round(accepted.p50Ms(), 2));
        report.put("intake_p99_ms", round(accepted.p99Ms(), 2));
        report.put("baseline_accepted_per_s", round(baseline.perSecond(), 1));
        details.put("intake", accepted);
        details.put("intake_baseline", baseline);
        return new ArrayList<>(ids);
    }

    private void measureStatus(Map<String, Object> report, List<String> ids) throws Exception {
        if (ids.isEmpty()) {
            throw new IllegalStateException("intake accepted no job; see logs/gateway.log");
        }
        LoadDriver status = new LoadDriver(HOST, gatewayPort, 200);
        LoadDriver.Call real = (c, seq) -> c.get("/api/v1/avatar/status/" + randomOf(ids));
        LoadDriver.Call bare = (c, seq) -> c.get("/bench/baseline/status/" + randomOf(ids));
        LOG.info("status: warm-up");
        status.closedLoop(profile.concurrency(), profile.warmup(), 2_000_000, bare, r -> { });
        status.closedLoop(profile.concurrency(), profile.warmup(), 2_000_000, real, r -> { });
        LOG.info("status: baseline");
        LoadDriver.Result baseline = status.closedLoop(profile.concurrency(), profile.measure(), 5_000_000, bare,
                r -> { });
        LOG.info("status: real");
        LoadDriver.Result measured = status.closedLoop(profile.concurrency(), profile.measure(), 5_000_000, real,
                r -> { });
        LOG.info("status: {}; baseline: {}", measured, baseline);
        report.put("status_per_s", round(measured.perSecond(), 1));
        report.put("status_p99_ms", round(measured.p99Ms(), 2));
        report.put("baseline_status_per_s", round(baseline.perSecond(), 1));
        details.put("status", measured);
        details.put("status_baseline", baseline);
    }

    private void measureJobRunr(Map<String, Object> report, RequestBody body) throws Exception {
        LoadDriver enqueue = new LoadDriver(HOST, gatewayPort, 202);
        LoadDriver.Call call = (c, seq) -> c.post("/bench/jobrunr/generate", body.parts("bench_fast", "jr-" + seq));
        LOG.info("jobrunr: warm-up and enqueue rate");
        enqueue.closedLoop(profile.concurrency(), profile.warmup(), 100_000, call, r -> { });
        LoadDriver.Result rate = enqueue.closedLoop(profile.concurrency(), profile.measure(), 2_000_000, call,
                r -> { });
        LOG.info("jobrunr enqueue: {}", rate);
        report.put("jobrunr_enqueue_per_s", round(rate.perSecond(), 1));
        details.put("jobrunr_enqueue", rate);
        // Let JobRunr's server work off the enqueue phase's jobs before the pickup is measured.
        awaitJobRunrIdle(Duration.ofSeconds(profile.name().equals("quick") ? 40 : 120));
        try (HttpConnection c = new HttpConnection(HOST, gatewayPort)) {
            c.post("/bench/jobrunr/pickup/reset", new byte[0]);
        }
        LOG.info("jobrunr: pickup at {} jobs/s", profile.pickupRate());
        LoadDriver.Result sent = enqueue.openLoop(profile.pickupRate(), profile.pickupDuration(), 512, call, r -> { });
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonNode pickup = jobRunrPickup();
        while (pickup.path("count").asLong() < sent.succeeded() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            pickup = jobRunrPickup();
        }
        LOG.info("jobrunr pickup: {}", pickup);
        report.put("jobrunr_pickup_p99_ms", round(pickup.path("p99_ms").asDouble(), 1));
        details.put("jobrunr_pickup", Map.of("sent", sent, "picked_up", pickup.path("count").asLong(),
                "p50_ms", pickup.path("p50_ms").asDouble(), "poll_interval_ms", pickup.path("poll_interval_ms").asLong()));
    }

    private void awaitJobRunrIdle(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long count;
            try (Connection db = db(); Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from jobrunr_jobs where state in "
                            + "('ENQUEUED','PROCESSING','SCHEDULED','AWAITING')")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count == 0) {
                return;
            }
            if (count != last) {
                LOG.info("jobrunr: {} jobs still to run", count);
                last = count;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        LOG.warn("jobrunr: still busy after {}", limit);
    }

    private JsonNode jobRunrPickup() throws IOException {
        try (HttpConnection c = new HttpConnection(HOST, gatewayPort)) {
            return JSON.readTree(c.get("/bench/jobrunr/pickup").body());
        }
    }

    /**
     * Pickup and overhead at a stated rate: 200 jobs/s, or half of what intake sustained in the intake phase when that
     * is less (offering more than intake can take would measure an overloaded gateway, not the pickup path). The same
     * is measured first at a quarter and at half that rate, so the report shows where on this machine the pickup path
     * stops being the bound and CPU saturation starts to be.
     */
    private void measurePickup(Map<String, Object> report, RequestBody body) throws Exception {
        double rate = intakeRate > 0 ? Math.min(profile.pickupRate(), Math.max(1, Math.floor(intakeRate / 2)))
                : profile.pickupRate();
        LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
        LOG.info("pickup: warm-up");
        // Twice the usual warm-up: the worker was started just before, and its JIT compilation otherwise lands in
        // the first measured step (seen as a 1 s pickup p99 at the lowest rate in a quick run).
        LoadDriver.Result warm = generate.openLoop(rate, profile.warmup().multipliedBy(2), 64,
                (c, seq) -> c.post(GENERATE, body.parts("bench_fast", "pwarm-" + seq + "-" + nonce)), r -> { });
        // Every warm-up job done first: a backlog left behind would be charged to the first measured step.
        awaitTerminal("pwarm-%", warm.succeeded(), Duration.ofSeconds(60));
        List<Map<String, Object>> byRate = new ArrayList<>();
        Duration step = profile.pickupDuration().dividedBy(2);
        byRate.add(pickupAt(generate, body, Math.max(1, Math.floor(rate / 4)), step, "pickupq-"));
        byRate.add(pickupAt(generate, body, Math.max(1, Math.floor(rate / 2)), step, "pickuph-"));
        Map<String, Object> stated = pickupAt(generate, body, rate, profile.pickupDuration(), "pickup-");
        byRate.add(stated);
        report.put("pickup_p99_ms", stated.get("pickup_p99_ms"));
        report.put("overhead_p99_ms", stated.get("overhead_p99_ms"));
        Map<String, Object> pickup = new LinkedHashMap<>(stated);
        pickup.put("target_rate_per_s", profile.pickupRate());
        pickup.put("provider_latency_ms", 100);
        details.put("pickup", pickup);
        details.put("pickup_by_rate", byRate);
    }

    /** One open-loop run at {@code rate} jobs/s, its jobs tagged by the user-id prefix {@code tag}. */
    private Map<String, Object> pickupAt(LoadDriver generate, RequestBody body, double rate, Duration duration,
            String tag) throws Exception {
        LOG.info("pickup: {} jobs/s for {}", rate, duration);
        Map<String, Instant> acceptedAt = new java.util.concurrent.ConcurrentHashMap<>();
        LoadDriver.Result sent = generate.openLoop(rate, duration, 64,
                (c, seq) -> c.post(GENERATE, body.parts("bench_fast", tag + seq + "-" + nonce)),
                r -> acceptedAt.put(jobId(r), Instant.now()));
        awaitTerminal(tag + "%", sent.succeeded(), Duration.ofSeconds(60));
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("""
                select count(*),
                    percentile_cont(0.5) within group (order by extract(epoch from started_at - created_at) * 1000),
                    percentile_cont(0.99) within group (order by extract(epoch from started_at - created_at) * 1000),
                    percentile_cont(0.99) within group (order by total_time_ms - provider_time_ms)
                        filter (where state = 'COMPLETED'),
                    percentile_cont(0.5) within group (order by total_time_ms - provider_time_ms)
                        filter (where state = 'COMPLETED'),
                    count(*) filter (where state = 'COMPLETED')
                from generation_job where user_id like ? and started_at is not null
                """)) {
            s.setString(1, tag + "%");
            long[] pickups = clientSidePickups(tag, acceptedAt);
            double pickupP99 = Stats.percentile(pickups, 0.99) / 1000.0;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                LOG.info("pickup at {} jobs/s: sent {}; p99 {} ms from the 202 ({} ms from created_at); "
                        + "overhead p99 {} ms", rate, sent, pickupP99, rs.getDouble(3), rs.getDouble(4));
                return fields("offered_rate_per_s", rate, "accepted_rate_per_s", round(sent.perSecond(), 1),
                        "sent", sent, "started", rs.getLong(1), "completed", rs.getLong(6),
                        "pickup_p50_ms", round(Stats.percentile(pickups, 0.5) / 1000.0, 1),
                        "pickup_p99_ms", round(pickupP99, 1),
                        "pickup_from_created_at_p50_ms", round(rs.getDouble(2), 1),
                        "pickup_from_created_at_p99_ms", round(rs.getDouble(3), 1),
                        "overhead_p50_ms", round(rs.getDouble(5), 1),
                        "overhead_p99_ms", round(rs.getDouble(4), 1));
            }
        }
    }

    /**
     * From a job's completion to its client: jobs are submitted at a steady rate, each client opening the job's status
     * stream right after its 202, as an app would; the figure is the time from the job's {@code finished_at} (stamped
     * by the worker just before it commits) to the arrival of the stream's terminal event at the client: the worker's
     * commit, the outbox relay, Kafka, the gateway's completion listener, one job read and the write to the stream. The
     * provider takes a second, so that the stream is open before the job ends; a stream that got the terminal status
     * as its first event (the client connected late) is left out and counted. Warm-up jobs first, not counted.
     */
    private void measureSse(Map<String, Object> report, RequestBody body) throws Exception {
        int jobs = profile.name().equals("quick") ? 100 : 400;
        double rate = 20;
        String style = "bench_scale";
        LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
        Map<String, Instant> arrivals = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger missed = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        Duration timeout = Duration.ofSeconds(60);
        setConcurrency(3000);
        try (StatusStreamReader streams = new StatusStreamReader(HOST, gatewayPort, backendKey);
                var followers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            LOG.info("sse: warm-up");
            generate.openLoop(rate, Duration.ofSeconds(6), 64,
                    (c, seq) -> c.post(GENERATE, body.parts(style, "ssewarm-" + seq + "-" + nonce)),
                    r -> followers.submit(() -> streams.terminalEventArrival(jobId(r), timeout)));
            LOG.info("sse: {} jobs at {} jobs/s, a stream each", jobs, rate);
            LoadDriver.Result sent = generate.openLoop(rate, Duration.ofMillis((long) (1000 * jobs / rate)), 64,
                    (c, seq) -> c.post(GENERATE, body.parts(style, "sse-" + seq + "-" + nonce)), r -> {
                        String id = jobId(r);
                        followers.submit(() -> {
                            StatusStreamReader.Arrival arrival = streams.terminalEventArrival(id, timeout);
                            if (arrival == null) {
                                missed.incrementAndGet();
                            } else if (!arrival.followed()) {
                                late.incrementAndGet();
                            } else {
                                arrivals.put(id, arrival.at());
                            }
                        });
                    });
            followers.shutdown();
            if (!followers.awaitTermination(90, TimeUnit.SECONDS)) {
                LOG.warn("sse: some streams were still open after 90 s");
            }
            LOG.info("sse: submitted {}", sent);
        }
        List<Long> delays = new ArrayList<>();
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "select id, finished_at from generation_job where user_id like ? and finished_at is not null")) {
            s.setString(1, "sse-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant arrived = arrivals.get(rs.getString(1));
                    if (arrived != null) {
                        Instant finished = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                        delays.add(Duration.between(finished, arrived).toNanos() / 1000);
                    }
                }
            }
        }
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = Stats.percentile(sorted, 0.5) / 1000.0;
        double p99 = Stats.percentile(sorted, 0.99) / 1000.0;
        LOG.info("sse: {} terminal events measured ({} streams opened after their job ended, {} got none): p50 {} ms, "
                + "p99 {} ms", sorted.length, late.get(), missed.get(), p50, p99);
        report.put("sse_p50_ms", round(p50, 1));
        report.put("sse_p99_ms", round(p99, 1));
        details.put("sse", fields("jobs", jobs, "offered_rate_per_s", rate, "measured", sorted.length,
                "opened_after_the_job_ended", late.get(), "missed", missed.get(), "p50_ms", round(p50, 1),
                "p99_ms", round(p99, 1),
                "max_ms", round(sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0, 1),
                "provider_latency_ms", profile.scaleLatencyMs()));
    }

    /**
     * Cache-hit latency: with the result cache on, one synchronous request generates a result (a 100 ms simulated
     * provider, one worker); then the identical request, sent synchronously again and again on {@value #CACHE_CONNECTIONS}
     * connections back to back, is answered from it: intake (photo included), the lookup, a job created completed, and
     * the 200 answer, without a provider call. The figure is the client's round trip; an answer that was not
     * {@code cached: true} is counted in {@code details.json}. Caching and the user's rate limit are restored after.
     */
    private void measureCacheHits(Map<String, Object> report, RequestBody body) throws Exception {
        updateConfig("{\"service_config\":{\"enable_caching\":true,\"rate_limits\":{\"per_user_per_minute\":100000000}}}");
        try {
            byte[][] request = body.syncParts("bench_fast", "cache-" + nonce);
            LoadDriver sync = new LoadDriver(HOST, gatewayPort, 200);
            LOG.info("cache: the first request generates the result");
            LoadDriver.Result first = sync.closedLoop(1, Duration.ofSeconds(60), 1,
                    (c, seq) -> c.post(GENERATE, request), r -> { });
            if (first.succeeded() != 1) {
                throw new IllegalStateException("cache: the first request did not complete: " + first);
            }
            AtomicInteger notCached = new AtomicInteger();
            LoadDriver.Call hit = (c, seq) -> c.post(GENERATE, request);
            java.util.function.Consumer<HttpConnection.Response> check = r -> {
                if (!new String(r.body(), StandardCharsets.UTF_8).contains("\"cached\":true")) {
                    notCached.incrementAndGet();
                }
            };
            LOG.info("cache: warm-up");
            sync.closedLoop(CACHE_CONNECTIONS, profile.warmup(), 100_000, hit, check);
            notCached.set(0);
            LOG.info("cache: identical synchronous requests on {} connections", CACHE_CONNECTIONS);
            LoadDriver.Result hits = sync.closedLoop(CACHE_CONNECTIONS, profile.measure(), 1_000_000, hit, check);
            LOG.info("cache: {} ({} not cached)", hits, notCached.get());
            report.put("cache_hit_p50_ms", round(hits.p50Ms(), 2));
            report.put("cache_hit_p99_ms", round(hits.p99Ms(), 2));
            details.put("cache", fields("connections", CACHE_CONNECTIONS, "not_cached", notCached.get(),
                    "hits", hits));
        } finally {
            updateConfig("{\"service_config\":{\"enable_caching\":false,\"rate_limits\":{\"per_user_per_minute\":60}}}");
        }
    }

    /**
     * Webhook latency: jobs with a {@code webhook_url} pointing at a receiver in this process, at a modest rate (the
     * figure is the path from completion to receipt, not a queue), on a worker process of its own, as in production;
     * the time from the job's {@code finished_at} (stamped by the worker just before its commit) to the event's
     * arrival. The gateway's dispatcher finds the row by its poll or at once when the completion topic wakes it.
     */
    private void measureWebhook(Map<String, Object> report, RequestBody body) throws Exception {
        boolean quick = profile.name().equals("quick");
        double rate = 20;
        Duration duration = Duration.ofSeconds(quick ? 5 : 20);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
            LOG.info("webhook: warm-up");
            LoadDriver.Result warm = generate.openLoop(rate, profile.warmup(), 64, (c, seq) -> c.post(GENERATE,
                    body.parts("bench_fast", "wwarm-" + seq + "-" + nonce, receiver.url())), r -> { });
            awaitArrivals(receiver, warm.succeeded(), Duration.ofSeconds(60));
            int before = receiver.arrivals().size();
            LOG.info("webhook: {} jobs/s for {}", rate, duration);
            LoadDriver.Result sent = generate.openLoop(rate, duration, 64, (c, seq) -> c.post(GENERATE,
                    body.parts("bench_fast", "webhook-" + seq + "-" + nonce, receiver.url())), r -> { });
            awaitArrivals(receiver, before + sent.succeeded(), Duration.ofSeconds(60));
            Map<String, Instant> arrivals = receiver.arrivals();
            List<Long> delays = new ArrayList<>();
            try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                    "select id, finished_at from generation_job where user_id like ? and finished_at is not null")) {
                s.setString(1, "webhook-%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Instant arrived = arrivals.get(rs.getString(1));
                        if (arrived != null) {
                            Instant finished = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                            delays.add(Duration.between(finished, arrived).toNanos() / 1000);
                        }
                    }
                }
            }
            long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
            double p50 = Stats.percentile(sorted, 0.5) / 1000.0;
            double p99 = Stats.percentile(sorted, 0.99) / 1000.0;
            LOG.info("webhook: sent {}; {} events timed; finished_at → receipt p50 {} ms, p99 {} ms", sent,
                    sorted.length, p50, p99);
            report.put("webhook_p50_ms", round(p50, 1));
            report.put("webhook_p99_ms", round(p99, 1));
            Map<String, Object> webhook = fields("offered_rate_per_s", rate, "sent", sent,
                    "events_timed", sorted.length, "requests_received", receiver.requests(), "p50_ms", round(p50, 1),
                    "p99_ms", round(p99, 1),
                    "max_ms", round(sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0, 1),
                    "provider_latency_ms", 100);
            webhook.putAll(webhookParts());
            details.put("webhook", webhook);
        }
    }

    /**
     * Where the time went, from the service's own records: finished_at to the dispatcher's first attempt (commit,
     * wake-up, claim), and the attempt itself as the dispatcher timed it (body, signature, HTTP round trip).
     */
    private Map<String, Object> webhookParts() throws SQLException {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("""
                select
                    percentile_cont(0.5) within group (order by extract(epoch from a.attempted_at - j.finished_at) * 1000),
                    percentile_cont(0.99) within group (order by extract(epoch from a.attempted_at - j.finished_at) * 1000),
                    percentile_cont(0.5) within group (order by a.latency_ms),
                    percentile_cont(0.99) within group (order by a.latency_ms)
                from generation_job j join webhook_delivery d on d.job_id = j.id
                    join webhook_attempt a on a.delivery_id = d.id
                where j.user_id like ? and a.series = 1
                    and a.id = (select min(b.id) from webhook_attempt b where b.delivery_id = d.id)
                """)) {
            s.setString(1, "webhook-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return fields("finished_to_first_attempt_p50_ms", round(rs.getDouble(1), 1),
                        "finished_to_first_attempt_p99_ms", round(rs.getDouble(2), 1),
                        "attempt_latency_p50_ms", round(rs.getDouble(3), 1),
                        "attempt_latency_p99_ms", round(rs.getDouble(4), 1));
            }
        }
    }

    private static void awaitArrivals(WebhookReceiver receiver, long expected, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (receiver.arrivals().size() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (receiver.arrivals().size() < expected) {
            LOG.warn("webhook: {} of {} events arrived within {}", receiver.arrivals().size(), expected, limit);
        }
    }

    /**
     * In-flight capacity of one worker: a backlog of 20 s jobs is queued first (intake on this machine is slower than
     * the worker, so queuing while it runs would measure intake), then one worker with a 512 MB heap limit takes them;
     * the peak of concurrently running jobs is read from the database, the heap after a forced GC from its actuator.
     */
    /**
     * Microseconds from the moment the client received each job's 202 to the moment its worker started the provider
     * call ({@code started_at}); 0 when the call started before the 202 reached the client. {@code created_at} is
     * not used as the start: it is stamped before the intake transaction commits, so it would charge intake's own
     * commit wait to the pickup (that variant is kept in details.json).
     */
    private long[] clientSidePickups(String tag, Map<String, Instant> acceptedAt) throws SQLException {
        List<Long> delays = new ArrayList<>();
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "select id, started_at from generation_job where user_id like ? and started_at is not null")) {
            s.setString(1, tag + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant accepted = acceptedAt.get(rs.getString(1));
                    if (accepted != null) {
                        Instant started = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                        delays.add(Math.max(0, Duration.between(accepted, started).toNanos() / 1000));
                    }
                }
            }
        }
        return delays.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void measureInflight(Map<String, Object> report, RequestBody body, Processes processes) throws Exception {
        LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
        AtomicLong accepted = new AtomicLong();
        LOG.info("inflight: queuing {} jobs of 20 s each", profile.inflightJobs());
        setConcurrency(3000);
        LoadDriver.Result sent = generate.closedLoop(2 * profile.concurrency(), Duration.ofSeconds(240),
                profile.inflightJobs(), (c, seq) -> c.post(GENERATE, body.parts("bench_slow", "inflight-" + seq + "-"
                        + nonce)), r -> accepted.incrementAndGet());
        int workerPort = freePort();
        Process worker = processes.start("worker-inflight", workerCommand(workerPort, "bench-inflight",
                work.resolve("config-inflight.json"), "512m"), Map.of());
        awaitReady("worker", worker, workerPort);
        long peak = 0;
        long peakAt = 0;
        long start = System.nanoTime();
        // The first calls end 20 s after they start; watch until then, and stop early once every job runs.
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "select count(*) from generation_job where state = 'PROCESSING' and user_id like 'inflight-%'")) {
            while (System.nanoTime() - start < Duration.ofSeconds(19).toNanos()) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    long now = rs.getLong(1);
                    if (now > peak) {
                        peak = now;
                        peakAt = System.nanoTime() - start;
                    }
                }
                if (peak >= accepted.get()) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        long heapBytes = heapAfterGc(worker, workerPort);
        long running;
        try (Connection db = db(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from generation_job where state = 'PROCESSING' and user_id like 'inflight-%'")) {
            rs.next();
            running = rs.getLong(1);
        }
        processes.stop(worker);
        LOG.info("inflight: peak {} of {} queued ({} still running at the heap reading), heap {} bytes; submit {}",
                peak, accepted.get(), running, heapBytes, sent);
        report.put("inflight_jobs", peak);
        report.put("worker_heap_mb", round(heapBytes / 1048576.0, 1));
        details.put("inflight", Map.of("queued", accepted.get(), "peak_after_ms", peakAt / 1_000_000,
                "running_at_heap_reading", running, "worker_max_heap", "512m", "provider_latency_ms", 20_000));
    }

    private long heapAfterGc(Process worker, int port) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process gc = new ProcessBuilder(jcmd, Long.toString(worker.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(30, TimeUnit.SECONDS)) {
            gc.destroyForcibly();
        }
        try (HttpConnection c = new HttpConnection(HOST, port)) {
            JsonNode metric = JSON.readTree(c.get("/actuator/metrics/jvm.memory.used?tag=area:heap").body());
            return (long) metric.path("measurements").path(0).path("value").asDouble();
        }
    }

    /** Jobs per second that {@code workers} workers complete from a backlog, while all of them are working. */
    private double measureScale(Processes processes, int workers, int backlog, RequestBody body) throws Exception {
        String tag = "scale" + workers + "-";
        LoadDriver generate = new LoadDriver(HOST, gatewayPort, 202);
        LOG.info("scale-out: backlog of {} jobs for {} worker(s)", backlog, workers);
        setConcurrency(profile.scaleConcurrency());
        LoadDriver.Result queued = generate.closedLoop(2 * profile.concurrency(), Duration.ofSeconds(240), backlog,
                (c, seq) -> c.post(GENERATE, body.parts("bench_scale", tag + seq + "-" + nonce)), r -> { });
        List<Process> started = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            int port = freePort();
            ports.add(port);
            started.add(processes.start("worker-scale" + workers + "-" + i, workerCommand(port,
                    "bench-" + tag + i, work.resolve("config-scale.json"), "384m"), Map.of()));
        }
        for (int i = 0; i < workers; i++) {
            awaitReady("worker " + i, started.get(i), ports.get(i));
        }
        double perWorkerRate = 1000.0 * profile.scaleConcurrency() / profile.scaleLatencyMs();
        awaitTerminal(tag + "%", queued.succeeded(),
                Duration.ofSeconds(60 + (long) (3 * queued.succeeded() / (perWorkerRate * workers))));
        started.forEach(processes::stop);
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("""
                with w as (select worker_id, min(started_at) as first_start, max(finished_at) as last_finish
                           from generation_job where user_id like ? and state = 'COMPLETED' group by worker_id),
                     span as (select max(first_start) as from_t, min(last_finish) as to_t, count(*) as workers from w)
                select span.workers, extract(epoch from span.to_t - span.from_t),
                       (select count(*) from generation_job j where j.user_id like ? and j.state = 'COMPLETED'
                            and j.finished_at > span.from_t and j.finished_at <= span.to_t)
                from span
                """)) {
            s.setString(1, tag + "%");
            s.setString(2, tag + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int seen = rs.getInt(1);
                double seconds = rs.getDouble(2);
                long done = rs.getLong(3);
                double rate = seconds <= 0 ? 0 : done / seconds;
                LOG.info("scale-out {}: {} workers seen, {} jobs in {} s = {} jobs/s (backlog {})", workers, seen, done,
                        seconds, rate, queued);
                details.put("scale_" + workers, Map.of("backlog", queued.succeeded(), "workers_seen", seen,
                        "window_seconds", round(seconds, 2), "completed_in_window", done,
                        "jobs_per_s", round(rate, 1)));
                if (seen < workers) {
                    LOG.warn("scale-out: only {} of {} workers completed jobs", seen, workers);
                }
                return rate;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A measurement that starts processes and talks to them. */
    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    /** Runs {@code phase} with one worker (512 MB heap, the in-flight config), then stops it and clears its jobs. */
    private void withOneWorker(Processes processes, String name, Phase phase) throws Exception {
        int workerPort = freePort();
        Process worker = processes.start("worker-" + name, workerCommand(workerPort, "bench-" + name,
                work.resolve("config-inflight.json"), "512m"), Map.of());
        awaitReady("worker", worker, workerPort);
        phase.run();
        processes.stop(worker);
        cancelLeftovers();
    }

    private void awaitTerminal(String userPattern, long expected, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = db(); PreparedStatement s = db.prepareStatement("select count(*) from generation_job "
                    + "where user_id like ? and state in ('COMPLETED','FAILED','CANCELED')")) {
                s.setString(1, userPattern);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return;
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        LOG.warn("{}: not all {} jobs finished within {}", userPattern, expected, limit);
    }

    /** Jobs of a phase that no worker ran are canceled, so that later workers skip their messages. */
    private void cancelLeftovers() throws SQLException {
        try (Connection db = db(); Statement s = db.createStatement()) {
            // As JobTransitions does for every end: an ended job no longer holds its result-cache key in flight.
            int canceled = s.executeUpdate("update generation_job set state = 'CANCELED', finished_at = now(), "
                    + "lease_expires_at = null, inflight_cache_key = null where state in ('QUEUED', 'PROCESSING')");
            LOG.info("canceled {} leftover jobs", canceled);
        }
    }

    private List<String> gatewayCommand() {
        // Native access: image preparation calls libjpeg-turbo (with -cp no jar manifest grants it).
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xms512m", "-Xmx1g", jfrFlag("gateway"),
                NATIVE_ACCESS, "-cp",
                classpath,
                "io.avatarforge.bench.app.BenchGatewayApplication", "--server.port=" + gatewayPort,
                "--avatar.gateway.image-signing-key=bench-only-signing-key-0123456789abcdef",
                "--avatar.gateway.security.bootstrap-admin-key=" + ADMIN_KEY,
                // The webhook phase's receiver listens on loopback, in this process.
                "--avatar.webhooks.allow-private-targets=true",
                "--avatar.config-path=" + work.resolve("config-gateway.json")));
        command.addAll(commonArgs());
        return command;
    }

    private List<String> workerCommand(int port, String workerId, Path config, String heap) {
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx" + heap, jfrFlag(workerId), NATIVE_ACCESS, "-jar",
                workerJar().toString(),
                "--server.port=" + port, "--avatar.worker.worker-id=" + workerId,
                "--avatar.config-path=" + config));
        command.addAll(commonArgs());
        return command;
    }

    /** With --jfr, a profiling recording per process, written to logs/NAME.jfr when it stops. */
    private String jfrFlag(String name) {
        return jfr ? "-XX:StartFlightRecording=settings=profile,filename=" + out.resolve("logs").resolve(name + ".jfr")
                : "-XX:+UseG1GC";
    }

    /**
     * Production gateways take no anonymous callers: the load generator calls as a backend would, with one API key of
     * scopes {@code generate} and {@code trusted_server}, naming a distinct user per request. Every request the
     * generator sends carries it, baselines included, as a real client's would.
     */
    private void useBackendKey() throws IOException {
        backendKey = Services.createBackendKey(gatewayPort, ADMIN_KEY, "bench-backend");
        HttpConnection.useBearer(backendKey);
    }

    /**
     * Sets {@code max_concurrent_generations} for the workers of the next phase. Configuration lives in the database
     * (the first process seeded it from its file), so a worker's own file no longer decides it; the change reaches
     * every process within a second, and the workers are started after it.
     */
    private void setConcurrency(int perWorker) throws Exception {
        updateConfig("{\"service_config\":{\"max_concurrent_generations\":" + perWorker + "}}");
    }

    /** Applies a configuration merge patch (admin) and gives it a moment to reach every process. */
    private void updateConfig(String patch) throws Exception {
        try (HttpConnection c = new HttpConnection(HOST, gatewayPort)) {
            HttpConnection.Response updated = c.postAs("/api/v1/avatar/config",
                    patch.getBytes(StandardCharsets.UTF_8), ADMIN_KEY);
            if (updated.status() != 200) {
                throw new IllegalStateException("could not apply " + patch + ": HTTP " + updated.status());
            }
        }
        Thread.sleep(1500);
    }

    private List<String> commonArgs() {
        return List.of("--spring.datasource.url=" + PG + database, "--spring.datasource.username=postgres",
                "--spring.kafka.bootstrap-servers=" + bootstrap, "--avatar.data-dir=" + work.resolve("data"),
                "--logging.level.root=WARN", "--logging.level.io.avatarforge=WARN");
    }

    private Path workerJar() {
        return Services.execJar(root, "generation-worker");
    }

    private String awaitBootstrap(Process broker) throws Exception {
        Path file = work.resolve("bootstrap.txt");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            if (!broker.isAlive()) {
                throw new IllegalStateException("the broker exited; see logs/broker.log");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("the broker did not start within 90 s");
    }

    private void awaitReady(String name, Process process, int port) throws Exception {
        Services.awaitReady(name, process, port, out.resolve("logs"));
    }

    private void createDatabase() throws SQLException {
        Services.createDatabase(database);
    }

    private void dropDatabase() {
        Services.dropDatabase(database);
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(PG + database, "postgres", "");
    }

    private void writeConfigs() throws IOException {
        Files.writeString(work.resolve("config-gateway.json"), BenchConfig.json(3000, profile.scaleLatencyMs()));
        Files.writeString(work.resolve("config-inflight.json"), BenchConfig.json(3000, profile.scaleLatencyMs()));
        Files.writeString(work.resolve("config-scale.json"),
                BenchConfig.json(profile.scaleConcurrency(), profile.scaleLatencyMs()));
    }

    private static int freePort() throws IOException {
        return Services.freePort();
    }

    private static String jobId(HttpConnection.Response response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int at = body.indexOf("\"job_id\":\"");
        return at < 0 ? "" : body.substring(at + 10, body.indexOf('"', at + 10));
    }

    private static String randomOf(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** An ordered map from alternating keys and values, for details.json. */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static Map<String, Object> ordered(Map<String, Object> report) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : ReportWriter.KEYS) {
            ordered.put(key, report.get(key));
        }
        return ordered;
    }
}
