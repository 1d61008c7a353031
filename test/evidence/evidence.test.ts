import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { compareImages } from "../../src/compare/pair.js";
import { evidenceFor } from "../../src/evidence/index.js";
import { compile } from "../../src/frontend/index.js";
import { buildImage, createImageCache } from "../../src/image/build.js";
import type { Image } from "../../src/image/model.js";
import { breaking, type BreakingResult } from "../../src/index.js";
import { evidenceLine, type Evidence } from "../../src/model/evidence.js";
import type { Finding } from "../../src/model/finding.js";
import { formatReport } from "../../src/report/index.js";
import type { ReportContext } from "../../src/report/context.js";
import { runRulesLocated } from "../../src/run/engine.js";

const ROOT = resolve(import.meta.dirname, "../..");
const encoder = new TextEncoder();

function image(text: string): Image {
  return buildImage(compile([{ path: "a.proto", bytes: encoder.encode(text) }]).files, createImageCache());
}

/** The evidence of each finding of one rule between two versions of a.proto. */
function evidenceOf(ruleId: string, previous: string, current: string, deadline = Number.MAX_SAFE_INTEGER): (Evidence | undefined)[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const [p, c] = [image(previous), image(current)];
  const located = runRulesLocated(compareImages(p, c), [rule]);
  expect(located.length).toBeGreaterThan(0);
  return located.map((l) =>
    evidenceFor({ rule, previous: l.previous?.element, current: l.current?.element }, { previous: p, current: c, deadline }),
  );
}

const ORDER = (body: string): string => `syntax = "proto3";\npackage acme.v1;\nmessage Order {\n${body}\n}\n`;

describe("evidence for one finding", () => {
  it("shows the bytes of a type change and what the new reader makes of them", () => {
    const [e] = evidenceOf("FIELD_WIRE_COMPATIBLE_TYPE", ORDER("  int32 total = 1;"), ORDER("  sint32 total = 1;"));
    expect(e).toEqual({
      kind: "divergence",
      encoding: "binary",
      writer: "previous",
      wrote: "{total: 5}",
      encoded: "08 05",
      read: "{total: -3}",
      differs: '"total" was 5, reads as -3',
    });
    expect(evidenceLine(e as Evidence)).toBe('binary: old writer: {total: 5} → 08 05 → new reader: {total: -3}; "total" was 5, reads as -3');
  });

  it("shows a deleted field as an unknown field, and a reserved number as none", () => {
    const [e] = evidenceOf("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", ORDER("  string id = 1;\n  int32 total = 2;"), ORDER("  string id = 1;"));
    expect(e).toMatchObject({ kind: "divergence", encoded: "10 05", read: "{} + unknown field 2" });
  });

  it("shows a renamed JSON key as a lost key", () => {
    const [e] = evidenceOf("FIELD_SAME_JSON_NAME", ORDER("  string customer_id = 1;"), ORDER('  string customer_id = 1 [json_name = "customer"];'));
    expect(e).toMatchObject({ kind: "divergence", encoding: "json", encoded: '{"customerId":"a"}', read: '{} + lost key "customerId"' });
  });

  it("shows an int64 field written back as a JSON string where int32 was a number", () => {
    const [e] = evidenceOf("FIELD_WIRE_JSON_COMPATIBLE_TYPE", ORDER("  int32 n = 1;"), ORDER("  int64 n = 1;"));
    expect(e).toMatchObject({ kind: "divergence", encoding: "json", differs: `the reader's version writes "n" back as "5", not 5` });
  });

  it("says in one line why a change has no example", () => {
    const svc = (stream: string): string =>
      `syntax = "proto3";\npackage acme.v1;\nmessage M {}\nservice S {\n  rpc Get(M) returns (${stream}M);\n}\n`;
    const [e] = evidenceOf("RPC_SAME_SERVER_STREAMING", svc(""), svc("stream "));
    expect(e).toEqual({ kind: "none", reason: "the RPC's framing or options changed, not the bytes of its messages" });
  });

  it("stops at its deadline instead of building examples", () => {
    const [e] = evidenceOf("FIELD_WIRE_COMPATIBLE_TYPE", ORDER("  int32 total = 1;"), ORDER("  sint32 total = 1;"), 0);
    expect(e).toEqual({ kind: "none", reason: "the time budget for examples ran out" });
  });

  it("bounds a deep, self-referencing message", () => {
    const tree = (t: string): string => `syntax = "proto3";\npackage acme.v1;\nmessage Node {\n  repeated Node kids = 1;\n  ${t} v = 2;\n}\n`;
    const [e] = evidenceOf("FIELD_WIRE_COMPATIBLE_TYPE", tree("int32"), tree("sint32"));
    expect(e?.kind).toBe("divergence");
    if (e?.kind === "divergence") expect(e.wrote.length).toBeLessThanOrEqual(160);
  });
});

describe("--evidence in the reports", () => {
  let plain: BreakingResult;
  let shown: BreakingResult;
  let context: ReportContext;
  const options = { input: "fixtures/demo/current", against: "fixtures/demo/previous", cwd: ROOT, use: ["WIRE_JSON"] };

  beforeAll(async () => {
    plain = await breaking(options);
    shown = await breaking({ ...options, evidence: true });
    context = { filesCompared: shown.filesCompared, against: shown.inputs.against.description, sources: shown.sources, rules: shown.rules };
  });

  it("adds evidence to every WIRE_JSON finding, and to none without the option", () => {
    expect(plain.findings.filter((f) => f.evidence !== undefined)).toEqual([]);
    expect(shown.findings.length).toBe(plain.findings.length);
    expect(shown.findings.every((f) => f.evidence !== undefined)).toBe(true);
    const deleted = shown.findings.find((f) => f.rule === "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED");
    expect(deleted?.evidence).toMatchObject({ kind: "divergence", encoded: "22 01 61", read: "{} + unknown field 4" });
  });

  it("shows it under the finding in text, and in json, markdown and sarif", () => {
    const line = 'evidence: binary: old writer: {coupon_code: "a"} → 22 01 61 → new reader: {} + unknown field 4';
    expect(formatReport("text", shown.findings, context)).toContain(line);
    const json = JSON.parse(formatReport("json", shown.findings, context)) as { findings: Finding[] };
    expect(json.findings.map((f) => f.evidence?.kind)).toEqual(shown.findings.map((f) => f.evidence?.kind));
    expect(formatReport("markdown", shown.findings, context)).toContain("<br>Evidence: binary: old writer: {coupon\\_code:");
    const sarif = JSON.parse(formatReport("sarif", shown.findings, context)) as {
      runs: { results: { properties?: { evidence?: string } }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => r.properties?.evidence)).toEqual(shown.findings.map((f) => evidenceLine(f.evidence as Evidence)));
  });

  it("escapes evidence for the terminal like every string from input", () => {
    const hostile: Finding = {
      ...(shown.findings[0] as Finding),
      evidence: { kind: "none", reason: "\u001b]8;;http://x\u0007click\u001b[31m" },
    };
    const text = formatReport("text", [hostile], context);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("evidence: no example:");
  });
});
