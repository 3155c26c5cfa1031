package io.avatarforge.gateway.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.model.config.CostLimits;
import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The budget ledger on real PostgreSQL: caps hold under concurrency, refusals say when to retry, holds settle once. */
class BudgetLedgerTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final BigDecimal TEN_CENTS = new BigDecimal("0.10");

    private SimpleDriverDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;

    @BeforeEach
    void freshDatabase() {
        String url = PostgresTestDatabase.freshSchemaUrl("budget");
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("json_type", "jsonb")).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void concurrentReservationsFromTwoLedgersNeverPassTheDailyBudget() throws Exception {
        int fits = 37;
        CostLimits limits = limits(TEN_CENTS.multiply(BigDecimal.valueOf(fits)), null, null);
        // Two ledgers play two gateway replicas on one database; every transaction has its own connection.
        List<BudgetLedger> replicas = List.of(ledgerAt(NOON), ledgerAt(NOON));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<BigDecimal> highestCommitted = new AtomicReference<>(BigDecimal.ZERO);
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                BigDecimal committed = jdbc.sql("""
                        select coalesce(sum(spent + reserved), 0) from budget_usage where scope = 'global'
                        """).query(BigDecimal.class).single();
                highestCommitted.accumulateAndGet(committed, BigDecimal::max);
            }
        });

        int attempts = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < attempts; i++) {
                BudgetLedger ledger = replicas.get(i % 2);
                String user = "user-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return reserveInOwnTransaction(ledger, user, limits);
                }));
            }
            start.countDown();
        }
        running.set(false);
        watcher.join();

        long accepted = 0;
        for (Future<Boolean> outcome : outcomes) {
            accepted += outcome.get() ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(fits);
        assertThat(highestCommitted.get()).isLessThanOrEqualTo(limits.dailyBudget());
        assertThat(globalRow().reserved()).isEqualByComparingTo(limits.dailyBudget());
        assertThat(globalRow().generations()).isEqualTo(fits);
    }

    @Test
    void theFirstConcurrentRequestsOfADayAreNotRefusedWhileTheDayRowIsBeingCreated() throws Exception {
        // Each round is a fresh day, so its first requests race to create the day's rows; one race per day is rare
        // enough that several days are needed to meet it reliably.
        CostLimits huge = limits(new BigDecimal("1000000"), 1000, new BigDecimal("1000000"));
        int threads = 16;
        for (int round = 0; round < 20; round++) {
            BudgetLedger ledger = ledgerAt(NOON.plus(Duration.ofDays(round)));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int i = 0; i < threads; i++) {
                    // Two users, so both a user's row and the global row are created under contention.
                    String user = "user-" + round + "-" + i % 2;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return reserveInOwnTransaction(ledger, user, huge);
                    }));
                }
                start.countDown();
            }
            for (Future<Boolean> outcome : outcomes) {
                assertThat(outcome.get()).as("a request on day %d", round).isTrue();
            }
        }
        assertThat(reserveInOwnTransaction(ledgerAt(NOON), "user-0-0", limits(null, threads / 2, null)))
                .as("a user who used up the day's count is still refused").isFalse();
    }

    @Test
    void aBurstFromOneUserGetsExactlyItsDailyLimitAndLeavesOtherUsersAlone() throws Exception {
        CostLimits limits = limits(null, 5, null);
        BudgetLedger ledger = ledgerAt(NOON);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 40; i++) {
                outcomes.add(pool.submit(() -> reserveInOwnTransaction(ledger, "greedy", limits)));
            }
        }
        long accepted = 0;
        for (Future<Boolean> outcome : outcomes) {
            accepted += outcome.get() ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(reserveInOwnTransaction(ledger, "someone-else", limits)).isTrue();
    }

    @Test
    void aRefusalNamesTheCapAndSaysWhenTheDayResets() {
        BudgetLedger ledger = ledgerAt(Instant.parse("2026-11-25T23:00:00Z"));
        CostLimits limits = limits(null, 1, null);
        assertThat(reserveInOwnTransaction(ledger, "ann", limits)).isTrue();

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> ledger.reserve("ann", TEN_CENTS, limits)))
                .isInstanceOfSatisfying(ApiProblemException.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(429);
                    assertThat(refusal.code()).isEqualTo("user_daily_limit_reached");
                    assertThat(refusal.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3600");
                    assertThat(refusal.headers().getFirst("RateLimit-Policy")).isEqualTo("\"daily\";q=1;w=86400");
                    assertThat(refusal.headers().getFirst("RateLimit")).isEqualTo("\"daily\";r=0;t=3600");
                });
    }

    @Test
    void theBudgetDayFollowsTheConfiguredTimezone() {
        // 23:00 UTC is already the next day in Tokyo, whose midnight is 9 hours after UTC's.
        CostLimits tokyo = new CostLimits(TEN_CENTS, null, null, null, "Asia/Tokyo", null);
        BudgetLedger ledger = ledgerAt(Instant.parse("2026-11-25T23:00:00Z"));
        BudgetLedger.Reservation reservation = transactions.execute(s -> ledger.reserve("ann", TEN_CENTS, tokyo));
        assertThat(reservation.day()).isEqualTo(LocalDate.of(2026, 11, 26));

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> ledger.reserve("bob", TEN_CENTS, tokyo)))
                .isInstanceOfSatisfying(ApiProblemException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("daily_budget_exhausted");
                    // Tokyo's next midnight is 2026-11-26T15:00Z, 16 hours away.
                    assertThat(refusal.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("57600");
                });
    }

    @Test
    void aNewDayStartsWithTheWholeBudgetAgain() {
        CostLimits limits = limits(TEN_CENTS, null, null);
        assertThat(reserveInOwnTransaction(ledgerAt(NOON), "ann", limits)).isTrue();
        assertThat(reserveInOwnTransaction(ledgerAt(NOON), "bob", limits)).isFalse();

        assertThat(reserveInOwnTransaction(ledgerAt(NOON.plusSeconds(86_400)), "bob", limits)).isTrue();
    }

    @Test
    void aFailedOrCanceledJobGivesItsReservationBackExactlyOnce() {
        CostLimits limits = limits(TEN_CENTS, null, null);
        BudgetLedger ledger = ledgerAt(NOON);
        JobId job = aJobHolding(ledger, "ann", limits);

        transactions.executeWithoutResult(s -> ledger.release(job));
        transactions.executeWithoutResult(s -> ledger.release(job));

        assertThat(globalRow().reserved()).isEqualByComparingTo("0");
        assertThat(globalRow().generations()).isEqualTo(0);
        assertThat(reserveInOwnTransaction(ledger, "bob", limits)).as("the released budget is usable again").isTrue();
    }

    @Test
    void settlementReplacesTheReservationWithTheActualCostWhetherBelowOrAboveIt() {
        CostLimits limits = limits(new BigDecimal("1.00"), null, null);
        BudgetLedger ledger = ledgerAt(NOON);
        JobId cheaper = aJobHolding(ledger, "ann", limits);
        JobId dearer = aJobHolding(ledger, "ann", limits);

        var below = transactions.execute(s -> LedgerSettlement.settle(ledger.connection(), cheaper.value(),
                new BigDecimal("0.04"))).orElseThrow();
        var above = transactions.execute(s -> LedgerSettlement.settle(ledger.connection(), dearer.value(),
                new BigDecimal("0.13"))).orElseThrow();
        var again = transactions.execute(s -> LedgerSettlement.settle(ledger.connection(), dearer.value(),
                new BigDecimal("0.13")));

        assertThat(below.overrun()).isEqualByComparingTo("0");
        assertThat(above.overrun()).isEqualByComparingTo("0.03");
        assertThat(again).as("a second settlement of the same job").isEmpty();
        assertThat(globalRow().spent()).isEqualByComparingTo("0.17");
        assertThat(globalRow().reserved()).isEqualByComparingTo("0");
        assertThat(userRow("ann").spent()).isEqualByComparingTo("0.17");
    }

    private JobId aJobHolding(BudgetLedger ledger, String user, CostLimits limits) {
        JobId id = JobId.random();
        transactions.executeWithoutResult(s -> {
            BudgetLedger.Reservation reservation = ledger.reserve(user, TEN_CENTS, limits);
            jdbc.sql("""
                    insert into generation_job (id, state, user_id, style, quality, prompt, provider, input_image_ref,
                        estimated_cost, created_at, budget_day, reserved_cost)
                    values (:id, 'QUEUED', :user, 'cartoon_3d', 'medium', 'p', 'local', 'inputs/00/x.png',
                        :cost, :now, :day, :cost)
                    """)
                    .param("id", id.value())
                    .param("user", user)
                    .param("cost", reservation.amount())
                    .param("now", NOON.atOffset(ZoneOffset.UTC))
                    .param("day", reservation.day())
                    .update();
        });
        return id;
    }

    private boolean reserveInOwnTransaction(BudgetLedger ledger, String user, CostLimits limits) {
        try {
            transactions.executeWithoutResult(s -> ledger.reserve(user, TEN_CENTS, limits));
            return true;
        } catch (ApiProblemException refused) {
            return false;
        }
    }

    private BudgetLedger ledgerAt(Instant now) {
        return new BudgetLedger(JdbcClient.create(dataSource), dataSource, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static CostLimits limits(BigDecimal dailyBudget, Integer perUserCount, BigDecimal perUserBudget) {
        return new CostLimits(dailyBudget, perUserCount, perUserBudget, null, null, null);
    }

    private record Usage(BigDecimal spent, BigDecimal reserved, int generations) {
    }

    private Usage globalRow() {
        return usage("global");
    }

    private Usage userRow(String user) {
        return usage("user:" + user);
    }

    private Usage usage(String scope) {
        return jdbc.sql("select spent, reserved, generations from budget_usage where scope = :scope")
                .param("scope", scope)
                .query((rs, n) -> new Usage(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3)))
                .single();
    }
}
