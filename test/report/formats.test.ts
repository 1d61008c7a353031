import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import * as core from "@actions/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SuppressedFinding } from "../../src/config/filter.js";
import type { Finding } from "../../src/model/finding.js";
import { ruleSlug } from "../../src/model/rule.js";
import { breaking, type BreakingResult } from "../../src/index.js";
import { formatBufJson } from "../../src/report/buf-json.js";
import { codeFrame } from "../../src/report/codeframe.js";
import { chalkPalette } from "../../src/report/chalk-palette.js";
import { NO_COLOR } from "../../src/report/color.js";
import type { ReportContext } from "../../src/report/context.js";
import { annotation, annotationText, escapeData, escapeProperty, formatGithub } from "../../src/report/github.js";
import { findingFingerprint } from "../../src/model/fingerprint.js";
import { FORMATS, formatReport, type Format } from "../../src/report/index.js";
import { escapeMarkdown, formatMarkdown } from "../../src/report/markdown.js";
import { formatSarif } from "../../src/report/sarif.js";
import { formatText } from "../../src/report/text.js";
import { bufBreakingJson } from "../helpers/buf.js";
import { RULES } from "../../rules/index.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXTENSIONS: Record<Format, string> = {
  text: "txt",
  json: "json",
  github: "txt",
  sarif: "sarif",
  junit: "xml",
  gitlab: "json",
  markdown: "md",
  "buf-json": "jsonl",
};

let demo: BreakingResult;
let context: ReportContext;

beforeAll(async () => {
  demo = await breaking({ input: "fixtures/demo/current", against: "fixtures/demo/previous", cwd: ROOT });
  context = {
    filesCompared: demo.filesCompared,
    against: demo.inputs.against.description,
    input: demo.inputs.current.description,
    sources: demo.sources,
    packages: demo.packages,
    rules: demo.rules,
    version: "0.0.0-test",
  };
});

function finding(over: Partial<Finding> & Pick<Finding, "rule" | "message">): Finding {
  return {
    severity: "error",
    file: "proto/a.proto",
    path: "a.proto",
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 10,
    ...over,
  };
}

/** Two files of a schema, as reporters get them: texts and packages by path. */
const ORDER = [
  'syntax = "proto3";',
  "",
  "package acme.orders.v1;",
  "",
  "message Order {",
  "  string id = 1;",
  "\tstring total = 2; // tab-indented",
  "}",
  "",
].join("\n");
const BILLING = ['syntax = "proto3";', "package acme.billing.v1beta1;", "message Invoice {", "  int64 cents = 1;", "}", ""].join("\n");

const SAMPLE: readonly Finding[] = [
  {
    rule: "FILE_NO_DELETE",
    severity: "error",
    file: "main:proto/acme/orders/v1/refund.proto",
    path: "acme/orders/v1/refund.proto",
    deleted: true,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: 'File "acme/orders/v1/refund.proto" was deleted.',
    previous: { file: "main:proto/acme/orders/v1/refund.proto", line: 1, column: 1 },
  },
  {
    rule: "ENUM_NO_DELETE",
    severity: "error",
    file: "proto/acme/billing/invoice.proto",
    path: "acme/billing/invoice.proto",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: 'Enum "State" was deleted from file "acme/billing/invoice.proto".',
    previous: { file: "main:proto/acme/billing/invoice.proto", line: 7, column: 1 },
  },
  {
    rule: "FIELD_SAME_TYPE",
    severity: "error",
    file: "proto/acme/billing/invoice.proto",
    path: "acme/billing/invoice.proto",
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 8,
    message: 'Field 1 "cents" on message acme.billing.v1beta1.Invoice changed type from "int32" to "int64".',
    previous: { file: "main:proto/acme/billing/invoice.proto", line: 4, column: 3 },
  },
  {
    rule: "FIELD_NO_DELETE",
    severity: "error",
    file: "proto/acme/orders/v1/order.proto",
    path: "acme/orders/v1/order.proto",
    line: 5,
    column: 1,
    endLine: 8,
    endColumn: 2,
    message: 'Field 4 "coupon_code" was deleted from message acme.orders.v1.Order.',
    previous: { file: "main:proto/acme/orders/v1/order.proto", line: 9, column: 3 },
  },
  {
    rule: "FIELD_SAME_JSON_NAME",
    severity: "warning",
    file: "proto/acme/orders/v1/order.proto",
    path: "acme/orders/v1/order.proto",
    line: 7,
    column: 5,
    endLine: 7,
    endColumn: 22,
    message: 'Field 2 "total" changed JSON name: 100% sure, <b>|pipes|</b>, a:b & "quotes".',
    previous: { file: "main:proto/acme/orders/v1/order.proto", line: 7, column: 5 },
  },
  {
    rule: "FIELD_SAME_NAME",
    severity: "error",
    file: "proto/acme/orders/v1/order.proto",
    path: "acme/orders/v1/order.proto",
    line: 7,
    column: 12,
    endLine: 7,
    endColumn: 17,
    message: 'Field 2 on message acme.orders.v1.Order changed name from "sum" to "total".',
    previous: { file: "main:proto/acme/orders/v1/order.proto", line: 8, column: 10 },
  },
];

