import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDirectives } from "../../src/config/suppress.js";
import { breaking } from "../../src/index.js";
import { cli, proto, tree } from "../helpers/tree.js";

// Inline suppressions: `// protoguard:ignore RULE[, RULE] -- reason` in the
// leading comment of the element a finding is about (for a deletion, the
// parent that remains), in the current version.

const PREVIOUS = proto(
  "acme.orders.v1",
  `message Order {
  string id = 1;
  string coupon = 2;
  int32 qty = 3;
  map<string, string> tags = 4;
}

message Gone {}

service Orders {
  rpc Get(Order) returns (Order);
  rpc Drop(Order) returns (Order);
}`,
);

function pair(current: string): string {
  return tree({ "previous/order.proto": PREVIOUS, "current/order.proto": current }, "protoguard-suppress-");
}

async function check(current: string) {
  return breaking({ input: "current", against: "previous", cwd: pair(current) });
}

const CURRENT_PLAIN = proto(
  "acme.orders.v1",
  `message Order {
  string id = 1;
  int64 qty = 3;
  map<string, int32> tags = 4;
}

service Orders {
  rpc Get(Order) returns (Order);
}`,
);

describe("parseDirectives", () => {
  it("reads rules separated by commas or spaces and the reason after --", () => {
    expect(parseDirectives(" protoguard:ignore FIELD_NO_DELETE, FIELD_SAME_TYPE -- moved to billing\n")).toEqual([
      { rules: ["FIELD_NO_DELETE", "FIELD_SAME_TYPE"], reason: "moved to billing" },
    ]);
    expect(parseDirectives(" protoguard:ignore A B\n other text\n protoguard:ignore C --\n")).toEqual([
      { rules: ["A", "B"], reason: "" },
      { rules: ["C"], reason: "" },
    ]);
    expect(parseDirectives(" see protoguard:ignore A\n protoguard:ignored A\n")).toEqual([]);
  });
});

describe("suppressions", () => {
  it("without comments, every finding is reported", async () => {
    const r = await check(CURRENT_PLAIN);
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      "FIELD_NO_DELETE",
      "FIELD_SAME_TYPE",
      "FIELD_SAME_TYPE",
      "MESSAGE_NO_DELETE",
      "RPC_NO_DELETE",
    ]);
    expect(r.suppressed).toEqual([]);
  });

  it("on a field, on the parent of a deletion, on a map field, on the service and on the file", async () => {
    const current = `// protoguard:ignore MESSAGE_NO_DELETE -- Gone had no clients
syntax = "proto3";

package acme.orders.v1;

// protoguard:ignore FIELD_NO_DELETE -- coupons moved to acme.billing.v1
message Order {
  string id = 1;
  // protoguard:ignore FIELD_SAME_TYPE -- every client sends small numbers
  int64 qty = 3;
  // protoguard:ignore FIELD_SAME_TYPE -- values were always numeric
  map<string, int32> tags = 4;
}

/* protoguard:ignore RPC_NO_DELETE -- Drop was never deployed */
service Orders {
  rpc Get(Order) returns (Order);
}
`;
    const r = await check(current);
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((s) => [s.rule, s.suppression.by, s.suppression.reason, s.suppression.at])).toEqual([
      ["MESSAGE_NO_DELETE", "comment", "Gone had no clients", "current/order.proto:1:1"],
      ["FIELD_NO_DELETE", "comment", "coupons moved to acme.billing.v1", "current/order.proto:6:1"],
      ["FIELD_SAME_TYPE", "comment", "every client sends small numbers", "current/order.proto:9:3"],
      ["FIELD_SAME_TYPE", "comment", "values were always numeric", "current/order.proto:11:3"],
      ["RPC_NO_DELETE", "comment", "Drop was never deployed", "current/order.proto:15:1"],
    ]);
  });

  it("a comment on another element, or naming another rule, suppresses nothing", async () => {
    const current = CURRENT_PLAIN.replace("  string id = 1;", "  // protoguard:ignore FIELD_NO_DELETE -- on the wrong element\n  string id = 1;").replace(
      "message Order {",
      "// protoguard:ignore FIELD_SAME_NAME -- the wrong rule\nmessage Order {",
    );
    const r = await check(current);
    expect(r.suppressed).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith("SUPPRESSION_")).map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([
      "SUPPRESSION_UNUSED 5:1 Suppression of FIELD_SAME_NAME on message acme.orders.v1.Order suppresses nothing: remove it.",
      "SUPPRESSION_UNUSED 7:3 Suppression of FIELD_NO_DELETE on field acme.orders.v1.Order.id suppresses nothing: remove it.",
    ]);
  });

  it("a comment added to a file whose declarations did not change is read there, at its line, beside a file that did change", async () => {
    const other = (fields: string) => proto("acme.orders.v1", `message Refund {\n${fields}}`);
    // order.proto gains only comments and blank lines: the same tokens as before, so the check shares its descriptor with the previous side.
    const current = `// Copyright 2026\n\n${PREVIOUS}`.replace("message Gone {}", "// protoguard:ignore MESSAGE_NO_DELETE -- nothing to suppress\nmessage Gone {}");
    const cwd = tree(
      {
        "previous/order.proto": PREVIOUS,
        "previous/refund.proto": other("  string id = 1;\n  string note = 2;\n"),
        "current/order.proto": current,
        "current/refund.proto": other("  string id = 1;\n"),
      },
      "protoguard-suppress-",
    );
    const r = await breaking({ input: "current", against: "previous", cwd });
    const line = current.split("\n").findIndex((l) => l.startsWith("// protoguard:ignore")) + 1;
    expect(line).toBeGreaterThan(2);
    expect(r.findings.map((f) => `${f.rule} ${f.path}:${f.line}:${f.column}`)).toEqual([`SUPPRESSION_UNUSED order.proto:${line}:1`, "FIELD_NO_DELETE refund.proto:5:1"]);
  });

  it("a comment without a reason still suppresses, with a warning; an unknown rule is named with a hint", async () => {
    const current = CURRENT_PLAIN.replace("message Order {", "// protoguard:ignore FIELD_NO_DELETE FIELD_NO_DELET\nmessage Order {");
    const r = await check(current);
    expect(r.suppressed.map((s) => s.rule)).toEqual(["FIELD_NO_DELETE"]);
    const warnings = r.findings.filter((f) => f.severity === "warning");
    expect(warnings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'SUPPRESSION_NO_REASON Suppression of FIELD_NO_DELETE, FIELD_NO_DELET on message acme.orders.v1.Order gives no reason: add "-- why this change is safe".',
      'SUPPRESSION_UNUSED Suppression on message acme.orders.v1.Order names an unknown rule "FIELD_NO_DELET" (did you mean "FIELD_NO_DELETE"?).',
    ]);
  });

  it("a comment for a rule that did not run is not reported as unused", async () => {
    const current = CURRENT_PLAIN.replace("message Order {", "// protoguard:ignore FIELD_WIRE_COMPATIBLE_TYPE -- for WIRE runs\nmessage Order {");
    const r = await check(current);
    expect(r.findings.some((f) => f.rule.startsWith("SUPPRESSION_"))).toBe(false);
  });
});

