import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import { bufBreaking } from "./helpers/buf.js";
import { placeKeys, toRow } from "./helpers/rows.js";
import type { Finding } from "../src/model/finding.js";
import { RULES_BY_ID } from "../rules/index.js";

const ROOT = resolve(import.meta.dirname, "..");

const cli = (args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) => runCli(args, cwd, env);

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Findings of buf's rules (protoguard's own rules have no counterpart in buf). */
const fromBuf = (f: Finding): boolean => RULES_BY_ID.get(f.rule)?.origin !== "protoguard";

const DEMO = ["breaking", "fixtures/demo/current", "--against", "fixtures/demo/previous"];

describe("protoguard breaking", () => {
  it("reports the demo's breaking changes with rule IDs and exits 1", async () => {
    const { code, stdout, stderr } = await cli(DEMO);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toContain(
      "fixtures/demo/current/acme/orders/v1/order.proto:12:1  FIELD_NO_DELETE  Field 4 \"coupon_code\" was deleted from message acme.orders.v1.Order.",
    );
    expect(stdout).toMatch(
      /\n\d+ breaking changes in 3 files\.\nacme\.billing\.v1 is a stable package: its \d+ breaking changes belong in a new package acme\.billing\.v2\.\nacme\.orders\.v1 is a stable package: its \d+ breaking changes belong in a new package acme\.orders\.v2\.\n$/,
    );
    expect(stdout).toContain('FIELD_NO_RENUMBER  Field "memo" on message acme.billing.v1.Invoice was renumbered from 6 to 7');
    expect(stdout).not.toContain("\u001b[");
  });

  it("finds on the demo exactly what buf breaking finds, at the same places", async () => {
    const { stdout } = await cli([...DEMO, "--format", "json"]);
    const ours = (JSON.parse(stdout) as { findings: Finding[] }).findings.filter(fromBuf).map((f) => toRow(f, false));
    const bufs = await bufBreaking(join(ROOT, "fixtures/demo"), ["FILE"]);
    expect(ours.length).toBeGreaterThan(5);
    expect(placeKeys(ours)).toEqual(placeKeys(bufs));
  });

  it("prints JSON with a summary, and --use selects rules as buf does", async () => {
    const { code, stdout } = await cli([...DEMO, "--format", "json", "--use", "WIRE"]);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { version: number; findings: Finding[]; summary: Record<string, number> };
    expect(out.version).toBe(1);
    expect(out.summary["errors"]).toBe(out.findings.length);
    expect(out.summary["filesCompared"]).toBe(3);
    const buf = await bufBreaking(join(ROOT, "fixtures/demo"), ["WIRE"]);
    const ours = out.findings.filter(fromBuf).map((f) => toRow(f, false));
    expect(placeKeys(ours)).toEqual(placeKeys(buf));
    expect(new Set(ours.map((f) => f.rule))).toContain("RPC_SAME_SERVER_STREAMING");
    const renumbered = out.findings.find((f) => f.rule === "FIELD_NO_RENUMBER");
    expect(renumbered?.fix).toBe('restore number 6 for "memo" and give "currency" an unused number');
  });

  it("colours only when asked", async () => {
    const { stdout } = await cli(DEMO, { FORCE_COLOR: "1" });
    expect(stdout).toContain("\u001b[");
  });

  it("says so when nothing broke, and exits 0", async () => {
    const { code, stdout } = await cli(["breaking", "fixtures/demo/current", "--against", "fixtures/demo/current"]);
    expect(code).toBe(0);
    expect(stdout).toBe("No breaking changes: 3 files compared against fixtures/demo/current (directory).\n");
  });

  it("honours --except", async () => {
    const { code } = await cli([
      ...DEMO,
      "--use",
      "RPC_SAME_SERVER_STREAMING",
      "--except",
      "RPC_SAME_SERVER_STREAMING",
    ]);
    expect(code).toBe(0);
  });

  it("accepts a deprecated rule ID with a warning", async () => {
    const { code, stderr } = await cli([...DEMO, "--use", "FIELD_SAME_LABEL"]);
    expect(code).toBe(0);
    expect(stderr).toContain("FIELD_SAME_LABEL is deprecated; using FIELD_SAME_CARDINALITY");
  });
});

describe("bad input ends with exit 2 and a located message", () => {
  it("a syntax error", async () => {
    const bad = tree({ "a.proto": 'syntax = "proto3";\nmessage A {\n  string a = 1\n  int32 b = 2;\n}\n' });
    const good = tree({ "a.proto": 'syntax = "proto3";\nmessage A {}\n' });
    const { code, stdout, stderr } = await cli(["breaking", bad, "--against", good]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^${bad}/a\\.proto:4:3: .+\\n`));
    expect(stderr).toContain("the current schema does not compile");
    expect(stderr).not.toContain("    at ");
  });

  it("a missing import in the previous schema", async () => {
    const good = tree({ "a.proto": 'syntax = "proto3";\nmessage A {}\n' });
    const bad = tree({ "a.proto": 'syntax = "proto3";\nimport "missing/b.proto";\nmessage A {}\n' });
    const { code, stderr } = await cli(["breaking", good, "--against", bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${bad}/a\\.proto:2:1: .*missing/b\\.proto`));
    expect(stderr).toContain("the previous schema does not compile");
  });

  it("a binary file named .proto", async () => {
    const good = tree({ "a.proto": 'syntax = "proto3";\nmessage A {}\n' });
    const bin = tree({});
    writeFileSync(join(bin, "a.proto"), Buffer.from([0x0a, 0x07, 0x61, 0x2e, 0x70, 0x00, 0xff, 0xfe, 0x12]));
    const { code, stderr } = await cli(["breaking", bin, "--against", good]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${bin}/a\\.proto:\\d+:\\d+: `));
  });

  it("a truncated descriptor set", async () => {
    const dir = tree({ "a.proto": 'syntax = "proto3";\nmessage A {}\n' });
    const set = join(dir, "old.binpb");
    writeFileSync(set, Buffer.from([0x0a, 0x30, 0x0a, 0x07, 0x61]));
    const { code, stderr } = await cli(["breaking", dir, "--against", set]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${set}:1:1: not a valid binary FileDescriptorSet`);
  });

  it("an input that does not exist", async () => {
    const { code, stderr } = await cli(["breaking", ".", "--against", "mian"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--against "mian": no directory, file or git revision by that name');
  });

  it("a mistyped flag, with a suggestion", async () => {
    const { code, stderr } = await cli(["breaking", ".", "--againts", "x"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown argument|Did you mean/i);
  });

  it("an unknown rule, with a suggestion", async () => {
    const { code, stderr } = await cli([...DEMO, "--use", "FIELD_NO_DELET"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown rule or category "FIELD_NO_DELET" (did you mean "FIELD_NO_DELETE"?)');
  });
});

describe("protoguard rules and explain", () => {
  it("lists every rule", async () => {
    const { code, stdout } = await cli(["rules", "--format", "json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; default: boolean }[];
    expect(rows.find((r) => r.id === "FIELD_NO_DELETE")?.default).toBe(true);
  });

  it("prints a rule's doc", async () => {
    const { code, stdout } = await cli(["explain", "field_no_delete"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# FIELD_NO_DELETE\n/);
  });
});
