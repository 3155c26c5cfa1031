package io.avatarforge.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.job.ProviderCalls;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.platform.storage.LocalDiskImageStore;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.testkit.TestJobs;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sweeper across a database outage, on real PostgreSQL and a clock moved by hand. During an outage no worker can
 * renew its lease, so leases run out although their workers live; the sweeper, which could not reach the database
 * either, must give them {@code outage-grace} to renew before it takes their jobs (which would run, and be paid for,
 * twice). A worker that really died still loses its jobs, that much later.
 */
class JobSweeperOutageTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static JdbcClient jdbc;
    private static JobTransitions transitions;
    private static JobSweeper sweeper;
    private static ImageStore images;
    private static final MovableClock CLOCK = MovableClock.at(START);
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    @BeforeAll
    static void database() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("sweeper_outage");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transitions = new JobTransitions(jdbc, transactions, dataSource,
                new OutboxWriter(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), () -> { }), event -> { });
        // The sweeper's transactions cannot begin while the database is "down", as when no connection can be had.
        TransactionTemplate sweeps = new TransactionTemplate(new DataSourceTransactionManager(dataSource) {
            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                if (DOWN.get()) {
                    throw new CannotCreateTransactionException("the database is down");
                }
                super.doBegin(transaction, definition);
            }
        });
        // The defaults, as the gateway binds them: outage-grace 15 s, a sweep every 5 s.
        GatewayProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "avatar.gateway.image-signing-key", "test-only-signing-key-0123456789abcdef")))
                .bind("avatar.gateway", Bindable.of(GatewayProperties.class)).get();
        images = new LocalDiskImageStore(Files.createTempDirectory("sweeper-outage"));
        sweeper = new JobSweeper(transitions, new ProviderCalls(jdbc, transactions, dataSource), images, sweeps, CLOCK,
                new ThreadPoolTaskScheduler(), properties);
    }

    @Test
    void aLiveWorkersLeaseThatRanOutDuringAnOutageIsLeftToItToRenew() {
        GenerationJob job = aClaimedJob();
        // 45 s of outage: the lease ran out at +30 s. The database is back; the sweeper is first to reach it.
        outageOf(Duration.ofSeconds(45));
        CLOCK.advance(Duration.ofSeconds(1));
        sweeper.sweep();
        assertThat(stateOf(job)).isEqualTo("PROCESSING");

        // The worker reconnects and renews; later sweeps find a valid lease.
        assertThat(transitions.extendLease(job, CLOCK.instant().plus(LEASE))).isTrue();
        CLOCK.advance(Duration.ofSeconds(20));
        sweeper.sweep();
        assertThat(stateOf(job)).isEqualTo("PROCESSING");
    }

    @Test
    void aWorkerThatDiedDuringAnOutageLosesItsJobOnceTheGraceIsOver() {
        GenerationJob job = aClaimedJob();
        outageOf(Duration.ofSeconds(45));
        CLOCK.advance(Duration.ofSeconds(1));
        sweeper.sweep();
        assertThat(stateOf(job)).isEqualTo("PROCESSING");

        CLOCK.advance(Duration.ofSeconds(14));
        sweeper.sweep();

        assertThat(stateOf(job)).isEqualTo("QUEUED");
    }

    /** The database unreachable for {@code length}: every sweep (one each 5 s) fails. */
    private static void outageOf(Duration length) {
        DOWN.set(true);
        for (long s = 5; s <= length.toSeconds(); s += 5) {
            CLOCK.advance(Duration.ofSeconds(5));
            assertThatThrownBy(sweeper::sweep).isInstanceOf(CannotCreateTransactionException.class);
        }
        DOWN.set(false);
    }

    private static GenerationJob aClaimedJob() {
        JobId id = TestJobs.aQueuedJob().insert(jdbc, images);
        return transitions.claim(id, "w1", CLOCK.instant(), LEASE).orElseThrow();
    }

    private static String stateOf(GenerationJob job) {
        return jdbc.sql("select state from generation_job where id = :id").param("id", job.id().value())
                .query(String.class).single();
    }
}
