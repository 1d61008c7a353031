import { cpSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { bufBreakingIn } from "./helpers/buf.js";
import { casesOf, inPool, type FixtureCase } from "./helpers/fixtures.js";
import type { Row } from "./helpers/rows.js";
import { cli } from "./helpers/tree.js";

// `--format buf-json` is a drop-in for `buf breaking --error-format json`: on
// the whole fixture corpus, the same lines in the same order, with the same
// paths, places and messages. To need few buf calls, the cases are packed into v2
// workspaces (one module per case, each with its rule in a `breaking:` of its
// own) in which no file path occurs twice, as buf requires.

const CASES: FixtureCase[] = RULES.filter((r) => (r.origin ?? "buf") === "buf").flatMap((r) => casesOf(r));

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) => statSync(join(dir, p)).isFile()).map((p) => p.split("\\").join("/"));
}

/** Greedy packing: each case goes into the first workspace where none of its paths is taken. */
function pack(cases: readonly FixtureCase[]): FixtureCase[][] {
  const groups: { cases: FixtureCase[]; paths: Set<string> }[] = [];
  for (const c of cases) {
    const paths = [...new Set([...filesBelow(join(c.dir, "current")), ...filesBelow(join(c.dir, "previous"))])];
    let group = groups.find((g) => paths.every((p) => !g.paths.has(p)));
    if (group === undefined) {
      group = { cases: [], paths: new Set() };
      groups.push(group);
    }
    group.cases.push(c);
    for (const p of paths) group.paths.add(p);
  }
  return groups.map((g) => g.cases);
}

function workspace(cases: readonly FixtureCase[]): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-bufjson-"));
  const modules = cases.map((c) => `  - path: ${relative(join(c.dir, "../.."), c.dir)}\n    breaking:\n      use: [${c.rule.id}]\n`).join("");
  for (const side of ["current", "previous"] as const) {
    for (const c of cases) cpSync(join(c.dir, side), join(dir, side, relative(join(c.dir, "../.."), c.dir)), { recursive: true });
    writeFileSync(join(dir, side, "buf.yaml"), `version: v2\nmodules:\n${modules}`);
  }
  return dir;
}

function parse(lines: string): Row[] {
  return lines
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const a = JSON.parse(l) as { path?: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string; message: string };
      return { rule: a.type, path: a.path ?? null, line: a.start_line, column: a.start_column, endLine: a.end_line, endColumn: a.end_column, message: a.message };
    });
}

const GROUPS = pack(CASES);
const results: { name: string; ours: Row[]; theirs: Row[] | Error }[] = [];

beforeAll(async () => {
  await inPool(GROUPS, 2, async (cases) => {
    const dir = workspace(cases);
    // Run from above the input: buf prints paths with the input's directory in front.
    const theirs = await bufBreakingIn(dir, ["current", "--against", "previous"], dir, true);
    const ours = await cli(["breaking", "current", "--against", "previous", "--format", "buf-json"], dir);
    const name = `${cases.length} cases from ${relative(join(cases[0]?.dir ?? "", "../.."), cases[0]?.dir ?? "")}`;
    results.push({
      name,
      ours: ours.code === 2 ? [] : parse(ours.stdout),
      theirs: Array.isArray(theirs) ? theirs : new Error(`buf refused ${name}: ${theirs.stderr}`),
    });
  });
}, 300_000);

describe("--format buf-json prints what buf breaking --error-format json prints", () => {
  it("packs the corpus into few workspaces", () => {
    expect(CASES.length).toBeGreaterThan(200);
    expect(GROUPS.length).toBeLessThan(CASES.length / 3);
  });

  it("on every workspace of the fixture corpus: same lines, same order, same paths, same messages", () => {
    expect(results.length).toBe(GROUPS.length);
    let lines = 0;
    for (const r of results) {
      if (r.theirs instanceof Error) throw r.theirs;
      // Soft: one run lists every workspace that differs.
      expect.soft(r.ours, r.name).toEqual(r.theirs);
      lines += r.theirs.length;
    }
    expect(lines).toBeGreaterThan(200);
    expect(results.flatMap((r) => (r.theirs instanceof Error ? [] : r.theirs)).every((row) => row.path === null || row.path.startsWith("current/"))).toBe(true);
  });
});
