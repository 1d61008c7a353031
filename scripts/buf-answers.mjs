// Re-asks the real buf everything the tests ask it (the vitest project `buf`,
// PROTOGUARD_BUF=record), writes its answers to test/buf-answers/ and, when
// every test passed, deletes the answers no test asked for any more. With
// --missing, asks buf only what has no recorded answer (after adding fixtures).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const answers = join(root, "test/buf-answers");
const scratch = mkdtempSync(join(tmpdir(), "protoguard-buf-answers-"));
const used = join(scratch, "used");
const missing = process.argv.includes("--missing");
const selection = process.argv.slice(2).filter((a) => a !== "--missing");

try {
  const vitest = spawnSync("npx", ["vitest", "run", "--project", "buf", ...selection], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PROTOGUARD_BUF: missing ? "missing" : "record", PROTOGUARD_BUF_USED: used },
  });
  if (vitest.status !== 0) {
    console.error("buf-answers: answers written, but some tests failed (see above); unused answers were kept.");
    process.exit(vitest.status ?? 1);
  }
  if (selection.length > 0) {
    console.error("buf-answers: answers written for the selected tests; unused answers are pruned only by a full run.");
    process.exit(0);
  }
  const keep = new Set(existsSync(used) ? readFileSync(used, "utf8").split("\n").filter((k) => k !== "") : []);
  let pruned = 0;
  for (const name of existsSync(answers) ? readdirSync(answers) : []) {
    if (!name.endsWith(".json") || keep.has(name.slice(0, -".json".length))) continue;
    rmSync(join(answers, name));
    pruned++;
  }
  console.log(`buf-answers: ${keep.size} answers recorded, ${pruned} no longer asked for removed.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
