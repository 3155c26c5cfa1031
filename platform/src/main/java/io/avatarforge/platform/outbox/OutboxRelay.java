package io.avatarforge.platform.outbox;

import io.avatarforge.platform.PlatformProperties;
import io.avatarforge.platform.loop.WorkLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed outbox rows to Kafka. Rows are locked with {@code FOR UPDATE SKIP LOCKED}, sent, and deleted only
 * after the broker acknowledged them, all in one transaction: if Kafka is down the transaction rolls back and the rows
 * wait, so nothing committed is lost; several gateways relay in parallel without sending a row twice (short of a crash
 * between acknowledgement and commit, which consumers tolerate because they are idempotent).
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private record Row(long id, String topic, String key, String payload, @Nullable String traceparent) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final PlatformProperties.Outbox settings;
    /**
     * At most one pending wake-up. A commit that lands while the relay is busy publishing leaves its wake-up here, so
     * the relay looks again at once instead of sleeping a whole poll interval (a hand-off queue lost those, which put
     * up to {@code pollInterval} on the pickup of jobs committed during a relay batch).
     */
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private final WorkLoop loop;
    private final OutboxTracing tracing;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            PlatformProperties properties) {
        this(jdbc, transactions, kafka, properties, OutboxTracing.none());
    }

    @Autowired
    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            PlatformProperties properties, OutboxTracing tracing) {
        this.tracing = tracing;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = properties.outbox();
        this.loop = new WorkLoop("outbox-relay", () -> relayBatch() >= settings.batchSize(),
                () -> wakeUps.poll(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS), LOG,
                "Outbox relay could not publish");
    }

    /** Called after a commit that wrote outbox rows; never blocks the caller. */
    void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    /** Relays one batch; returns how many rows went out. Visible for tests that drive the relay by hand. */
    int relayBatch() {
        Integer sent = transactions.execute(status -> {
            List<Row> rows = jdbc.sql("""
                    select id, topic, message_key, payload, traceparent from outbox_message
                    order by id limit :limit for update skip locked
                    """)
                    .param("limit", settings.batchSize())
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(tracing.relay(row.topic(), row.traceparent(),
                        () -> kafka.send(row.topic(), row.key(), row.payload())));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .orTimeout(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            jdbc.sql("delete from outbox_message where id in (:ids)")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .update();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Start after the Kafka producer infrastructure and stop before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