const SAMPLE_CONTEXT: ReportContext = {
  filesCompared: 4,
  against: "main (git revision 3f9c2e1 at proto/)",
  input: "proto (directory)",
  sources: new Map([
    ["acme/orders/v1/order.proto", ORDER],
    ["acme/billing/invoice.proto", BILLING],
  ]),
  packages: new Map([
    ["acme/orders/v1/order.proto", "acme.orders.v1"],
    ["acme/billing/invoice.proto", "acme.billing.v1beta1"],
  ]),
  rules: [
    { id: "ENUM_NO_DELETE", categories: ["FILE"], summary: "Enums may not be deleted from a file." },
    { id: "FIELD_NO_DELETE", categories: ["FILE", "PACKAGE"], summary: "Fields may not be deleted from a message." },
    { id: "FIELD_NO_RENUMBER", categories: ["FILE"], summary: "Fields may not change their number.", origin: "protoguard" },
    { id: "FIELD_SAME_JSON_NAME", categories: ["FILE"], summary: "Fields may not change their JSON name." },
    { id: "FIELD_SAME_NAME", categories: ["FILE"], summary: "Fields may not change their name." },
    { id: "FIELD_SAME_TYPE", categories: ["FILE", "WIRE"], summary: "Fields may not change their type." },
    { id: "FILE_NO_DELETE", categories: ["FILE"], summary: "Files may not be deleted." },
  ],
  version: "0.0.0-test",
};

describe("every format", () => {
  for (const format of FORMATS) {
    it(`${format} matches its snapshot`, async () => {
      const out = formatReport(format, SAMPLE, SAMPLE_CONTEXT);
      await expect(out).toMatchFileSnapshot(`./__snapshots__/sample.${format}.${EXTENSIONS[format]}`);
    });
  }

  it("every format says so when nothing broke", async () => {
    const clean = { ...SAMPLE_CONTEXT, rules: SAMPLE_CONTEXT.rules?.slice(0, 1) ?? [] };
    const out = FORMATS.map((format) => `== ${format}\n${formatReport(format, [], clean)}`).join("");
    await expect(out).toMatchFileSnapshot("./__snapshots__/clean.txt");
  });

  it("holds no absolute path of the machine it ran on, on a real comparison", () => {
    for (const format of FORMATS) expect(formatReport(format, demo.findings, context)).not.toContain(ROOT);
  });
});

