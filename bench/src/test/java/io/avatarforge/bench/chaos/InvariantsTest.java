package io.avatarforge.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    private static final BigDecimal PRICE = StandInProvider.PRICE;

    @Test
    void aScenarioWhereEveryPaidCallIsOnTheLedgerPassesEveryCheck() {
        Scenario scenario = new Scenario().completed("s-0").completed("s-1").completed("s-2");

        assertThat(failures(scenario.evaluate(Invariants.Allowances.none()))).isEmpty();
    }

    @Test
    void aJobPaidTwiceFailsUnlessItsWorkerDiedMidCall() {
        Scenario scenario = new Scenario().completed("s-0").completed("s-1").paidAgain("s-1");

        assertThat(failures(scenario.evaluate(Invariants.Allowances.none())))
                .containsExactlyInAnyOrder("no job ran twice", "ledger = paid calls");
        assertThat(failures(scenario.evaluate(new Invariants.Allowances(Set.of("s-1"), 1, "died mid-call"))))
                .isEmpty();
    }

    @Test
    void aPaidCallMissingFromTheLedgerFailsTheLedgerCheck() {
        Scenario scenario = new Scenario().completed("s-0").failedAfterPaying("s-1", "internal_error");

        List<Invariants.Check> checks = scenario.evaluate(Invariants.Allowances.none());

        assertThat(failures(checks)).containsExactlyInAnyOrder("every job completed", "ledger = paid calls");
        assertThat(check(checks, "every job completed").detail()).contains("FAILED internal_error=1");
        assertThat(check(checks, "ledger = paid calls").detail()).contains("2 paid calls", "$0.04 vs $0.08");
    }

    @Test
    void anAcceptedJobWithoutARowIsLost() {
        Scenario scenario = new Scenario().completed("s-0").acceptedOnly("9d6b3c5e-0000-4000-8000-000000000001");

        List<Invariants.Check> checks = scenario.evaluate(Invariants.Allowances.none());

        assertThat(failures(checks)).containsExactly("every 202 has a row");
        assertThat(check(checks, "every 202 has a row").detail()).isEqualTo("2 accepted, 1 without a row");
    }

    @Test
    void aQueuedJobIsStuckAndAMissingImageIsReported() {
        Scenario scenario = new Scenario().completed("s-0").queued("s-1").completedWithoutImage("s-2");

        assertThat(failures(scenario.evaluate(Invariants.Allowances.none()))).containsExactlyInAnyOrder(
                "no job stuck", "every job completed", "every completed job's image exists");
    }

    private static List<String> failures(List<Invariants.Check> checks) {
        return checks.stream().filter(c -> !c.pass()).map(Invariants.Check::name).toList();
    }

    private static Invariants.Check check(List<Invariants.Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A scenario's facts built job by job; the ledger follows the job rows unless a test says otherwise. */
    private static final class Scenario {
        private final Set<String> accepted = new LinkedHashSet<>();
        private final List<Invariants.Job> jobs = new ArrayList<>();
        private final Map<String, Integer> paid = new HashMap<>();
        private int serial;

        Scenario completed(String tag) {
            return job(tag, "COMPLETED", null, PRICE, false, true);
        }

        Scenario completedWithoutImage(String tag) {
            return job(tag, "COMPLETED", null, PRICE, true, true);
        }

        Scenario failedAfterPaying(String tag, String code) {
            return job(tag, "FAILED", code, BigDecimal.ZERO, true, true);
        }

        Scenario queued(String tag) {
            return job(tag, "QUEUED", null, BigDecimal.ZERO, true, false);
        }

        Scenario paidAgain(String tag) {
            paid.merge(tag, 1, Integer::sum);
            return this;
        }

        Scenario acceptedOnly(String jobId) {
            accepted.add(jobId);
            return this;
        }

        private Scenario job(String tag, String state, @Nullable String code, BigDecimal cost, boolean imageMissing,
                boolean called) {
            String id = "00000000-0000-4000-8000-" + String.format("%012d", ++serial);
            accepted.add(id);
            jobs.add(new Invariants.Job(id, tag, state, code, cost, BigDecimal.ZERO, imageMissing, Instant.EPOCH,
                    state.equals("QUEUED") ? null : Instant.EPOCH));
            if (called) {
                paid.merge(tag, 1, Integer::sum);
            }
            return this;
        }

        List<Invariants.Check> evaluate(Invariants.Allowances allowances) {
            BigDecimal ledger = jobs.stream().map(Invariants.Job::actualCost).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Invariants.evaluate(new Invariants.Facts(accepted, jobs, paid, ledger, BigDecimal.ZERO, ledger, 0,
                    0), allowances);
        }
    }
}
