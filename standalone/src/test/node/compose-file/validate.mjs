// Validates the Compose file given as the argument as `docker compose config` does before it runs anything: YAML
// that parses, and a document valid against the Compose Specification's JSON schema (the copy dclint ships; it reports
// a schema violation as rule "invalid-schema" and unparsable YAML as "invalid-yaml"). dclint's other rules are style
// opinions (key order, quoted ports), not validity: they are printed for reading and fail nothing.
// Prints one JSON line per finding, {"rule", "severity", "line", "message"}, and exits 0 when the file is valid,
// 1 when it is not.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const VALIDITY = new Set(["invalid-schema", "invalid-yaml"]);
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("dclint/package.json")), "bin", "dclint.cjs");

let report;
try {
  report = execFileSync(process.execPath, [cli, "--formatter", "json", "--color", "false", process.argv[2]],
    { encoding: "utf8" });
} catch (e) {
  // dclint exits 1 when it found anything at all, style included; its report is on stdout either way.
  report = e.stdout;
}
let invalid = false;
for (const file of JSON.parse(report)) {
  for (const m of file.messages) {
    console.log(JSON.stringify({ rule: m.rule, severity: m.severity, line: m.line, message: m.message }));
    if (VALIDITY.has(m.rule)) {
      console.error(`${file.filePath}:${m.line}: ${m.message}`);
      invalid = true;
    }
  }
}
process.exit(invalid ? 1 : 0);