describe("text", () => {
  it("draws a code frame under the span and says where a deleted element was", () => {
    const text = formatText(demo.findings, context, NO_COLOR);
    expect(text).toContain(
      [
        "    fixtures/demo/current/acme/orders/v1/order.proto:14:10  FIELD_SAME_NAME  Field 2 on message acme.orders.v1.Order changed name from \"customer_id\" to \"customer\".",
        "        14 |   string customer = 2;",
        "           |          ^^^^^^^^",
      ].join("\n"),
    );
    expect(text).toMatch(/FIELD_NO_DELETE {2}Field 4 "coupon_code"[^\n]+\n {6}12 \| message Order \{\n {9}\| \^+\n {6}\(was at fixtures\/demo\/previous\/acme\/orders\/v1\/order\.proto:16:3\)/);
  });

  it("closes with the count and the version bump each stable package needs", () => {
    const text = formatText(demo.findings, context, NO_COLOR);
    const n = demo.findings.length;
    const inPackage = (pkg: string) => demo.findings.filter((f) => demo.packages.get(f.path) === pkg).length;
    const billing = inPackage("acme.billing.v1");
    const orders = inPackage("acme.orders.v1");
    expect(billing).toBeGreaterThan(0);
    expect(billing + orders).toBe(n);
    expect(text.endsWith(
      `${n} breaking changes in 3 files.\n` +
        `acme.billing.v1 is a stable package: its ${billing} breaking changes belong in a new package acme.billing.v2.\n` +
        `acme.orders.v1 is a stable package: its ${orders} breaking changes belong in a new package acme.orders.v2.\n`,
    )).toBe(true);
    const unstable = new Map([...demo.packages].map(([path]) => [path, "acme.orders.v1beta1"]));
    expect(formatText(demo.findings, { ...context, packages: unstable }, NO_COLOR)).not.toContain("stable package");
  });

  it("shows no frame without the source text, and colours the marker only with colour on", () => {
    const plain = formatText(demo.findings, { ...context, sources: new Map() }, NO_COLOR);
    expect(plain).not.toContain(" | ");
    const coloured = formatText(demo.findings, context, chalkPalette());
    expect(coloured).toMatch(/\u001b\[31m\^+\u001b\[39m/);
  });

  it("expands tabs and counts wide characters as positions do", () => {
    const text = 'syntax = "proto3";\n\tmessage 注文 {\n\t\tint64\tid = 1;\n}\n';
    const frame = codeFrame(finding({ rule: "FIELD_SAME_TYPE", message: "m", line: 3, column: 9, endLine: 3, endColumn: 14 }), text);
    expect(frame).toEqual({ line: 3, text: "        int64   id = 1;", marker: "        ^^^^^" });
    const wide = codeFrame(finding({ rule: "MESSAGE_SAME_X", message: "m", line: 2, column: 13, endLine: 2, endColumn: 14 }), text);
    expect(wide?.marker).toBe("            ^");
    expect(wide?.text.slice(0, 12)).toBe("    message ");
    expect(codeFrame(finding({ rule: "R", message: "m", line: 1, column: 1, endLine: 1, endColumn: 1 }), text)).toBeUndefined();
    expect(codeFrame(finding({ rule: "R", message: "m", deleted: true }), text)).toBeUndefined();
  });
});

describe("github", () => {
  it("escapes messages and properties as @actions/core does", () => {
    expect(escapeData("50% off\r\nnext: a,b")).toBe("50%25 off%0D%0Anext: a,b");
    expect(escapeProperty("dir:a,b%c\n")).toBe("dir%3Aa%2Cb%25c%0A");
    const f = finding({ rule: "FIELD_NO_DELETE", message: "100% gone:\nreally, yes", file: "p,q:r.proto" });
    expect(annotation(f)).toBe(
      `::error title=FIELD_NO_DELETE,file=p%2Cq%3Ar.proto,line=3,endLine=3,col=1,endColumn=10::100%25 gone:%0Areally, yes%0AFingerprint: ${findingFingerprint(f)}`,
    );
  });

  it("writes the same lines as @actions/core, on awkward text", () => {
    const awkward = [
      finding({ rule: "FIELD_NO_DELETE", message: "100% gone:\r\nreally, yes; 50%25 and ::x::", file: "dir,a:b/%25 c.proto" }),
      finding({ rule: "FIELD_SAME_NAME", message: "multi", line: 3, endLine: 5, endColumn: 2, severity: "warning" }),
      finding({ rule: "FILE_NO_DELETE", message: "gone, 100%", deleted: true }),
    ];
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      for (const f of awkward) {
        const emit = f.severity === "error" ? core.error : core.warning;
        const text = annotationText(f);
        if (f.deleted) emit(text, { title: f.rule });
        else if (f.line === f.endLine) {
          emit(text, { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine, startColumn: f.column, endColumn: f.endColumn });
        } else emit(text, { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine });
      }
    } finally {
      spy.mockRestore();
    }
    expect(awkward.map((f) => `${annotation(f)}\n`)).toEqual(written);
  });

  it("leaves columns out of a span over several lines, and the file out of a deleted file", () => {
    const multi = finding({ rule: "R", message: "m", endLine: 9, endColumn: 2 });
    expect(annotation(multi)).toBe(`::error title=R,file=proto/a.proto,line=3,endLine=9::m%0AFingerprint: ${findingFingerprint(multi)}`);
    const gone = finding({ rule: "FILE_NO_DELETE", message: "gone", deleted: true });
    expect(annotation(gone)).toBe(`::error title=FILE_NO_DELETE::gone%0AFingerprint: ${findingFingerprint(gone)}`);
    expect(annotation(finding({ rule: "R", message: "m", severity: "warning" }))).toMatch(/^::warning /);
  });

  it("annotates at most 10 errors and 10 warnings, then one notice counts the rest", () => {
    const many = [
      ...Array.from({ length: 14 }, (_, i) => finding({ rule: "FIELD_NO_DELETE", message: `e${i}`, line: i + 1 })),
      ...Array.from({ length: 12 }, (_, i) => finding({ rule: "FIELD_SAME_NAME", message: `w${i}`, line: i + 1, severity: "warning" })),
    ];
    const lines = formatGithub(many, { filesCompared: 1, against: "main" }).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    const notices = lines.filter((l) => l.startsWith("::notice "));
    expect(notices).toEqual([expect.stringContaining("::6 more findings not annotated")]);
    expect(lines.filter((l) => l.startsWith("proto/a.proto:"))).toHaveLength(6);
  });
});

describe("sarif", () => {
  const schema = JSON.parse(
    readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
  ) as object;
  // The published schema has one pattern that is not valid as a Unicode regular expression.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);

  it("is valid SARIF 2.1.0 by the JSON schema, with findings, without and with odd paths", () => {
    const odd = [
      finding({ rule: "FIELD_NO_DELETE", message: "m", file: "my protos/ä #1.proto", path: "ä #1.proto" }),
      finding({ rule: "FILE_NO_DELETE", message: "gone", deleted: true, file: "main:proto/b.proto", path: "b.proto" }),
    ];
    for (const findings of [demo.findings, [], odd]) {
      const log = JSON.parse(formatSarif(findings, context)) as unknown;
      const ok = validate(log);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
    const uris = (JSON.parse(formatSarif(odd, context)) as SarifLog).runs[0].results.map(
      (r) => r.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual(["my%20protos/%C3%A4%20%231.proto", "proto/b.proto"]);
  });

  it("describes every rule that ran, as GitHub code scanning requires, and links its doc", () => {
    const log = JSON.parse(formatSarif(demo.findings, context)) as SarifLog;
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(demo.rules.map((r) => r.id).sort());
    for (const r of rules) {
      for (const text of [r.shortDescription.text, r.fullDescription.text, r.help.text]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(1024);
      }
      expect(r.helpUri).toMatch(new RegExp(`/rules/${ruleSlug(r.id)}\\.md$`));
    }
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it("adds suppressed findings as suppressed results only with --show-suppressed", () => {
    const suppressed: SuppressedFinding[] = [
      { ...finding({ rule: "FIELD_NO_DELETE", message: "gone", line: 4 }), suppression: { by: "comment", reason: "no client reads it", at: "proto/a.proto:3:1" } },
      { ...finding({ rule: "ENUM_VALUE_NO_DELETE", message: "gone too", line: 9 }), suppression: { by: "ignore", reason: "legacy/", at: "protoguard.yaml:4:5" } },
    ];
    const results = (show: boolean) =>
      (JSON.parse(formatSarif(demo.findings, { ...context, suppressed, showSuppressed: show })) as SarifLog).runs[0].results;
    expect(results(false)).toHaveLength(demo.findings.length);
    expect(results(false).every((r) => r.suppressions === undefined)).toBe(true);
    const shown = results(true);
    expect(shown).toHaveLength(demo.findings.length + 2);
    expect(shown.slice(demo.findings.length).map((r) => [r.ruleId, r.suppressions])).toEqual([
      ["FIELD_NO_DELETE", [{ kind: "inSource", justification: "no client reads it", properties: { at: "proto/a.proto:3:1" } }]],
      ["ENUM_VALUE_NO_DELETE", [{ kind: "external", justification: "ignore: legacy/", properties: { at: "protoguard.yaml:4:5" } }]],
    ]);
    const log = JSON.parse(formatSarif(demo.findings, { ...context, suppressed, showSuppressed: true })) as SarifLog;
    expect(validate(log)).toBe(true);
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it("keeps fingerprints when lines move, and tells different findings apart", () => {
    const fp = (findings: readonly Finding[]) =>
      (JSON.parse(formatSarif(findings, context)) as SarifLog).runs[0].results.map((r) => r.partialFingerprints["primaryLocationLineHash"]);
    const moved = demo.findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 }));
    expect(fp(moved)).toEqual(fp(demo.findings));
    expect(new Set(fp(demo.findings)).size).toBe(demo.findings.length);
  });
});

interface SarifLog {
  runs: [
    {
      tool: {
        driver: {
          rules: {
            id: string;
            helpUri: string;
            shortDescription: { text: string };
            fullDescription: { text: string };
            help: { text: string };
          }[];
        };
      };
      results: {
        ruleId: string;
        ruleIndex: number;
        partialFingerprints: Record<string, string>;
        suppressions?: unknown[];
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    },
  ];
}

describe("markdown", () => {
  it("adds a finding's fix after its message, escaped like the message", () => {
    const md = formatMarkdown(
      [finding({ rule: "FIELD_NO_DELETE", message: "Field 4 gone.", fix: "add `reserved 4;` to message Order" })],
      { filesCompared: 1, against: "main" },
    );
    expect(md).toContain("| Field 4 gone.<br>Fix: add \\`reserved 4;\\` to message Order.<br>Approve: `/protoguard approve ");
    const sarif = JSON.parse(formatSarif([finding({ rule: "FIELD_NO_DELETE", message: "Field 4 gone.", fix: "restore it" })], context)) as {
      runs: [{ results: { message: { text: string } }[] }];
    };
    expect(sarif.runs[0].results[0]?.message.text).toBe("Field 4 gone.\nFix: restore it.");
  });

  it("escapes what would break the table or inject HTML", () => {
    expect(escapeMarkdown("a|b <img src=x> *x* `c` [l](u) __init__")).toBe(
      "a\\|b &lt;img src=x&gt; \\*x\\* \\`c\\` \\[l\\](u) \\_\\_init\\_\\_",
    );
  });

  it("counts what does not fit in the table", () => {
    const many = Array.from({ length: 120 }, (_, i) => finding({ rule: "FIELD_NO_DELETE", message: `m${i}`, line: i + 1 }));
    const md = formatMarkdown(many, { filesCompared: 1, against: "main" });
    expect(md.split("\n").filter((l) => l.startsWith("| ❌ |"))).toHaveLength(100);
    expect(md).toContain("…and 20 more findings, listed in the log.");
  });

  it("stays below what a pull request comment holds, however long the findings", () => {
    const long = "x".repeat(1500);
    const many = Array.from({ length: 90 }, (_, i) => finding({ rule: "FIELD_NO_DELETE", message: `${long}${i}`, line: 3 }));
    const sources = new Map([["a.proto", `a\nb\n${"y".repeat(2000)}\n`]]);
    const md = formatMarkdown(many, { filesCompared: 1, against: "main", sources });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).not.toContain("<details>");
    const shown = md.split("\n").filter((l) => l.startsWith("| ❌ |")).length;
    expect(shown).toBeGreaterThan(10);
    expect(md).toContain(`…and ${90 - shown} more findings, listed in the log.`);
  });
});

describe("buf-json", () => {
  it("prints the same lines as buf breaking --error-format json, keys in buf's order", async () => {
    const protoguardRules = new Set(RULES.filter((r) => r.origin === "protoguard").map((r) => r.id));
    const ours = formatBufJson(demo.findings.filter((f) => !protoguardRules.has(f.rule)))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const bufs = (await bufBreakingJson(join(ROOT, "fixtures/demo"), ["FILE"])).map((l) => JSON.parse(l) as Record<string, unknown>);
    const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== "message"));
    expect(ours.map((o) => Object.keys(o))).toEqual(bufs.map((o) => Object.keys(o)));
    expect(ours.map(strip)).toEqual(bufs.map(strip));
  });

  it("leaves the path out for a deleted file, as buf does", () => {
    const line = formatBufJson([finding({ rule: "FILE_NO_DELETE", message: "gone", deleted: true, line: 1, column: 1, endLine: 1, endColumn: 1 })]);
    expect(line).toBe('{"start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"FILE_NO_DELETE","message":"gone"}\n');
  });
});
