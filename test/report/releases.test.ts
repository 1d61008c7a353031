import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { findingFingerprint } from "../../src/model/fingerprint.js";
import type { ReportContext } from "../../src/report/context.js";
import { FORMATS, formatReport } from "../../src/report/index.js";

// The releases a finding breaks (`--against-tags`) in every format, with tag
// names git accepts that a format must escape: markup, a mention, a
// reference, a right-to-left override, a percent sign.

const ROOT = resolve(import.meta.dirname, "../..");

const BASE: Finding = {
  rule: "FIELD_SAME_TYPE",
  severity: "error",
  file: "proto/acme/v1/user.proto",
  path: "acme/v1/user.proto",
  line: 6,
  column: 3,
  endLine: 6,
  endColumn: 8,
  message: 'Field 3 "score" on message acme.v1.User changed type from "string" to "int64".',
  fix: 'restore type "string"',
};

const PLAIN: Finding = { ...BASE, releases: ["v1.0.0", "v1.1.0"] };
const HOSTILE_TAGS = ["v1.0.0-<b>x</b>", "@octocat", "v2#12", "v3\u202e", "v4%0A::warning::x"];
const HOSTILE: Finding = { ...BASE, releases: HOSTILE_TAGS };

const CONTEXT: ReportContext = {
  filesCompared: 1,
  against: '2 releases matching "v*" (v1.0.0, v1.1.0)',
  input: "proto (directory)",
  rules: [{ id: "FIELD_SAME_TYPE", categories: ["FILE", "WIRE"], summary: "Fields may not change their type." }],
  version: "0.0.0-test",
};

const out = (format: (typeof FORMATS)[number], f: Finding): string => formatReport(format, [f], CONTEXT);

interface SarifResult {
  message: { text: string };
  properties?: { releases?: string[] };
}

describe("the releases a finding breaks", () => {
  it("text: a breaks line under the finding", () => {
    expect(out("text", PLAIN)).toContain("\n      breaks: v1.0.0, v1.1.0\n");
  });

  it("json: a list, exactly as the tags are named", () => {
    const json = JSON.parse(out("json", HOSTILE)) as { findings: { releases: string[] }[] };
    expect(json.findings[0]?.releases).toEqual(HOSTILE_TAGS);
  });

  it("markdown: after the fix in the finding's cell, escaped as Markdown", () => {
    const row = out("markdown", PLAIN).split("\n").find((l) => l.startsWith("| ❌ |"));
    expect(row).toContain('Fix: restore type "string".<br>Breaks: v1.0.0, v1.1.0<br>Approve:');
    const hostile = out("markdown", HOSTILE).split("\n").find((l) => l.startsWith("| ❌ |"));
    expect(hostile).toContain("<br>Breaks: v1.0.0-&lt;b&gt;x&lt;/b&gt;, @&#8203;octocat, v2#&#8203;12, v3\\\\u202e, v4%0A::warning::x<br>");
  });

  it("github: a line of the annotation before the fingerprint, escaped as workflow command data", () => {
    const fingerprint = findingFingerprint(PLAIN);
    expect(out("github", PLAIN)).toContain(`%0ABreaks: v1.0.0, v1.1.0%0AFingerprint: ${fingerprint}\n`);
    const lines = out("github", HOSTILE).trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("%0ABreaks: v1.0.0-<b>x</b>, @octocat, v2#12, v3\\u202e, v4%250A::warning::x%0AFingerprint: ");
  });

  it("sarif: at the end of the message and as properties.releases, in a valid log", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as object;
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const tags of [["v1.0.0", "v1.1.0"], HOSTILE_TAGS]) {
      const log = JSON.parse(out("sarif", { ...BASE, releases: tags })) as { runs: [{ results: [SarifResult] }] };
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const result = log.runs[0].results[0];
      expect(result.message.text).toBe(`${BASE.message}\nFix: restore type "string".\nBreaks: ${tags.join(", ")}.`);
      expect(result.properties?.releases).toEqual(tags);
    }
  });

  it("gitlab: at the end of the issue's description", () => {
    const issues = JSON.parse(out("gitlab", PLAIN)) as { description: string }[];
    expect(issues[0]?.description).toBe(`${BASE.message} Breaks: v1.0.0, v1.1.0.`);
  });

  it("junit: in the failure's text before the fingerprint, escaped as XML", () => {
    expect(out("junit", PLAIN)).toContain(`(breaks v1.0.0, v1.1.0; fingerprint ${findingFingerprint(PLAIN)})</failure>`);
    expect(out("junit", HOSTILE)).toContain("(breaks v1.0.0-&lt;b&gt;x&lt;/b&gt;, @octocat, v2#12, v3&#x202e;, v4%0A::warning::x; fingerprint ");
  });

  it("buf-json: not shown, as buf's lines have no place for them", () => {
    expect(out("buf-json", PLAIN)).toBe(out("buf-json", BASE));
  });

  it("a finding of a single comparison says nothing about releases in any format", () => {
    for (const format of FORMATS) expect(out(format, BASE), format).not.toMatch(/Breaks: |breaks: |breaks v|"releases"/);
  });
});
