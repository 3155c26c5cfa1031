package io.avatarforge.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every transition on real PostgreSQL: it moves a row only from the state its edge starts at (and on the worker's
 * attempt, where it names one), and what it implies (ledger settlement, the event in the outbox) is written with it or
 * not at all.
 */
class JobTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static JdbcClient jdbc;
    private static TransactionTemplate transactions;
    private static JobTransitions transitions;
    /** What the transitions published to the application's listeners, and whether inside their transaction. */
    private static final List<Published> FINISHED = new CopyOnWriteArrayList<>();

    private record Published(Object event, boolean inTransaction) {
    }

    @BeforeAll
    static void database() {
        String url = PostgresTestDatabase.freshSchemaUrl("transitions");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transitions = new JobTransitions(jdbc, transactions, dataSource,
                new OutboxWriter(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), () -> { }), event -> FINISHED.add(
                new Published(event, TransactionSynchronizationManager.isActualTransactionActive())));
    }

    /**
     * Each transition, with the state its edge starts from and the state it ends in. Every one but the claim announces
     * itself: a queued job is dispatched, a finished one completed; nobody waits for a claim.
     */
    private record Transition(String name, JobState from, JobState to, Function<GenerationJob, Boolean> apply) {

        boolean announces() {
            return !name.equals("claim") && !name.equals("defer");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Transition> transitionsUnderTest() {
        return Stream.of(
                new Transition("claim", JobState.QUEUED, JobState.PROCESSING,
                        job -> transitions.claim(job.id(), "worker-a", NOW, Duration.ofMinutes(3)).isPresent()),
                new Transition("complete", JobState.PROCESSING, JobState.COMPLETED,
                        job -> transitions.complete(job, aCompletion())),
                new Transition("fail", JobState.PROCESSING, JobState.FAILED,
                        job -> transitions.fail(job, new JobTransitions.Failure("provider_unavailable", "down", NOW,
                                null))),
                new Transition("requeue", JobState.PROCESSING, JobState.QUEUED,
                        job -> transitions.requeue(job.id(), NOW)),
                new Transition("defer", JobState.PROCESSING, JobState.QUEUED,
                        job -> transitions.defer(job, "waiting_for_provider", NOW.plusSeconds(30), NOW)),
                new Transition("failLost", JobState.PROCESSING, JobState.FAILED,
                        job -> transitions.failLost(job.id(), 3, NOW)),
                new Transition("cancelQueued", JobState.QUEUED, JobState.CANCELED,
                        job -> transitions.cancelQueued(job.id(), NOW)));
    }

    static Stream<Arguments> everyTransitionFromEveryState() {
        return transitionsUnderTest().flatMap(t -> Stream.of(JobState.values()).map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} on a {1} job")
    @MethodSource("everyTransitionFromEveryState")
    void aTransitionMovesARowOnlyFromTheStateItsEdgeStartsAt(Transition transition, JobState state) {
        GenerationJob job = aJobIn(state);

        boolean moved = transition.apply().apply(job);

        assertThat(moved).isEqualTo(state == transition.from());
        assertThat(stateOf(job.id())).isEqualTo(moved ? transition.to() : state);
        assertThat(outboxRowsFor(job.id())).as("an event exactly when the row moved")
                .isEqualTo(moved && transition.announces() ? 1 : 0);
        assertThat(FINISHED.stream().filter(p -> p.event() instanceof JobFinished f && f.jobId().equals(job.id())))
                .as("a finished job is published, inside its transaction, exactly when it moved to a terminal state")
                .containsExactlyElementsOf(moved && transition.to().isTerminal()
                        ? List.of(new Published(new JobFinished(job.id(), transition.to(), errorCodeOf(job.id()), NOW),
                                true))
                        : List.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = JobState.class, names = {"COMPLETED", "FAILED"})
    void aWorkerThatLostItsAttemptCannotFinishTheJob(JobState outcome) {
        GenerationJob claimed = transitions.claim(aJobIn(JobState.QUEUED).id(), "worker-a", NOW,
                Duration.ofMinutes(3)).orElseThrow();
        transitions.requeue(claimed.id(), NOW);
        GenerationJob reclaimed = transitions.claim(claimed.id(), "worker-b", NOW, Duration.ofMinutes(3))
                .orElseThrow();

        boolean finished = outcome == JobState.COMPLETED ? transitions.complete(claimed, aCompletion())
                : transitions.fail(claimed, new JobTransitions.Failure("provider_unavailable", "down", NOW, null));

        assertThat(finished).isFalse();
        assertThat(stateOf(claimed.id())).isEqualTo(JobState.PROCESSING);
        assertThat(reclaimed.attempts()).isEqualTo(2);
        assertThat(transitions.extendLease(claimed, NOW.plusSeconds(60))).isFalse();
        assertThat(transitions.extendLease(reclaimed, NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void completingAJobSettlesItsReservationAndAnnouncesItInTheSameTransaction() {
        GenerationJob job = aReservedJobIn(JobState.PROCESSING, new BigDecimal("0.08"));
        Map<String, Object> before = ledger("global");

        assertThat(transitions.complete(job, aCompletion())).isTrue();

        Map<String, Object> after = ledger("global");
        assertThat(((BigDecimal) before.get("reserved")).subtract((BigDecimal) after.get("reserved")))
                .as("the reservation is taken off").isEqualByComparingTo("0.08");
        assertThat(((BigDecimal) after.get("spent")).subtract((BigDecimal) before.get("spent")))
                .as("the actual cost is spent").isEqualByComparingTo("0.05");
        assertThat(jdbc.sql("select payload from outbox_message where message_key = :id")
                .param("id", job.id().toString()).query(String.class).single())
                .contains("\"state\":\"COMPLETED\"");
    }

    @Test
    void failingCancelingOrLosingAJobGivesItsReservationBack() {
        GenerationJob failed = aReservedJobIn(JobState.PROCESSING, new BigDecimal("0.10"));
        GenerationJob lost = aReservedJobIn(JobState.PROCESSING, new BigDecimal("0.10"));
        GenerationJob canceled = aReservedJobIn(JobState.QUEUED, new BigDecimal("0.10"));
        BigDecimal before = (BigDecimal) ledger("global").get("reserved");

        transitions.fail(failed, new JobTransitions.Failure("provider_unavailable", "down", NOW, null));
        transitions.failLost(lost.id(), 3, NOW);
        transitions.cancelQueued(canceled.id(), NOW);

        assertThat((BigDecimal) ledger("global").get("reserved")).isEqualByComparingTo(
                before.subtract(new BigDecimal("0.30")));
        assertThat(jdbc.sql("select error_code from generation_job where id in (:ids) order by error_code")
                .param("ids", List.of(failed.id().value(), lost.id().value(), canceled.id().value()))
                .query(String.class).list()).containsExactly("canceled", "provider_unavailable", "worker_lost");
    }

    @Test
    void aJobCreatedInATransactionThatRollsBackLeavesNeitherRowNorEvent() {
        JobId id = JobId.random();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            create(id);
            throw new IllegalStateException("the budget refused it");
        })).hasMessage("the budget refused it");

        assertThat(transitions.find(id)).isEmpty();
        assertThat(outboxRowsFor(id)).isZero();
    }

    @Test
    void aCreatedJobIsQueuedAndAnnounced() {
        JobId id = JobId.random();

        create(id);

        assertThat(stateOf(id)).isEqualTo(JobState.QUEUED);
        assertThat(outboxRowsFor(id)).isEqualTo(1);
    }

    @Test
    void aStaleQueuedJobIsAnnouncedAgainWithoutChangingState() {
        GenerationJob job = aJobIn(JobState.QUEUED);

        List<JobId> stale = transactions.execute(status -> transitions.lockStaleQueued(NOW.plusSeconds(3600), 1000));
        assertThat(stale).contains(job.id());
        assertThat(transitions.redispatch(job.id(), NOW)).isTrue();
        assertThat(transitions.redispatch(aJobIn(JobState.PROCESSING).id(), NOW)).isFalse();

        assertThat(stateOf(job.id())).isEqualTo(JobState.QUEUED);
        assertThat(outboxRowsFor(job.id())).isEqualTo(1);
    }

    @Test
    void aDeferredJobKeepsItsReservationAndIsNeitherClaimedNorRedispatchedBeforeItsTime() {
        GenerationJob job = aReservedJobIn(JobState.PROCESSING, new BigDecimal("0.05"));
        BigDecimal reservedBefore = (BigDecimal) ledger("global").get("reserved");

        assertThat(transitions.defer(job, "waiting_for_provider", NOW.plusSeconds(30), NOW)).isTrue();

        GenerationJob waiting = transitions.find(job.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
        assertThat(waiting.waiting()).isEqualTo(new GenerationJob.Waiting("waiting_for_provider", NOW.plusSeconds(30),
                NOW, 1));
        assertThat((BigDecimal) ledger("global").get("reserved")).isEqualByComparingTo(reservedBefore);
        assertThat(outboxRowsFor(job.id())).as("nothing announced until its time").isZero();
        assertThat(transitions.claim(job.id(), "worker-b", NOW.plusSeconds(29), Duration.ofMinutes(1))).isEmpty();
        List<JobId> stale = transactions.execute(status -> transitions.lockStaleQueued(NOW.plusSeconds(3600), 1000));
        assertThat(stale).doesNotContain(job.id());
        assertThat(transitions.defer(job, "waiting_for_provider", NOW.plusSeconds(60), NOW))
                .as("a worker that no longer holds it cannot defer it again").isFalse();
    }

    @Test
    void aDeferredJobIsDispatchedWhenItsTimeComesAndClaimedWithoutItsWait() {
        GenerationJob job = aJobIn(JobState.PROCESSING);
        transitions.defer(job, "waiting_for_provider", NOW.plusSeconds(30), NOW);

        transitions.releaseWaiting(NOW.plusSeconds(29), 1000);
        assertThat(outboxRowsFor(job.id())).isZero();
        transitions.releaseWaiting(NOW.plusSeconds(30), 1000);
        assertThat(outboxRowsFor(job.id())).isEqualTo(1);
        transitions.releaseWaiting(NOW.plusSeconds(31), 1000);
        assertThat(outboxRowsFor(job.id())).as("dispatched once").isEqualTo(1);

        GenerationJob claimed = transitions.claim(job.id(), "worker-b", NOW.plusSeconds(31), Duration.ofMinutes(1))
                .orElseThrow();
        assertThat(claimed.attempts()).isEqualTo(2);
        assertThat(claimed.waiting()).as("the wait is over, its start and count are kept")
                .isEqualTo(new GenerationJob.Waiting(null, null, NOW, 1));
    }

    @Test
    void aLaterDeferralKeepsTheWaitsStartSoMaxWaitBoundsTheWholeWait() {
        GenerationJob job = aJobIn(JobState.PROCESSING);
        transitions.defer(job, "waiting_for_provider", NOW.plusSeconds(5), NOW);
        transitions.releaseWaiting(NOW.plusSeconds(5), 1000);
        GenerationJob again = transitions.claim(job.id(), "worker-b", NOW.plusSeconds(6), Duration.ofMinutes(1))
                .orElseThrow();

        transitions.defer(again, "waiting_for_provider", NOW.plusSeconds(20), NOW.plusSeconds(7));

        assertThat(transitions.find(job.id()).orElseThrow().waiting())
                .isEqualTo(new GenerationJob.Waiting("waiting_for_provider", NOW.plusSeconds(20), NOW, 2));
    }

    @Test
    void anExpiredLeaseCountsOnlyTheClaimsThatLostTheirWorkerNotTheDeferrals() {
        GenerationJob job = aJobIn(JobState.PROCESSING);
        jdbc.sql("update generation_job set attempts = 4, deferrals = 3, lease_expires_at = :past where id = :id")
                .param("past", NOW.minusSeconds(1).atOffset(ZoneOffset.UTC)).param("id", job.id().value()).update();

        List<JobTransitions.ExpiredLease> expired = transactions.execute(status ->
                transitions.lockExpiredLeases(NOW, 1000));

        assertThat(expired).contains(new JobTransitions.ExpiredLease(job.id(), job.userId(), 4, 1));
    }

    @Test
    void jobsWaitingForAnIdenticalJobInFlightCompleteWithItsResultAtNoCostInItsTransaction() {
        JobPlan plan = aPlan().withCacheKey(uniqueKey());
        GenerationJob leader = aLeaderClaimed(plan);
        JobId follower = JobId.random();

        assertThat(transitions.createFollower(follower, plan, NOW)).contains(leader.id());
        assertThat(stateOf(follower)).as("waiting, but no worker's").isEqualTo(JobState.PROCESSING);
        assertThat(transitions.complete(leader, aCompletion())).isTrue();

        GenerationJob done = transitions.find(follower).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.cached()).isTrue();
        assertThat(done.cachedFrom()).isEqualTo(leader.id());
        assertThat(done.resultImage()).isEqualTo(aCompletion().result());
        assertThat(done.actualCost()).isEqualByComparingTo("0");
        assertThat(outboxRowsFor(follower)).as("announced like any completion").isEqualTo(1);
        assertThat(transitions.createFollower(JobId.random(), plan, NOW)).as("nothing in flight any more").isEmpty();
        assertThat(transitions.createFromResult(JobId.random(), plan, NOW.minusSeconds(60), NOW))
                .as("but its result answers").contains(leader.id());
    }

    @Test
    void jobsWaitingForAnIdenticalJobThatFailsFailTheSameWay() {
        JobPlan plan = aPlan().withCacheKey(uniqueKey());
        GenerationJob leader = aLeaderClaimed(plan);
        JobId follower = JobId.random();
        transitions.createFollower(follower, plan, NOW);

        transitions.fail(leader, new JobTransitions.Failure("content_policy_violation", "refused", NOW, null));

        GenerationJob failed = transitions.find(follower).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.errorCode()).isEqualTo("content_policy_violation");
        assertThat(failed.errorMessage()).isEqualTo("refused");
        assertThat(failed.cached()).isFalse();
        assertThat(transitions.createFromResult(JobId.random(), plan, NOW.minusSeconds(60), NOW))
                .as("a failure is no result").isEmpty();
    }

    @Test
    void onlyOneJobAtATimeGeneratesAKeyAndAJobOthersWaitForIsNotCanceled() {
        JobPlan plan = aPlan().withCacheKey(uniqueKey());
        JobId leader = JobId.random();
        transitions.create(leader, plan, anInput(), NOW, DAY);

        assertThatThrownBy(() -> transitions.create(JobId.random(), plan, anInput(), NOW,
                DAY)).isInstanceOf(DuplicateKeyException.class);
        transitions.createFollower(JobId.random(), plan, NOW);
        assertThat(transitions.cancelQueued(leader, NOW)).isFalse();
        assertThat(stateOf(leader)).isEqualTo(JobState.QUEUED);

        JobId alone = JobId.random();
        JobPlan other = aPlan().withCacheKey(uniqueKey());
        transitions.create(alone, other, anInput(), NOW, DAY);
        assertThat(transitions.cancelQueued(alone, NOW)).isTrue();
        JobId next = JobId.random();
        transitions.create(next, other, anInput(), NOW, DAY);
        assertThat(stateOf(next)).as("an ended job frees its key").isEqualTo(JobState.QUEUED);
    }

    private static String uniqueKey() {
        return java.util.UUID.randomUUID().toString().replace("-", "").repeat(2);
    }

    private static ImageRef anInput() {
        return new ImageRef("inputs/ab/" + java.util.UUID.randomUUID() + ".png");
    }

    /** A job created for {@code plan}'s cache key and claimed by a worker. */
    private static GenerationJob aLeaderClaimed(JobPlan plan) {
        JobId id = JobId.random();
        transitions.create(id, plan, anInput(), NOW, DAY);
        return transitions.claim(id, "worker-a", NOW, Duration.ofMinutes(3)).orElseThrow();
    }

    private static String errorCodeOf(JobId id) {
        return (String) jdbc.sql("select error_code from generation_job where id = :id").param("id", id.value())
                .query().singleRow().get("error_code");
    }

    private static JobTransitions.Completion aCompletion() {
        return new JobTransitions.Completion(new ImageRef("results/cd/1b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png"), "local", "offline",
                new BigDecimal("0.05"), 120, NOW, "{}");
    }

    private static void create(JobId id) {
        transitions.create(id, aPlan(), new ImageRef("inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png"), NOW, DAY);
    }

    static JobPlan aPlan() {
        return new JobPlan(new JobPlan.Requester("user-1", null),
                new JobPlan.Request("cartoon_3d", "medium", "a portrait", null), new JobPlan.Route("local", null),
                new JobPlan.Price(BigDecimal.ZERO, BigDecimal.ZERO, null), 1);
    }

    /** A job row in {@code state}, as the transitions would have left it (attempt 1 once claimed). */
    private static GenerationJob aJobIn(JobState state) {
        return aReservedJobIn(state, null);
    }

    private static GenerationJob aReservedJobIn(JobState state, BigDecimal reserved) {
        JobId id = JobId.random();
        boolean claimed = state != JobState.QUEUED;
        jdbc.sql("""
                insert into generation_job (id, state, user_id, style, quality, prompt, provider, input_image_ref,
                    estimated_cost, attempts, config_version, created_at, dispatched_at, started_at, budget_day,
                    reserved_cost)
                values (:id, :state, 'user-1', 'cartoon_3d', 'medium', 'a portrait', 'local', 'inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png',
                    0, :attempts, 1, :created, :created, :started, :day, :reserved)
                """)
                .param("id", id.value())
                .param("state", state.name())
                .param("attempts", claimed ? 1 : 0)
                .param("created", NOW.minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("started", claimed ? NOW.minusSeconds(30).atOffset(ZoneOffset.UTC) : null)
                .param("day", reserved == null ? null : DAY)
                .param("reserved", reserved == null ? BigDecimal.ZERO : reserved)
                .update();
        if (reserved != null) {
            jdbc.sql("""
                    insert into budget_usage (scope, usage_day, reserved, generations) values ('global', :day, :r, 1)
                    on conflict (scope, usage_day) do update
                    set reserved = budget_usage.reserved + :r, generations = budget_usage.generations + 1
                    """)
                    .param("day", DAY)
                    .param("r", reserved)
                    .update();
        }
        return transitions.find(id).orElseThrow();
    }

    private static JobState stateOf(JobId id) {
        return transitions.find(id).orElseThrow().state();
    }

    private static int outboxRowsFor(JobId id) {
        return jdbc.sql("select count(*) from outbox_message where message_key = :id")
                .param("id", id.toString()).query(Integer.class).single();
    }

    private static Map<String, Object> ledger(String scope) {
        return jdbc.sql("select reserved, spent from budget_usage where scope = :scope and usage_day = :day")
                .param("scope", scope).param("day", DAY).query().singleRow();
    }
}
