import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { SUPPRESSION_WARNINGS, suppressionDocPath } from "../src/config/suppress.js";
import { updateRulesTable } from "../src/docs.js";
import { HOMEPAGE, ruleDocUrl } from "../src/report/links.js";
import { CATEGORIES, ruleSlug } from "../src/model/rule.js";
import { casesOf, FIXTURES } from "./helpers/fixtures.js";

const ROOT = resolve(import.meta.dirname, "..");
const RULES_DIR = join(ROOT, "rules");
const DOC_HEADINGS = ["## Why it breaks", "## Bad", "## Good", "## Where it points"];

describe("rule registry", () => {
  it("lists rules once each, sorted by ID", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it("registers every rule file in rules/", () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.sort()).toEqual(RULES.map((r) => `${ruleSlug(r.id)}.ts`).sort());
  });

  it("has a rule for every doc in rules/", () => {
    const docs = readdirSync(RULES_DIR).filter((f) => f.endsWith(".md"));
    const known = new Set(RULES.map((r) => `${ruleSlug(r.id)}.md`));
    expect(docs.filter((f) => !known.has(f))).toEqual([]);
    expect(docs.length).toBe(RULES.length);
  });

  it("has a rule for every fixture folder", () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "demo" && d.name !== "diff")
      .map((d) => d.name);
    const known = new Set(RULES.map((r) => ruleSlug(r.id)));
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
  });

  it("links every rule and suppression warning to a doc that exists in the repository", () => {
    const ids = [...RULES.map((r) => r.id), ...SUPPRESSION_WARNINGS.map((w) => w.id)];
    for (const id of ids) {
      const url = ruleDocUrl(id);
      expect(url.startsWith(`${HOMEPAGE}/blob/main/`), url).toBe(true);
      const path = join(ROOT, url.slice(`${HOMEPAGE}/blob/main/`.length));
      expect(existsSync(path), url).toBe(true);
      expect(readFileSync(path, "utf8").startsWith(`# ${id}\n`), path).toBe(true);
    }
    for (const w of SUPPRESSION_WARNINGS) expect(suppressionDocPath(w.id)).toBe(join(ROOT, ruleDocUrl(w.id).slice(`${HOMEPAGE}/blob/main/`.length)));
  });

  it("keeps the rule table of docs/rules.md in step with the rules", () => {
    const readme = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
    expect(updateRulesTable(readme, RULES)).toBe(readme);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("has buf-style metadata", () => {
    expect(id).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
    expect(rule.categories.length).toBeGreaterThan(0);
    for (const c of rule.categories) expect(CATEGORIES).toContain(c);
    expect(rule.summary).toMatch(/^[A-Z].*\.$/);
  });

  it("writes message templates as sentences that stand alone", () => {
    const templates = Object.entries(rule.messages);
    expect(templates.length, id).toBeGreaterThan(0);
    for (const [messageId, template] of templates) {
      expect(messageId, id).toMatch(/^[a-z][A-Za-z]*$/);
      const text = typeof template === "string" ? template : template.text;
      expect(text, `${id} ${messageId}`).toMatch(/^([A-Z]|\{\w+\}).*\.$/);
    }
  });

  it("gives every message buf's text if buf has the rule, and none if buf does not", () => {
    const bufHasIt = (rule.origin ?? "buf") !== "protoguard";
    for (const [messageId, template] of Object.entries(rule.messages)) {
      expect(typeof template !== "string", `${id} ${messageId}`).toBe(bufHasIt);
      if (typeof template !== "string") expect(template.buf, `${id} ${messageId}`).toMatch(/^([A-Z]|\{\w+\}).*\.$/);
    }
  });

  it("has a doc with the standard headings and the same summary", () => {
    const path = join(RULES_DIR, `${ruleSlug(id)}.md`);
    expect(existsSync(path)).toBe(true);
    const doc = readFileSync(path, "utf8");
    const lines = doc.split("\n");
    expect(lines[0]).toBe(`# ${id}`);
    expect(doc).toContain(rule.summary);
    let last = -1;
    for (const heading of DOC_HEADINGS) {
      const at = lines.indexOf(heading);
      expect(at, `${heading} in ${ruleSlug(id)}.md`).toBeGreaterThan(last);
      last = at;
    }
    expect(doc).toMatch(/```proto\n/);
  });

  it("has fixtures with a positive case and a near-miss", () => {
    const cases = casesOf(rule);
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const c of cases) {
      expect(existsSync(join(c.dir, "previous")), `${c.name}/previous`).toBe(true);
      expect(existsSync(join(c.dir, "current")), `${c.name}/current`).toBe(true);
      expect(existsSync(join(c.dir, "expected.json")), `${c.name}/expected.json`).toBe(true);
      for (const row of c.expected) expect(row.rule).toBe(id);
    }
    expect(cases.some((c) => c.expected.length > 0)).toBe(true);
    expect(cases.some((c) => c.expected.length === 0)).toBe(true);
  });
});