describe("suppressions, severities and --fail-on in the CLI", () => {
  const current = CURRENT_PLAIN.replace("message Order {", "// protoguard:ignore FIELD_NO_DELETE -- moved\nmessage Order {");

  it("counts suppressed findings, lists them with --show-suppressed and in JSON", async () => {
    const dir = pair(current);
    const text = await cli(["breaking", "current", "--against", "previous"], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("1 finding suppressed (1 by a protoguard:ignore comment; --show-suppressed to list).");
    expect(text.stdout).not.toContain("coupon");
    const shown = await cli(["breaking", "current", "--against", "previous", "--show-suppressed"], dir);
    expect(shown.stdout).toMatch(/FIELD_NO_DELETE {2}Field 2 "coupon" was deleted[^\n]*\n\s+\(suppressed by comment: moved at current\/order\.proto:5:1\)/);
    const json = JSON.parse((await cli(["breaking", "current", "--against", "previous", "-f", "json"], dir)).stdout) as {
      suppressed: { rule: string; suppression: { by: string; reason: string } }[];
      summary: { suppressed: number; errors: number };
    };
    expect(json.summary.suppressed).toBe(1);
    expect(json.suppressed.map((s) => [s.rule, s.suppression])).toEqual([
      ["FIELD_NO_DELETE", { by: "comment", reason: "moved", at: "current/order.proto:5:1" }],
    ]);
  });

  it("warnings are printed and fail only with --fail-on warning", async () => {
    const dir = tree(
      {
        "previous/order.proto": PREVIOUS,
        "current/order.proto": CURRENT_PLAIN,
        "protoguard.yaml": "severity:\n  FILE: warning\n",
      },
      "protoguard-failon-",
    );
    const byDefault = await cli(["breaking", "current", "--against", "previous"], dir);
    expect(byDefault.stdout).toContain("warning  FIELD_NO_DELETE");
    expect(byDefault.stdout).toContain("0 breaking changes in 1 file, 5 warnings.");
    expect(byDefault.code).toBe(0);
    expect((await cli(["breaking", "current", "--against", "previous", "--fail-on", "warning"], dir)).code).toBe(1);
    expect((await cli(["breaking", "current", "--against", "previous", "--fail-on", "warnin"], dir)).code).toBe(2);
  });

  it("a config error is exit 2 with file:line:col first", async () => {
    const dir = tree({ "previous/a.proto": PREVIOUS, "current/a.proto": PREVIOUS, "protoguard.yaml": "use: [FILE]\nexcpet: [X]\n" }, "protoguard-cfgerr-");
    const r = await cli(["breaking", "current", "--against", "previous"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`${join("protoguard.yaml")}:2:1: unknown key "excpet" (did you mean "except"?)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
