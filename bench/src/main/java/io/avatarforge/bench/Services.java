package io.avatarforge.bench;

import io.avatarforge.bench.load.HttpConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What bench/run and chaos/run both need to run the production services: free loopback ports, the built jars, a
 * database of their own on the local server, waiting for readiness, and the backend API key the load calls with.
 */
public final class Services {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);
    /** The shared local server; runs create a database of their own on it and drop it at the end. */
    public static final String LOCAL_PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String HOST = "127.0.0.1";

    private Services() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The executable jar {@code module} built ({@code generation-worker}, {@code api-gateway}). */
    public static Path execJar(Path root, String module) {
        try (var files = Files.list(root.resolve(module).resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " exec jar not built"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most 180 s) until the service on {@code port} says it is ready; fails when its process exited. */
    public static void awaitReady(String name, Process process, int port, Path logs) throws Exception {
        awaitReady(name, process, port, logs, Duration.ofSeconds(180));
    }

    /** Waits (at most {@code limit}) until the service on {@code port} says it is ready. */
    public static void awaitReady(String name, Process process, int port, Path logs, Duration limit)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see its log in "
                        + logs);
            }
            try (HttpConnection c = new HttpConnection(HOST, port)) {
                if (c.get("/actuator/health/readiness").status() == 200) {
                    LOG.info("{} ready in {} ms", name, (System.nanoTime() - start) / 1_000_000);
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(300);
        }
        throw new IllegalStateException(name + " was not ready within " + limit.toSeconds() + " s");
    }

    public static void createDatabase(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(LOCAL_PG + "test", "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        LOG.info("database {} created", database);
    }

    public static void dropDatabase(String database) {
        try (Connection admin = DriverManager.getConnection(LOCAL_PG + "test", "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            LOG.warn("could not drop {}: {}", database, e.toString());
        }
    }

    /**
     * Creates an API key of scopes {@code generate} and {@code trusted_server} with the bootstrap admin key, as a
     * backend calling for its users would hold, and returns it.
     */
    public static String createBackendKey(int gatewayPort, String adminKey, String name) throws IOException {
        try (HttpConnection c = new HttpConnection(HOST, gatewayPort)) {
            HttpConnection.Response created = c.postAs("/api/v1/admin/api-keys",
                    ("{\"name\":\"" + name + "\",\"scopes\":[\"generate\",\"trusted_server\"]}")
                            .getBytes(StandardCharsets.UTF_8), adminKey);
            if (created.status() != 201) {
                throw new IllegalStateException("could not create the " + name + " API key: HTTP " + created.status());
            }
            String body = new String(created.body(), StandardCharsets.UTF_8);
            int start = body.indexOf("\"key\":\"") + 7;
            return body.substring(start, body.indexOf('"', start));
        }
    }
}
