// Validates every document of every *.yaml file in the directory given as the argument against its kind's schema
// (kubernetes-models: the Kubernetes OpenAPI schemas; @kubernetes-models/keda: KEDA's CRDs) and prints each valid
// document as one JSON line, for the Java test to check what the schemas cannot (names, ports, paths).
// Exits 1 naming the file, kind and error of the first invalid or unknown document.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const MODULES = {
  "v1": (kind) => `kubernetes-models/v1/${kind}`,
  "apps/v1": (kind) => `kubernetes-models/apps/v1/${kind}`,
  "policy/v1": (kind) => `kubernetes-models/policy/v1/${kind}`,
  "autoscaling/v2": (kind) => `kubernetes-models/autoscaling/v2/${kind}`,
  "keda.sh/v1alpha1": (kind) => `@kubernetes-models/keda/keda.sh/v1alpha1/${kind}`,
};

const dir = process.argv[2];
let failed = false;
for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
    if (doc.errors.length > 0) {
      console.error(`${file}: not YAML: ${doc.errors[0].message}`);
      failed = true;
      continue;
    }
    const manifest = doc.toJS();
    const where = `${file}: ${manifest?.apiVersion} ${manifest?.kind} ${manifest?.metadata?.name}`;
    const module = MODULES[manifest?.apiVersion];
    if (!module) {
      console.error(`${where}: no schema known for this apiVersion`);
      failed = true;
      continue;
    }
    let Model;
    try {
      Model = (await import(module(manifest.kind)))[manifest.kind];
    } catch (e) {
      console.error(`${where}: no schema known for this kind (${e.message})`);
      failed = true;
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (e) {
      console.error(`${where}: ${e.message}`);
      failed = true;
      continue;
    }
    console.log(JSON.stringify({ file, manifest }));
  }
}
process.exit(failed ? 1 : 0);
