package io.avatarforge.gateway.health;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Reports the broker in readiness without taking the instance out of rotation: while it is down, accepted jobs wait in
 * the outbox and are published when it is back, so the gateway keeps accepting, and every gateway would be down at once
 * had it failed readiness. Its status is {@link #DEGRADED}, which the readiness group answers with 200 and puts above
 * UP (see the gateway's defaults). One long-lived admin client; a timeout short enough for a probe's.
 */
@Component("kafka")
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    static final Status DEGRADED = new Status("DEGRADED", "The broker cannot be reached; jobs wait in the outbox");

    private final AdminClient admin;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
    }

    @Override
    public Health health() {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000))
                    .nodes()
                    .get(1200, TimeUnit.MILLISECONDS);
            return Health.up().withDetail("brokers", nodes.size()).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
