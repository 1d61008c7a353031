import { describe, expect, it } from "vitest";
import { breaking } from "../src/index.js";
import { NO_COLOR } from "../src/report/color.js";
import { formatText } from "../src/report/text.js";

describe("text report", () => {
  it("lists buf's findings for a renumbering under the renumbering", async () => {
    const dir = "fixtures/field-no-renumber/swapped";
    const result = await breaking({ input: `${dir}/current`, against: `${dir}/previous` });
    const rules = result.findings.map((f) => f.rule).sort();
    // buf's view of a swap: both numbers changed name (and JSON name); ours names the cause.
    expect(rules).toEqual([
      "FIELD_NO_RENUMBER",
      "FIELD_NO_RENUMBER",
      "FIELD_SAME_JSON_NAME",
      "FIELD_SAME_JSON_NAME",
      "FIELD_SAME_NAME",
      "FIELD_SAME_NAME",
    ]);
    const text = formatText(result.findings, { filesCompared: 1, against: dir }, NO_COLOR);
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.includes("FIELD_NO_RENUMBER") && l.includes('"id"'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {6}fix: restore number \d for "id" and give "\w+" an unused number$/);
    expect(lines[first + 2]).toMatch(/^ {6}fingerprint: [0-9a-f]{12}$/);
    expect(lines[first + 3]).toBe("    as buf reports the same change:");
    expect(lines[first + 4]).toMatch(/^    \S+:6:\d+ {2}FIELD_SAME_(JSON_)?NAME {2}/);
    // Only the cause's fix is shown: the followers' own fixes would undo a symptom.
    expect(lines.filter((l) => l.trimStart().startsWith("fix:"))).toHaveLength(2);
    // Each buf finding appears once, under one renumbering.
    expect(lines.filter((l) => l.includes("FIELD_SAME_NAME"))).toHaveLength(2);
    expect(lines.filter((l) => /^ {2}\S/.test(l))).toHaveLength(2);
    expect(text).toContain("6 breaking changes in 1 file.");
  });

  it("lists the name changes at a reused old number under the renumbering", async () => {
    const dir = "fixtures/demo";
    const result = await breaking({ input: `${dir}/current`, against: `${dir}/previous` });
    const text = formatText(result.findings, { filesCompared: 3, against: dir }, NO_COLOR);
    const block = text.slice(text.indexOf("FIELD_NO_RENUMBER"), text.indexOf("\n\n", text.indexOf("FIELD_NO_RENUMBER")));
    expect(block).toContain('Field "memo" on message acme.billing.v1.Invoice was renumbered from 6 to 7');
    expect(block).toContain("as buf reports the same change:");
    for (const rule of ["FIELD_SAME_NAME", "FIELD_SAME_JSON_NAME"]) {
      expect(block).toMatch(new RegExp(`\\n {4}\\S+invoice\\.proto:14:\\d+ {2}${rule} {2}Field 6 `));
    }
    expect(text.split("\n").filter((l) => /^ {2}\S+invoice\.proto:/.test(l))).toHaveLength(1);
  });

  it("lists a deletion at the old number under the renumbering", async () => {
    const dir = "fixtures/field-no-renumber/plain";
    const result = await breaking({ input: `${dir}/current`, against: `${dir}/previous` });
    const text = formatText(result.findings, { filesCompared: 1, against: dir }, NO_COLOR);
    expect(text).toMatch(
      /\n {2}\S+:7:3 {2}FIELD_NO_RENUMBER {2}Field "total" [^\n]+\n {6}fix: restore number 2 for "total"\n {6}fingerprint: [0-9a-f]{12}\n {4}as buf reports the same change:\n {4}\S+:5:1 {2}FIELD_NO_DELETE {2}Field 2 "total" was deleted/,
    );
  });
});
