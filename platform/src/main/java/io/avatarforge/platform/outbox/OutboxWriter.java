package io.avatarforge.platform.outbox;

import io.avatarforge.model.event.ConfigChanged;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.event.Topics;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes outbox rows inside the caller's transaction, so a message exists exactly when the change it announces was
 * committed. After the commit it nudges the relay, which keeps dispatch latency at one round trip instead of a poll.
 */
@Component
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final Runnable afterCommit;
    private final OutboxTracing tracing;

    @Autowired
    OutboxWriter(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock, OutboxRelay relay, OutboxTracing tracing) {
        this(jdbc, jsonMapper, clock, relay::wakeUp, tracing);
    }

    /** {@code afterCommit} runs after each commit that wrote rows; without a relay in the process, a no-op will do. */
    public OutboxWriter(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock, Runnable afterCommit) {
        this(jdbc, jsonMapper, clock, afterCommit, OutboxTracing.none());
    }

    private OutboxWriter(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock, Runnable afterCommit,
            OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.tracing = tracing;
    }

    public void requested(GenerationRequested event) {
        enqueue(Topics.GENERATION_REQUESTED, event.jobId().toString(), jsonMapper.writeValueAsString(event));
    }

    public void completed(GenerationCompleted event) {
        enqueue(Topics.GENERATION_COMPLETED, event.jobId().toString(), jsonMapper.writeValueAsString(event));
    }

    public void configChanged(ConfigChanged event) {
        enqueue(Topics.CONFIG_CHANGED, ConfigChanged.KEY, jsonMapper.writeValueAsString(event));
    }

    private void enqueue(String topic, String key, String payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox rows must be written inside the business transaction");
        }
        jdbc.sql("""
                insert into outbox_message (topic, message_key, payload, created_at, traceparent) values (?, ?, ?, ?, ?)
                """)
                .params(topic, key, payload, clock.instant().atOffset(ZoneOffset.UTC), tracing.traceparent())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }
}
