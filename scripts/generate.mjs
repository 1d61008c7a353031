// Regenerates every file derived from the sources: the README's rule table
// (from rule metadata) and the GitHub Action bundle. `npm run generate` writes
// them; `npm run generate -- --check` writes nothing and fails, naming each
// committed file that differs from what the sources give today.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundleAction, loadSources, ROOT } from "./lib/build.mjs";

const check = process.argv.includes("--check");
const unknown = process.argv.slice(2).filter((a) => a !== "--check");
if (unknown.length > 0) {
  process.stderr.write(`generate: unknown argument ${JSON.stringify(unknown[0])} (only --check)\n`);
  process.exit(2);
}

const { RULES, updateReadme } = await loadSources();
const readme = resolve(ROOT, "README.md");

/** Each derived file, by path from the root, and its fresh text. */
const targets = [
  ["README.md", updateReadme(readFileSync(readme, "utf8"), RULES)],
  ["action/index.mjs", await bundleAction()],
];

const stale = [];
for (const [path, text] of targets) {
  const file = resolve(ROOT, path);
  let committed;
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    committed = undefined;
  }
  if (committed === text) continue;
  stale.push(path);
  if (!check) writeFileSync(file, text);
}

if (check && stale.length > 0) {
  process.stderr.write(`generate --check: out of date: ${stale.join(", ")}; run \`npm run generate\` and commit the result\n`);
  process.exit(1);
}
process.stdout.write(
  check ? `generate --check: ${targets.length} derived files up to date\n` : `generate: ${stale.length === 0 ? "nothing to update" : `updated ${stale.join(", ")}`}\n`,
);
