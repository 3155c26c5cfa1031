package io.avatarforge.bench.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code report.json} (per scenario: checks, recovery times, client answers) and {@code report.md}. */
final class ChaosReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ChaosReport() {
    }

    static void write(Path out, Map<String, Object> run, List<ScenarioResult> results) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("passed", results.stream().allMatch(ScenarioResult::passed));
        json.put("scenarios", results.stream().map(ChaosReport::json).toList());
        Files.writeString(out.resolve("report.json"), JSON.writeValueAsString(json) + "\n");
        Files.writeString(out.resolve("report.md"), markdown(run, results));
    }

    private static Map<String, Object> json(ScenarioResult r) {
        Invariants.Facts f = r.facts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("fault", r.fault());
        m.put("passed", r.passed());
        m.put("jobs", f.jobs().size());
        m.put("accepted_202", f.accepted().size());
        m.put("completed", f.completed());
        m.put("not_completed", f.notCompleted());
        m.put("lost", f.lost());
        m.put("paid_calls", f.paidCalls());
        m.put("job_costs", f.jobCosts().toPlainString());
        m.put("ledger_spent", f.ledgerSpent().toPlainString());
        m.put("ledger_calls", calls(f.ledgerSpent()));
        m.put("settled_receipts_cost", f.receiptCost().toPlainString());
        m.put("allowed", r.allowed());
        m.put("checks", r.checks());
        m.put("recovery", r.recovery());
        m.put("clients", r.clients());
        return m;
    }

    static String markdown(Map<String, Object> run, List<ScenarioResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Avatar Forge chaos report (").append(run.get("profile")).append(" run)\n\n");
        md.append("Command: `").append(run.get("command")).append("`; started ").append(run.get("started_at"))
                .append(", ").append(run.get("wall_seconds")).append(" s.\n\n");
        md.append("Setup: ").append(run.get("setup")).append("\n\n");
        md.append("Machine: ").append(run.get("machine")).append("\n\n");
        md.append("| Scenario | Jobs | Completed | Failed (codes) | Lost | Paid calls vs ledger | Recovery "
                + "| Clients saw | Result |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : results) {
            Invariants.Facts f = r.facts();
            String failed = f.notCompleted().isEmpty() ? "0" : f.notCompleted().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            md.append("| ").append(r.name()).append(" | ").append(f.jobs().size()).append(" | ")
                    .append(f.completed()).append(" | ").append(failed).append(" | ").append(f.lost()).append(" | ")
                    .append(f.paidCalls()).append(" paid / ").append(calls(f.ledgerSpent())).append(" in ledger")
                    .append(r.allowed().isEmpty() ? "" : " (" + r.allowed() + ")").append(" | ")
                    .append(recovery(r.recovery())).append(" | ").append(r.clients().brief())
                    .append(r.clients().duringFault() == null ? "" : "; " + r.clients().duringFault())
                    .append(" | ").append(r.passed() ? "pass" : "**FAIL**").append(" |\n");
        }
        md.append("\n## Checks\n");
        for (ScenarioResult r : results) {
            md.append("\n### ").append(r.name()).append("\n\n").append(r.fault()).append("\n\n");
            for (Invariants.Check c : r.checks()) {
                md.append("- ").append(c.pass() ? "pass" : "**FAIL**").append(": ").append(c.name()).append(" — ")
                        .append(c.detail()).append("\n");
            }
        }
        return md.toString();
    }

    private static String recovery(Map<String, Object> recovery) {
        return recovery.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static long calls(BigDecimal dollars) {
        return dollars.divide(StandInProvider.PRICE, java.math.RoundingMode.HALF_UP).longValue();
    }
}
