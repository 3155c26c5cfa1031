package io.avatarforge.bench.chaos;

import io.avatarforge.bench.Processes;
import io.avatarforge.bench.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The broker process: started on two fixed loopback ports, killed, and started again empty on the same ones. */
final class Broker {

    private static final Logger LOG = LoggerFactory.getLogger(Broker.class);

    private final Processes processes;
    private final Path work;
    private final String javaBin;
    private final String classpath;
    private final int port;
    private final int controllerPort;
    private int generation;
    private @Nullable Process process;

    Broker(Processes processes, Path work, String javaBin, String classpath) throws IOException {
        this.processes = processes;
        this.work = work;
        this.javaBin = javaBin;
        this.classpath = classpath;
        this.port = Services.freePort();
        this.controllerPort = Services.freePort();
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts a broker with a new, empty log directory and waits (at most 90 s) until it answers. */
    void start() throws Exception {
        generation++;
        Path logDir = work.resolve("kafka-" + generation);
        // Empty, also when an earlier run into the same directory left one: the broker starts with no messages.
        if (Files.exists(logDir)) {
            try (Stream<Path> files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(logDir);
        Path properties = work.resolve("broker-" + generation + ".properties");
        Files.writeString(properties, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%d
                listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=PLAINTEXT://127.0.0.1:%d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%s
                num.partitions=12
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=12
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(controllerPort, port, controllerPort, port, logDir));
        process = processes.start("broker-" + generation, List.of(javaBin, "-Xmx512m", "-XX:+UseG1GC", "-cp",
                classpath, ChaosBrokerMain.class.getName(), properties.toString()), Map.of());
        awaitAnswer();
    }

    /** {@code kill -9}: nothing flushed, nothing handed over. */
    void kill() throws InterruptedException {
        Process running = process;
        if (running != null) {
            processes.kill(running);
            process = null;
        }
    }

    private void awaitAnswer() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            while (System.nanoTime() < deadline) {
                Process running = process;
                if (running == null || !running.isAlive()) {
                    throw new IllegalStateException("the broker exited; see logs/broker-" + generation + ".log");
                }
                try {
                    String id = admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
                    LOG.info("broker {} up at {} (cluster {})", generation, bootstrap(), id);
                    return;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    TimeUnit.MILLISECONDS.sleep(500);
                }
            }
        }
        throw new IllegalStateException("the broker did not answer within 90 s");
    }
}
