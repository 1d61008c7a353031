import { describe, expect, it } from "vitest";
import { RULES, RULES_BY_ID } from "../../rules/index.js";
import { BUF_BREAKING, BUF_LINT, BUF_VERSIONS, bufCategoriesOf, type BufRuleSet, type BufVersion } from "../../rules/sets/buf.js";
import { bufStdout } from "../helpers/buf.js";

interface Listed {
  id: string;
  categories: string[] | null;
  deprecated: boolean;
  replacements: string[] | null;
}

async function listed(command: "ls-breaking-rules" | "ls-lint-rules", version: string): Promise<Listed[]> {
  const stdout = await bufStdout(["config", command, "--version", version, "--include-deprecated", "--format", "json"]);
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Listed);
}

function asSet(rows: readonly Listed[]): BufRuleSet {
  const rules: Record<string, readonly string[]> = {};
  const deprecated: Record<string, readonly string[]> = {};
  const categories = new Set<string>();
  for (const r of rows) {
    // Every rule buf lists has categories; a rule without them is an answer this test does not understand.
    if (r.categories === null) throw new Error(`buf lists ${r.id} without categories`);
    rules[r.id] = r.categories;
    for (const c of r.categories) categories.add(c);
    // buf writes null for a deprecated rule that nothing replaces.
    if (r.deprecated) deprecated[r.id] = r.replacements === null ? [] : r.replacements;
  }
  return { rules, categories: [...categories], deprecated };
}

function normalised(set: BufRuleSet): unknown {
  const sortedRules = Object.fromEntries(Object.entries(set.rules).map(([id, c]) => [id, [...c].sort()]));
  return { rules: sortedRules, categories: [...set.categories].sort(), deprecated: set.deprecated };
}

describe.each(BUF_VERSIONS.map((v) => [v]))("buf.yaml %s", (version) => {
  it("lists the breaking rules and categories buf lists", async () => {
    expect(normalised(BUF_BREAKING[version])).toEqual(normalised(asSet(await listed("ls-breaking-rules", version))));
  });

  it("lists the lint rules and categories buf lists", async () => {
    expect(normalised(BUF_LINT[version])).toEqual(normalised(asSet(await listed("ls-lint-rules", version))));
  });

  it("names only breaking rules protoguard has, all of them buf's", () => {
    const set = BUF_BREAKING[version];
    for (const id of Object.keys(set.rules)) {
      if (id in set.deprecated) continue;
      expect(RULES_BY_ID.get(id)?.origin ?? "buf", id).toBe("buf");
    }
    for (const ids of Object.values(set.deprecated)) for (const id of ids) expect(set.rules[id], id).toBeDefined();
  });
});

it("writes per-version membership only on buf's rules, and only where it changes something", () => {
  for (const rule of RULES) {
    if ((rule.origin ?? "buf") !== "buf") {
      expect(rule.bufSince, rule.id).toBeUndefined();
      expect(rule.bufCategories, rule.id).toBeUndefined();
    }
    expect(rule.bufSince, rule.id).not.toBe("v1beta1");
    for (const [version, categories] of Object.entries(rule.bufCategories ?? {})) {
      expect([...categories].sort(), `${rule.id} ${version}`).not.toEqual(rule.categories.filter((c) => c !== "CSR").sort());
      expect(bufCategoriesOf(rule, version as BufVersion), `${rule.id} ${version}`).toBe(categories);
    }
  }
});
