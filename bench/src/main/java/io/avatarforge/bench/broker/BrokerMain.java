package io.avatarforge.bench.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft broker in a process of its own, standing in for the Kafka cluster the production gateway and
 * worker need (they refuse an in-process broker). Usage: {@code BrokerMain <bootstrap-file> <max-lifetime-seconds>}.
 * It writes its bootstrap address to the file once it is up, and stops when its standard input closes (the runner
 * exited) or its lifetime is over, whichever comes first.
 */
public final class BrokerMain {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerMain.class);

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path bootstrapFile = Path.of(args[0]);
        Duration lifetime = Duration.ofSeconds(Long.parseLong(args[1]));
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 12);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "true",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        try {
            Path partial = bootstrapFile.resolveSibling(bootstrapFile.getFileName() + ".tmp");
            Files.writeString(partial, broker.getBrokersAsString(), StandardCharsets.UTF_8);
            Files.move(partial, bootstrapFile);
            LOG.info("Bench broker up at {}", broker.getBrokersAsString());
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // Only end of input matters.
                    }
                } catch (IOException e) {
                    LOG.debug("stdin closed: {}", e.toString());
                }
            });
            watcher.join(lifetime);
        } finally {
            broker.destroy();
        }
    }
}
