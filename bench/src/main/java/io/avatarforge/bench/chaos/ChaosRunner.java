package io.avatarforge.bench.chaos;

import io.avatarforge.bench.Machine;
import io.avatarforge.bench.Processes;
import io.avatarforge.bench.Services;
import io.avatarforge.bench.images.SyntheticPhotos;
import io.avatarforge.testkit.TcpGate;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * chaos/run's engine (issue 13): starts a Kafka broker, the production gateway and two workers on a database of
 * their own (through a TCP proxy it can cut), and a stand-in OpenAI provider; then, scenario by scenario, runs a client
 * load, injects a fault, restores, waits for the scenario's jobs to settle and checks the invariants from the
 * database. The restart scenario runs a second gateway and workers on a private PostgreSQL instance. Every wait is
 * bounded; every process is stopped on exit.
 */
public final class ChaosRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChaosRunner.class);
    static final List<String> ALL = List.of("worker-kill", "gateway-kill", "broker-kill", "db-outage",
            "provider-outage", "provider-429", "pg-restart");
    static final List<String> QUICK = List.of("worker-kill", "broker-kill", "db-outage");
    /** Client load: asynchronous jobs a second, each a provider call of 2–3 s. */
    private static final double RATE = 2;
    private static final Duration LEAD = Duration.ofSeconds(15);
    private static final Duration TAIL = Duration.ofSeconds(10);
    private static final Duration DB_OUTAGE = Duration.ofSeconds(45);
    private static final Duration PROVIDER_OUTAGE = Duration.ofSeconds(60);
    private static final Duration PROVIDER_429 = Duration.ofSeconds(45);
    private static final int RETRY_AFTER_SECONDS = 90;
    private static final int CONCURRENCY_PER_WORKER = 10;

    private final Path out;
    private final Path work;
    private final Path root;
    private final String classpath;
    private final String javaBin;
    private final List<String> scenarios;
    private final String profile;
    private final String nonce = Long.toString(System.currentTimeMillis(), 36);
    private final String database = "chaos_" + nonce;
    private final String imageDataUri;
    private int workerSeq;

    /** What the scenarios act on. */
    private record Env(Stack stack, ChaosDatabase db, Broker broker, StandInProvider standIn,
            @Nullable TcpGate gate, @Nullable PrivatePostgres postgres, String apiKey) {
    }

    /** What a fault's choreography measured, and what it allows the invariants. */
    private record Outcome(String fault, Map<String, Object> recovery, List<Invariants.Check> checks,
            @Nullable Instant faultFrom, @Nullable Instant faultTo, AllowanceSource allowances, Duration settle) {
    }

    /** The allowances, computed once the scenario is quiet (they read receipts and the stand-in's calls). */
    @FunctionalInterface
    private interface AllowanceSource {
        Invariants.Allowances get() throws Exception;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private ChaosRunner(Path out, Path root, String classpath, List<String> scenarios, String profile) {
        this.out = out;
        this.work = out.resolve("work");
        this.root = root;
        this.classpath = classpath;
        this.scenarios = scenarios;
        this.profile = profile;
        this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.imageDataUri = "data:image/jpeg;base64,"
                + Base64.getEncoder().encodeToString(SyntheticPhotos.jpegOfAbout(30_000, 0.9f));
    }

    public static void main(String[] args) throws Exception {
        quietKafkaClients();
        boolean quick = false;
        Path out = null;
        Path root = Path.of(".").toAbsolutePath().normalize();
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--only" -> only = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (usage: [--quick] [--only " + String.join(",", ALL) + "] --out DIR)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        List<String> chosen = only != null ? only : quick ? QUICK : ALL;
        for (String name : chosen) {
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("Unknown scenario " + name + " (known: " + ALL + ")");
            }
        }
        String classpath = Files.readString(root.resolve("bench/target/classpath.txt")).strip()
                + File.pathSeparator + root.resolve("bench/target/classes");
        String profile = only != null ? "only " + String.join(",", chosen) : quick ? "quick" : "full";
        boolean passed = new ChaosRunner(out, root, classpath, chosen, profile).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(work.resolve("data"));
        Files.createDirectories(out.resolve("logs"));
        long started = System.nanoTime();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("profile", profile);
        run.put("command", "chaos/run" + (profile.equals("quick") ? " --quick" : profile.equals("full") ? ""
                : " --only " + String.join(",", scenarios)) + " --out DIR");
        run.put("started_at", Instant.now().toString());
        run.put("setup", "one gateway and two workers (production jars, PostgreSQL, external Kafka broker), a "
                + "single-node KRaft broker in its own process, a stand-in OpenAI image API answering in 2–3 s at $"
                + StandInProvider.PRICE.stripTrailingZeros().toPlainString() + " a call, " + RATE
                + " async jobs/s of client load per scenario, " + CONCURRENCY_PER_WORKER
                + " concurrent jobs per worker");
        run.put("load_average_at_start", Machine.loadAverage());
        List<ScenarioResult> results = new ArrayList<>();
        Services.createDatabase(database);
        Thread dropOnExit = Thread.ofPlatform().unstarted(() -> Services.dropDatabase(database));
        Runtime.getRuntime().addShutdownHook(dropOnExit);
        try (Processes processes = new Processes(out.resolve("logs"));
                StandInProvider standIn = new StandInProvider(2000, 3000, RETRY_AFTER_SECONDS);
                TcpGate gate = new TcpGate()) {
            gate.open("127.0.0.1", 5432);
            Path config = work.resolve("config.json");
            Files.writeString(config, ChaosConfig.json(standIn.baseUrl(), CONCURRENCY_PER_WORKER));
            Broker broker = new Broker(processes, work, javaBin, classpath);
            broker.start();
            List<String> onSharedServer = scenarios.stream().filter(s -> !s.equals("pg-restart")).toList();
            if (!onSharedServer.isEmpty()) {
                Stack stack = startStack(new Stack.Setup(processes, root, out.resolve("logs"), work.resolve("data"),
                        config, javaBin, "jdbc:postgresql://127.0.0.1:" + gate.port() + "/" + database,
                        broker.bootstrap()), "a");
                String apiKey = Services.createBackendKey(stack.gatewayPort(), Stack.ADMIN_KEY, "chaos-backend");
                Env env = new Env(stack, new ChaosDatabase(Services.LOCAL_PG + database,
                        work.resolve("data").resolve("images")), broker, standIn, gate, null, apiKey);
                for (String name : onSharedServer) {
                    results.add(scenario(name, env));
                }
                stack.stop();
            }
            if (scenarios.contains("pg-restart")) {
                if (!PrivatePostgres.available()) {
                    LOG.warn("pg-restart skipped: no PostgreSQL 15 binaries under /usr/lib/postgresql/15/bin");
                } else {
                    try (PrivatePostgres postgres = new PrivatePostgres(Path.of("/tmp", "chaos-pg-" + nonce),
                            Services.freePort())) {
                        postgres.start("chaos");
                        Stack stack = startStack(new Stack.Setup(processes, root, out.resolve("logs"),
                                work.resolve("data"), config, javaBin, postgres.jdbcUrl("chaos"), broker.bootstrap()),
                                "b");
                        String apiKey = Services.createBackendKey(stack.gatewayPort(), Stack.ADMIN_KEY,
                                "chaos-backend");
                        Env env = new Env(stack, new ChaosDatabase(postgres.jdbcUrl("chaos"),
                                work.resolve("data").resolve("images")), broker, standIn, null, postgres, apiKey);
                        results.add(scenario("pg-restart", env));
                        stack.stop();
                    }
                }
            }
        } finally {
            Services.dropDatabase(database);
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        }
        run.put("machine", Machine.describe(database));
        run.put("load_average_at_end", Machine.loadAverage());
        run.put("wall_seconds", Math.round((System.nanoTime() - started) / 1e9));
        ChaosReport.write(out, run, results);
        boolean passed = !results.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
        LOG.info("chaos run {}: {}", passed ? "passed" : "FAILED", results.stream()
                .map(r -> r.name() + "=" + (r.passed() ? "pass" : "FAIL")).collect(Collectors.joining(", ")));
        return passed;
    }

    private Stack startStack(Stack.Setup setup, String name) throws Exception {
        Stack stack = new Stack(setup, name);
        stack.startGateway();
        stack.startWorkers(List.of(nextWorkerId(), nextWorkerId()));
        return stack;
    }

    private String nextWorkerId() {
        return "chaos-w" + ++workerSeq;
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private ScenarioResult scenario(String name, Env env) throws Exception {
        LOG.info("scenario {}: {} jobs/s of load", name, RATE);
        ClientLoad load = new ClientLoad(env.stack().gatewayPort(), env.apiKey(), imageDataUri);
        load.start(name, RATE);
        Outcome outcome;
        List<ClientLoad.Observation> observations;
        try {
            sleep(LEAD);
            outcome = switch (name) {
                case "worker-kill" -> workerKill(name, env);
                case "gateway-kill" -> gatewayKill(name, env);
                case "broker-kill" -> brokerKill(name, env);
                case "db-outage" -> dbOutage(name, env);
                case "pg-restart" -> pgRestart(name, env);
                case "provider-outage" -> providerFault(name, env, StandInProvider.Mode.OUTAGE, PROVIDER_OUTAGE);
                case "provider-429" -> providerFault(name, env, StandInProvider.Mode.RATE_LIMITED, PROVIDER_429);
                default -> throw new IllegalArgumentException(name);
            };
            sleep(TAIL);
        } finally {
            observations = load.stop();
        }
        long quietMs = awaitMs(outcome.settle(), () -> env.db().unfinished(name) == 0 && env.db().outboxRows() == 0
                && env.db().unsettledReceipts(name) == 0);
        LOG.info("scenario {}: {}", name, quietMs < 0 ? "not quiet within " + outcome.settle() : "quiet");
        Set<String> accepted = observations.stream().filter(o -> o.status() == 202 && o.jobId() != null)
                .map(ClientLoad.Observation::jobId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Integer> paid = new LinkedHashMap<>();
        for (StandInProvider.Call call : env.standIn().calls()) {
            if (call.paid() && call.tag().startsWith(name + "-")) {
                paid.merge(call.tag(), 1, Integer::sum);
            }
        }
        Invariants.Facts facts = env.db().facts(name, accepted, paid);
        Invariants.Allowances allowances = outcome.allowances().get();
        List<Invariants.Check> checks = new ArrayList<>(Invariants.evaluate(facts, allowances));
        checks.addAll(outcome.checks());
        ClientSummary clients = ClientSummary.of(observations, outcome.faultFrom(), outcome.faultTo());
        ClientSummary.writeCsv(out.resolve("clients-" + name + ".csv"), observations);
        if (name.equals("db-outage") || name.equals("pg-restart")) {
            ClientSummary.Window window = Objects.requireNonNull(clients.duringFault());
            checks.add(new Invariants.Check("refusals are 503 problem+json with Retry-After within 5 s",
                    window.clean(), window.toString()));
        }
        ScenarioResult result = new ScenarioResult(name, outcome.fault(), facts, checks, outcome.recovery(), clients,
                allowances.unrecordedCalls() == 0 && allowances.mayRunTwice().isEmpty() ? ""
                        : allowances.unrecordedCalls() + " unrecorded allowed: " + allowances.why());
        LOG.info("scenario {}: {}", name, result.passed() ? "pass" : "FAIL " + checks.stream()
                .filter(c -> !c.pass()).map(c -> c.name() + " (" + c.detail() + ")").toList());
        return result;
    }

    /** Kills a worker with provider calls in flight; its jobs must be re-claimed within 45 s. */
    private Outcome workerKill(String name, Env env) throws Exception {
        String victim = env.stack().workerIds().getFirst();
        // Killed only once it has calls at the provider: the case that can cost a second call.
        awaitMs(Duration.ofSeconds(30), () -> inFlightOn(env, name, victim) >= 2);
        Instant killedAt = Instant.now();
        env.stack().killWorker(victim);
        Map<String, String> held = env.db().processingOn(name, victim);
        Set<String> calling = env.standIn().inFlight();
        long inFlightAtKill = held.values().stream().filter(calling::contains).count();
        LOG.info("{}: killed {} holding {} jobs, {} of them at the provider", name, victim, held.size(),
                inFlightAtKill);
        // Started at once, as an orchestrator would; its start takes long enough here not to matter to the re-claim.
        String replacementId = nextWorkerId();
        Thread replacement = Thread.ofPlatform().start(() -> {
            try {
                env.stack().startWorker(replacementId);
            } catch (Exception e) {
                LOG.warn("{}: the replacement worker did not start: {}", name, e.toString());
            }
        });
        long reclaimedMs = awaitMs(Duration.ofSeconds(120), () -> env.db().count("select count(*) from generation_job "
                + "where id = any(?) and (state = 'QUEUED' or (state = 'PROCESSING' and worker_id = ?))",
                ids(held.keySet()), victim) == 0);
        replacement.join(Duration.ofSeconds(200));
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("jobs_held_by_killed_worker", held.size());
        recovery.put("calls_in_flight_at_kill", inFlightAtKill);
        recovery.put("kill_to_reclaimed_s", seconds(reclaimedMs));
        List<Invariants.Check> checks = List.of(
                new Invariants.Check("calls were in flight at the kill", inFlightAtKill > 0, held.size()
                        + " jobs held, " + inFlightAtKill + " of them at the provider"),
                new Invariants.Check("killed worker's jobs re-claimed within 45 s", reclaimedMs >= 0
                        && reclaimedMs <= 45_000, reclaimedMs < 0 ? "not within 120 s" : seconds(reclaimedMs) + " s"));
        Set<String> tags = Set.copyOf(held.values());
        AllowanceSource allowances = () -> {
            long startedBefore = env.standIn().calls().stream().filter(c -> c.paid() && tags.contains(c.tag())
                    && c.startedAt().isBefore(killedAt)).count();
            long recorded = held.isEmpty() ? 0 : env.db().receiptsBy(victim, held.keySet());
            return new Invariants.Allowances(tags, (int) Math.max(0, startedBefore - recorded),
                    "calls the killed worker had in flight and no record of (each call is recorded before it goes "
                            + "out, so none is expected)");
        };
        return new Outcome("kill -9 a worker holding " + held.size() + " jobs with provider calls in flight; a "
                + "replacement worker is started at once", recovery, checks, null, null, allowances,
                Duration.ofSeconds(180));
    }

    /** Calls at the stand-in now for jobs {@code workerId} holds. */
    private static long inFlightOn(Env env, String scenario, String workerId) throws Exception {
        Set<String> calling = env.standIn().inFlight();
        return env.db().processingOn(scenario, workerId).values().stream().filter(calling::contains).count();
    }

    /**
     * Kills the gateway while rows wait in its outbox: the broker is killed first so that the relay cannot drain it,
     * then the gateway, then an empty broker and a new gateway (same port) are started.
     */
    private Outcome gatewayKill(String name, Env env) throws Exception {
        env.broker().kill();
        sleep(Duration.ofSeconds(8));
        long outboxAtKill = env.db().outboxRows();
        Instant killedAt = Instant.now();
        env.stack().killGateway();
        env.broker().start();
        env.stack().startGateway();
        Instant backAt = Instant.now();
        long drainedMs = awaitMs(Duration.ofSeconds(150), () -> env.db().outboxRows() == 0
                && env.db().count("select count(*) from generation_job where user_id like ? and state = 'QUEUED' "
                        + "and created_at < ?", name + "-%", killedAt) == 0);
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("outbox_rows_at_kill", outboxAtKill);
        recovery.put("gateway_down_s", seconds(Duration.between(killedAt, backAt).toMillis()));
        recovery.put("gateway_back_to_outbox_drained_and_claimed_s", seconds(drainedMs));
        List<Invariants.Check> checks = List.of(
                new Invariants.Check("rows were in the outbox at the kill", outboxAtKill > 0, outboxAtKill + " rows"),
                new Invariants.Check("outbox drained and its jobs claimed within 60 s of the restart",
                        drainedMs >= 0 && drainedMs <= 60_000, drainedMs < 0 ? "not within 150 s"
                                : seconds(drainedMs) + " s"));
        return new Outcome("broker killed, " + outboxAtKill + " rows piled up in the outbox, kill -9 the gateway; "
                + "an empty broker and a new gateway on the same port started", recovery, checks, killedAt, backAt,
                Invariants.Allowances::none, Duration.ofSeconds(180));
    }

    /** Kills the broker and starts an empty one on the same port: every queued job must be claimed within 60 s. */
    private Outcome brokerKill(String name, Env env) throws Exception {
        Instant killedAt = Instant.now();
        env.broker().kill();
        sleep(Duration.ofSeconds(5));
        env.broker().start();
        Instant backAt = Instant.now();
        long queuedAtReturn = env.db().count("select count(*) from generation_job where user_id like ? "
                + "and state = 'QUEUED'", name + "-%");
        long claimedMs = awaitMs(Duration.ofSeconds(150), () -> env.db().count("select count(*) from generation_job "
                + "where user_id like ? and state = 'QUEUED' and created_at < ?", name + "-%", backAt) == 0);
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("broker_down_s", seconds(Duration.between(killedAt, backAt).toMillis()));
        recovery.put("queued_at_return", queuedAtReturn);
        recovery.put("broker_back_to_all_claimed_s", seconds(claimedMs));
        List<Invariants.Check> checks = List.of(new Invariants.Check(
                "queued jobs claimed within 60 s of the broker's return", claimedMs >= 0 && claimedMs <= 60_000,
                queuedAtReturn + " queued at the return; " + (claimedMs < 0 ? "not all within 150 s"
                        : "all claimed after " + seconds(claimedMs) + " s")));
        return new Outcome("kill -9 the broker, start an empty one on the same port "
                + seconds(Duration.between(killedAt, backAt).toMillis()) + " s later", recovery, checks, null, null,
                Invariants.Allowances::none, Duration.ofSeconds(180));
    }

    /** Cuts the services off PostgreSQL for 45 s (the proxy refuses connections and closes the open ones). */
    private Outcome dbOutage(String name, Env env) throws Exception {
        TcpGate gate = Objects.requireNonNull(env.gate());
        Instant from = Instant.now();
        gate.cut();
        sleep(DB_OUTAGE);
        gate.open("127.0.0.1", 5432);
        Instant to = Instant.now();
        return afterDatabaseFault(name, env, "PostgreSQL unreachable for " + DB_OUTAGE.toSeconds()
                + " s (a TCP proxy refuses new connections and closes open ones)", from, to);
    }

    /** Restarts the private PostgreSQL instance ({@code pg_ctl restart -m fast}). */
    private Outcome pgRestart(String name, Env env) throws Exception {
        PrivatePostgres postgres = Objects.requireNonNull(env.postgres());
        Instant from = Instant.now();
        postgres.restart();
        Instant to = Instant.now();
        return afterDatabaseFault(name, env, "pg_ctl restart -m fast of the services' PostgreSQL (a private "
                + "instance), down " + seconds(Duration.between(from, to).toMillis()) + " s", from, to);
    }

    private Outcome afterDatabaseFault(String name, Env env, String fault, Instant from, Instant to) throws Exception {
        long firstMs = awaitMs(Duration.ofSeconds(120), () -> env.db().count("select count(*) from generation_job "
                + "where user_id like ? and state = 'COMPLETED' and finished_at > ?", name + "-%", to) > 0);
        long drainedMs = awaitMs(Duration.ofSeconds(180), () -> env.db().unfinishedBefore(name, to) == 0);
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("outage_s", seconds(Duration.between(from, to).toMillis()));
        recovery.put("end_to_first_completion_s", seconds(firstMs));
        recovery.put("end_to_backlog_drained_s", seconds(drainedMs));
        return new Outcome(fault, recovery, List.of(), from, to, Invariants.Allowances::none,
                Duration.ofSeconds(180));
    }

    /** The stand-in fails every call (503, or 429 with a long Retry-After) for a while, then serves again. */
    private Outcome providerFault(String name, Env env, StandInProvider.Mode mode, Duration length) throws Exception {
        Instant from = Instant.now();
        env.standIn().mode(mode);
        sleep(length);
        env.standIn().mode(StandInProvider.Mode.NORMAL);
        Instant to = Instant.now();
        long completeMs = awaitMs(Duration.ofSeconds(300), () -> env.db().unfinishedBefore(name, to) == 0);
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("fault_s", length.toSeconds());
        recovery.put("end_to_all_finished_s", seconds(completeMs));
        String fault = mode == StandInProvider.Mode.OUTAGE
                ? "the provider answers 503 to every call for " + length.toSeconds() + " s"
                : "the provider answers 429 with Retry-After: " + RETRY_AFTER_SECONDS + " to every call for "
                        + length.toSeconds() + " s";
        return new Outcome(fault, recovery, List.of(), from, to, Invariants.Allowances::none, Duration.ofSeconds(300));
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** The runner's own Kafka admin client (it waits for the broker) would otherwise log every retry at INFO. */
    private static void quietKafkaClients() {
        if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafka) {
            kafka.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Milliseconds until {@code condition} held (polled every 250 ms), or -1 when it did not within {@code limit}. */
    private static long awaitMs(Duration limit, Condition condition) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return -1;
    }

    private static Object seconds(long millis) {
        return millis < 0 ? "not reached" : Math.round(millis / 100.0) / 10.0;
    }

    private static java.util.UUID[] ids(Set<String> ids) {
        return ids.stream().map(java.util.UUID::fromString).toArray(java.util.UUID[]::new);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(duration.toMillis());
    }
}
