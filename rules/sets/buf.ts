/**
 * buf's breaking rule sets per buf.yaml version, derived from the rules'
 * metadata (categories, bufSince, bufCategories) and buf's deprecated IDs, so a
 * buf.yaml is read exactly as buf reads it: a rule is on by default when it is
 * in FILE. Checked against `buf config ls-breaking-rules` (buf 1.75.0) in
 * test/config/buf-sets.test.ts.
 */
import { RULES } from "../index.js";
import { BUF_VERSIONS, CATEGORIES, type BufVersion, type Category, type Rule } from "../../src/model/rule.js";
import { DEPRECATED_RULES } from "./deprecated.js";

export { BUF_VERSIONS, type BufVersion } from "../../src/model/rule.js";
export { BUF_LINT } from "./buf-lint.js";

import type { BufRuleSet } from "../../src/model/catalogue.js";

export type { BufRuleSet };

/** A buf rule's categories in a buf.yaml version, or undefined when the version does not have the rule. */
export function bufCategoriesOf(rule: Rule, version: BufVersion): readonly Category[] | undefined {
  if ((rule.origin ?? "buf") !== "buf") return undefined;
  if (BUF_VERSIONS.indexOf(version) < BUF_VERSIONS.indexOf(rule.bufSince ?? "v1beta1")) return undefined;
  if (version === "v2") return rule.categories;
  return rule.bufCategories?.[version] ?? rule.categories.filter((c) => c !== "CSR");
}

function breakingSet(version: BufVersion): BufRuleSet {
  const rules: Record<string, readonly string[]> = {};
  const deprecated: Record<string, readonly string[]> = {};
  for (const rule of RULES) {
    const categories = bufCategoriesOf(rule, version);
    if (categories !== undefined) rules[rule.id] = categories;
  }
  for (const d of DEPRECATED_RULES) {
    if (!d.versions.includes(version)) continue;
    rules[d.id] = [];
    deprecated[d.id] = d.replacements;
  }
  const used = new Set(Object.values(rules).flat());
  const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { rules: sorted, categories: CATEGORIES.filter((c) => used.has(c)), deprecated };
}

/** buf's breaking rules. */
export const BUF_BREAKING: Readonly<Record<BufVersion, BufRuleSet>> = {
  v1beta1: breakingSet("v1beta1"),
  v1: breakingSet("v1"),
  v2: breakingSet("v2"),
};
