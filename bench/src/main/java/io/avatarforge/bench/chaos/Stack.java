package io.avatarforge.bench.chaos;

import io.avatarforge.bench.Processes;
import io.avatarforge.bench.Services;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One gateway and its workers, the production jars, on one database and one broker: started, killed with
 * {@code kill -9}, started again. The gateway keeps its port across restarts, so clients keep their address.
 */
final class Stack {

    static final String ADMIN_KEY = "chaos-only-admin-key-0123456789abcdef01234";
    /** A start on a busy two-core machine, several JVMs starting at once, has taken over 200 s. */
    private static final Duration READY_LIMIT = Duration.ofSeconds(420);
    /** Image preparation calls libjpeg-turbo through the foreign function API; without this Java 25 warns. */
    private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    /** Where the services and the runner find things. */
    record Setup(Processes processes, Path root, Path logs, Path dataDir, Path config, String javaBin,
            String jdbcUrl, String bootstrap) {
    }

    private final Setup setup;
    private final String name;
    private final int gatewayPort;
    private int gatewayStarts;
    private @Nullable Process gateway;
    private final Map<String, Process> workers = new LinkedHashMap<>();

    Stack(Setup setup, String name) throws java.io.IOException {
        this.setup = setup;
        this.name = name;
        this.gatewayPort = Services.freePort();
    }

    int gatewayPort() {
        return gatewayPort;
    }

    List<String> workerIds() {
        return new ArrayList<>(workers.keySet());
    }

    void startGateway() throws Exception {
        gatewayStarts++;
        String process = name + "-gateway-" + gatewayStarts;
        List<String> command = new ArrayList<>(List.of(setup.javaBin(), "-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                NATIVE_ACCESS, "-jar", Services.execJar(setup.root(), "api-gateway").toString(),
                "--server.port=" + gatewayPort,
                "--avatar.gateway.image-signing-key=chaos-only-signing-key-0123456789abcdef",
                "--avatar.gateway.security.bootstrap-admin-key=" + ADMIN_KEY));
        command.addAll(common());
        Process started = setup.processes().start(process, command, Map.of());
        gateway = started;
        Services.awaitReady(process, started, gatewayPort, setup.logs(), READY_LIMIT);
    }

    void killGateway() throws InterruptedException {
        Process running = gateway;
        if (running != null) {
            setup.processes().kill(running);
            gateway = null;
        }
    }

    void startWorker(String workerId) throws Exception {
        startWorkers(List.of(workerId));
    }

    /** Starts the workers at once and waits until all are ready (a JVM's start is mostly waiting on one core). */
    void startWorkers(List<String> workerIds) throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String workerId : workerIds) {
            int port = Services.freePort();
            List<String> command = new ArrayList<>(List.of(setup.javaBin(), "-Xmx512m", "-XX:+UseG1GC",
                    NATIVE_ACCESS, "-jar", Services.execJar(setup.root(), "generation-worker").toString(),
                    "--server.port=" + port, "--avatar.worker.worker-id=" + workerId));
            command.addAll(common());
            workers.put(workerId, setup.processes().start(name + "-worker-" + workerId, command, Map.of()));
            ports.put(workerId, port);
        }
        for (Map.Entry<String, Integer> worker : ports.entrySet()) {
            Services.awaitReady(name + "-worker-" + worker.getKey(), workers.get(worker.getKey()), worker.getValue(),
                    setup.logs(), READY_LIMIT);
        }
    }

    void killWorker(String workerId) throws InterruptedException {
        Process running = workers.remove(workerId);
        if (running != null) {
            setup.processes().kill(running);
        }
    }

    /** Stops every process of this stack politely (for the switch to another database). */
    void stop() {
        workers.values().forEach(setup.processes()::stop);
        workers.clear();
        Process running = gateway;
        if (running != null) {
            setup.processes().stop(running);
            gateway = null;
        }
    }

    private List<String> common() {
        return List.of("--spring.datasource.url=" + setup.jdbcUrl(), "--spring.datasource.username=postgres",
                "--spring.kafka.bootstrap-servers=" + setup.bootstrap(), "--avatar.data-dir=" + setup.dataDir(),
                "--avatar.config-path=" + setup.config(),
                "--logging.level.root=WARN", "--logging.level.io.avatarforge=INFO");
    }
}
