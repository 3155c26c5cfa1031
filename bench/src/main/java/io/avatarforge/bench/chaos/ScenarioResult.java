package io.avatarforge.bench.chaos;

import java.util.List;
import java.util.Map;

/**
 * One scenario's outcome: its checks (the invariants and its recovery targets), what the database says about its
 * jobs, recovery times, and what its clients saw.
 */
record ScenarioResult(String name, String fault, Invariants.Facts facts, List<Invariants.Check> checks,
        Map<String, Object> recovery, ClientSummary clients, String allowed) {

    boolean passed() {
        return checks.stream().allMatch(Invariants.Check::pass);
    }
}
