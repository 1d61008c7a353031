// Regenerates every file derived from the sources: the well-known files'
// descriptors (from @bufbuild/protobuf), the rule index (from the rule files),
// the rule table of docs/rules.md (from rule metadata) and the GitHub Action
// bundle. `npm run generate` writes them; `npm run generate -- --check`
// writes nothing and fails, naming each committed file that differs from what
// the sources give today.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundleAction, loadSources, ROOT } from "./lib/build.mjs";
import { ruleIndex } from "./lib/rule-index.mjs";
import { wellKnownData } from "./lib/well-known-data.mjs";

const check = process.argv.includes("--check");
const unknown = process.argv.slice(2).filter((a) => a !== "--check");
if (unknown.length > 0) {
  process.stderr.write(`generate: unknown argument ${JSON.stringify(unknown[0])} (only --check)\n`);
  process.exit(2);
}

const stale = [];
let count = 0;

/** Compares a derived file with its fresh text; writes it unless checking. */
function derive(path, text) {
  count++;
  const file = resolve(ROOT, path);
  let committed;
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    committed = undefined;
  }
  if (committed === text) return;
  stale.push(path);
  if (!check) writeFileSync(file, text);
}

derive("src/model/well-known-files.ts", wellKnownData());
// The rule index before the rule table, which is read from the rules it lists.
derive("rules/index.ts", ruleIndex(ROOT));
const { RULES, updateRulesTable } = await loadSources();
derive("docs/rules.md", updateRulesTable(readFileSync(resolve(ROOT, "docs/rules.md"), "utf8"), RULES));
derive("action/index.mjs", await bundleAction());

if (check && stale.length > 0) {
  process.stderr.write(`generate --check: out of date: ${stale.join(", ")}; run \`npm run generate\` and commit the result\n`);
  process.exit(1);
}
process.stdout.write(
  check ? `generate --check: ${count} derived files up to date\n` : `generate: ${stale.length === 0 ? "nothing to update" : `updated ${stale.join(", ")}`}\n`,
);
