package io.avatarforge.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL instance of the run's own (initdb, pg_ctl), for the restart scenario: the shared server on 5432 must
 * never be restarted. PostgreSQL refuses to run as root, so every command runs as the {@code postgres} user through
 * {@code runuser} when the runner is root. Loopback only, trust authentication, data under a directory of its own
 * that is deleted when it stops.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrivatePostgres.class);
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dir;
    private final int port;
    private boolean running;

    PrivatePostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Whether this machine can run one (the binaries are installed); the scenario is skipped otherwise. */
    static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start(String database) throws Exception {
        Files.createDirectories(dir);
        if (isRoot()) {
            run(60, "chown", "postgres:postgres", dir.toString());
        }
        runAsPostgres(120, BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U",
                "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        running = true;
        runAsPostgres(60, BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("postgres.log").toString(), "-w", "-t", "50", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c max_connections=200", "start");
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        LOG.info("private PostgreSQL up on port {} with database {}", port, database);
    }

    /** {@code pg_ctl restart -m fast}: every connection is closed, the server is back when this returns. */
    void restart() throws Exception {
        runAsPostgres(90, BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("postgres.log").toString(), "-w", "-t", "60", "-m", "fast", "restart");
    }

    @Override
    public void close() {
        if (running) {
            try {
                runAsPostgres(90, BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                        "-t", "60", "-m", "fast", "stop");
            } catch (Exception e) {
                LOG.warn("could not stop the private PostgreSQL in {}: {}", dir, e.toString());
            }
            running = false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }

    private void runAsPostgres(int timeoutSeconds, String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(timeoutSeconds, full.toArray(String[]::new));
    }

    private void run(int timeoutSeconds, String... command) throws Exception {
        Path log = dir.resolve("commands.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeoutSeconds
                    + " s; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                    + "; see " + log);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
