import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { bufLint } from "../helpers/buf.js";
import { placeKeys, type Row } from "../helpers/rows.js";
import { cli, proto, tree, type Files } from "../helpers/tree.js";

// protoguard lint: the rules that read one version. With a buf.yaml, its lint
// section decides whether PACKAGE_VERSION_SUFFIX runs, and the places must be
// those of the real buf lint (its other rules filtered out).

const SCHEMA: Files = {
  "acme/billing/invoice.proto": proto("acme.billing", "message Invoice {}"),
  "acme/orders/v1/order.proto": proto("acme.orders.v1", "message Order {}"),
  "legacy/old.proto": proto("legacy", "message Old {}"),
  "b.proto": proto("bee", "message B {}"),
  "ignored.proto": `syntax = "proto3";\n\n// buf:lint:ignore PACKAGE_VERSION_SUFFIX\npackage ignored;\n\nmessage I {}\n`,
};

async function ours(dir: string): Promise<Row[]> {
  const r = await lint({ input: ".", cwd: dir });
  return r.findings.map((f) => ({ rule: f.rule, path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
}

const CASES: readonly [string, string, number][] = [
  ["v2 without a lint section (STANDARD), comment ignores allowed", "version: v2\n", 3],
  ["v2 with comment ignores disallowed", "version: v2\nlint:\n  disallow_comment_ignores: true\n", 4],
  ["v2 use BASIC (no PACKAGE_VERSION_SUFFIX)", "version: v2\nlint:\n  use: [BASIC]\n", 0],
  ["v1 DEFAULT, comment ignores not allowed", "version: v1\n", 4],
  ["v1 allow_comment_ignores", "version: v1\nlint:\n  allow_comment_ignores: true\n", 3],
  ["v1 except PACKAGE_VERSION_SUFFIX", "version: v1\nlint:\n  use: [DEFAULT]\n  except: [PACKAGE_VERSION_SUFFIX]\n", 0],
  [
    "v1 use by ID, ignore and ignore_only",
    "version: v1\nlint:\n  use: [PACKAGE_VERSION_SUFFIX]\n  ignore: [legacy]\n  ignore_only:\n    PACKAGE_VERSION_SUFFIX: [b.proto]\n",
    2,
  ],
  ["v1beta1 STYLE_DEFAULT", "version: v1beta1\nlint:\n  use: [STYLE_DEFAULT]\n", 4],
];

describe("protoguard lint with a buf.yaml agrees with buf lint", () => {
  it.each(CASES)("%s", async (_name, config, count) => {
    const dir = tree({ ...SCHEMA, "buf.yaml": config }, "protoguard-lint-");
    const theirs = (await bufLint(dir)).filter((r) => r.rule === "PACKAGE_VERSION_SUFFIX");
    const mine = await ours(dir);
    expect(mine.length).toBe(count);
    expect(placeKeys(mine)).toEqual(placeKeys(theirs));
  });
});

describe("protoguard lint --format buf-json", () => {
  it("prints buf lint's lines, messages included", async () => {
    const dir = tree({ ...SCHEMA, "buf.yaml": "version: v2\nlint:\n  use: [PACKAGE_VERSION_SUFFIX]\n" }, "protoguard-lint-");
    const theirs = await bufLint(dir);
    const r = await cli(["lint", ".", "--format", "buf-json"], dir);
    expect(r.code).toBe(1);
    const mine = r.stdout
      .trim()
      .split("\n")
      .map((l) => {
        const a = JSON.parse(l) as { path: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string; message: string };
        return { rule: a.type, path: a.path, line: a.start_line, column: a.start_column, endLine: a.end_line, endColumn: a.end_column, message: a.message };
      });
    expect(theirs.length).toBe(3);
    expect(mine).toEqual(theirs);
  });
});

describe("protoguard lint without a buf.yaml", () => {
  it("runs PACKAGE_VERSION_SUFFIX (and no two-version rule) and exits 1 on a finding", async () => {
    const dir = tree(SCHEMA, "protoguard-lint-");
    const r = await cli(["lint", "."], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('legacy/old.proto:3:1  PACKAGE_VERSION_SUFFIX  Package "legacy" has no version suffix; use "legacy.v1".');
    expect(r.stdout).toContain("4 problems in 4 files.");
    const json = JSON.parse((await cli(["lint", ".", "-f", "json"], dir)).stdout) as { findings: { rule: string }[] };
    expect(new Set(json.findings.map((f) => f.rule))).toEqual(new Set(["PACKAGE_VERSION_SUFFIX"]));
  });

  it("is clean on versioned packages, and honours protoguard.yaml", async () => {
    const clean = await cli(["lint", "."], tree({ "a.proto": proto("acme.a.v1", "message A {}") }, "protoguard-lint-"));
    expect(clean).toMatchObject({ code: 0, stdout: "No problems: 1 file checked with PACKAGE_VERSION_SUFFIX.\n" });
    const warned = await cli(["lint", "."], tree({ ...SCHEMA, "protoguard.yaml": "severity:\n  VERSIONING: warning\n" }, "protoguard-lint-"));
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("0 problems in 4 files, 4 warnings.");
  });
});
