package io.avatarforge.bench.chaos;

import java.io.IOException;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker (Kafka's own server, not the test kit's) listening on the ports its properties file
 * names, so that a killed broker can be replaced by an empty one on the same address, as an operator's restart of a
 * broker that lost its disk would. Usage: {@code ChaosBrokerMain <server.properties>}. It formats the (empty) log
 * directory, runs until killed, and stops when its standard input closes (the runner exited).
 */
public final class ChaosBrokerMain {

    private ChaosBrokerMain() {
    }

    public static void main(String[] args) {
        String properties = args[0];
        int formatted = kafka.tools.StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", properties}, System.out);
        if (formatted != 0) {
            System.exit(formatted);
        }
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Only end of input matters.
                }
            } catch (IOException e) {
                // Closed: the runner is gone.
            }
            System.exit(0);
        });
        kafka.Kafka.main(new String[] {properties});
    }
}
