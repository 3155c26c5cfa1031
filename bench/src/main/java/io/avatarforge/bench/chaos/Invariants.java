package io.avatarforge.bench.chaos;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The invariants every scenario must keep, evaluated from what the database and the stand-in provider say after the
 * scenario went quiet. Pure: {@link Facts} in, one {@link Check} per invariant out, each with its numbers.
 */
final class Invariants {

    private Invariants() {
    }

    /** One invariant's verdict and the numbers behind it. */
    record Check(String name, boolean pass, String detail) {
    }

    /** One of the scenario's job rows. */
    record Job(String id, String tag, String state, @Nullable String errorCode, BigDecimal actualCost,
            BigDecimal discardedCost, boolean imageMissing, Instant createdAt, @Nullable Instant finishedAt) {

        boolean terminal() {
            return state.equals("COMPLETED") || state.equals("FAILED") || state.equals("CANCELED");
        }
    }

    /** Everything the checks read about one scenario. */
    record Facts(Set<String> accepted, List<Job> jobs, Map<String, Integer> paidByTag, BigDecimal ledgerSpent,
            BigDecimal ledgerReserved, BigDecimal receiptCost, long unsettledReceipts, long outboxRows) {

        int paidCalls() {
            return paidByTag.values().stream().mapToInt(Integer::intValue).sum();
        }

        BigDecimal jobCosts() {
            return jobs.stream().map(j -> j.actualCost().add(j.discardedCost())).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
        }

        long lost() {
            Set<String> rows = jobs.stream().map(Job::id).collect(Collectors.toSet());
            return accepted.stream().filter(id -> !rows.contains(id)).count();
        }

        long completed() {
            return jobs.stream().filter(j -> j.state().equals("COMPLETED")).count();
        }

        /** Non-completed jobs by state and error code, e.g. {@code FAILED provider_unavailable=12}. */
        Map<String, Long> notCompleted() {
            return jobs.stream().filter(j -> !j.state().equals("COMPLETED"))
                    .collect(Collectors.groupingBy(j -> j.state() + (j.errorCode() == null ? "" : " " + j.errorCode()),
                            TreeMap::new, Collectors.counting()));
        }
    }

    /**
     * What a scenario may do that the invariants otherwise forbid, and why: the jobs whose worker died mid-call may
     * have been called twice, and that dead worker's calls answered after it died are paid but recorded nowhere.
     */
    record Allowances(Set<String> mayRunTwice, int unrecordedCalls, String why) {

        static Allowances none() {
            return new Allowances(Set.of(), 0, "");
        }
    }

    static List<Check> evaluate(Facts facts, Allowances allowed) {
        List<Check> checks = new ArrayList<>();
        long lost = facts.lost();
        checks.add(new Check("every 202 has a row", lost == 0,
                facts.accepted().size() + " accepted, " + lost + " without a row"));
        long stuck = facts.jobs().stream().filter(j -> !j.terminal()).count();
        checks.add(new Check("no job stuck", stuck == 0, stuck + " of " + facts.jobs().size() + " not terminal"));
        Map<String, Long> others = facts.notCompleted();
        checks.add(new Check("every job completed", others.isEmpty(), facts.completed() + " of "
                + facts.jobs().size() + " completed" + (others.isEmpty() ? "" : "; " + others)));
        List<String> twice = facts.paidByTag().entrySet().stream()
                .filter(e -> e.getValue() > 1 && !allowed.mayRunTwice().contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        long allowedTwice = facts.paidByTag().entrySet().stream()
                .filter(e -> e.getValue() > 1 && allowed.mayRunTwice().contains(e.getKey())).count();
        checks.add(new Check("no job ran twice", twice.isEmpty(), twice.size() + " jobs paid more than once"
                + (twice.isEmpty() ? "" : " " + twice.stream().limit(5).toList())
                + (allowedTwice == 0 ? "" : "; " + allowedTwice + " allowed (" + allowed.why() + ")")));
        int paid = facts.paidCalls();
        int recordable = paid - allowed.unrecordedCalls();
        BigDecimal expected = StandInProvider.PRICE.multiply(BigDecimal.valueOf(recordable));
        BigDecimal costs = facts.jobCosts();
        boolean ledger = costs.compareTo(expected) == 0 && facts.ledgerSpent().compareTo(costs) == 0
                && facts.receiptCost().compareTo(costs) == 0;
        checks.add(new Check("ledger = paid calls", ledger, paid + " paid calls at the stand-in"
                + (allowed.unrecordedCalls() == 0 ? "" : " (" + allowed.unrecordedCalls() + " allowed unrecorded: "
                        + allowed.why() + ")")
                + "; jobs' actual + discarded $" + plain(costs) + " vs $" + plain(expected)
                + " expected; ledger spent $" + plain(facts.ledgerSpent()) + "; settled receipts $"
                + plain(facts.receiptCost())));
        checks.add(new Check("reserved back to 0", facts.ledgerReserved().signum() == 0
                && facts.unsettledReceipts() == 0, "reserved $" + plain(facts.ledgerReserved()) + ", "
                + facts.unsettledReceipts() + " unsettled receipts"));
        checks.add(new Check("outbox empty", facts.outboxRows() == 0, facts.outboxRows() + " rows"));
        long missing = facts.jobs().stream().filter(j -> j.state().equals("COMPLETED") && j.imageMissing()).count();
        checks.add(new Check("every completed job's image exists", missing == 0,
                missing + " of " + facts.completed() + " missing"));
        return checks;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
