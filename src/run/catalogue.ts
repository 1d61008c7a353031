import { readFileSync } from "node:fs";
import { RULES, RULES_BY_ID, ruleDocPath } from "../../rules/index.js";
import { BUF_BREAKING, BUF_LINT } from "../../rules/sets/buf.js";
import { DEPRECATED_RULES } from "../../rules/sets/deprecated.js";
import { resolveConfig } from "../config/find.js";
import { DEFAULT_USE, isDefaultRule, levelOf, rulesOf } from "../config/select.js";
import { SUPPRESSION_WARNINGS, suppressionDocPath } from "../config/suppress.js";
import type { RuleCatalogue } from "../model/catalogue.js";
import { UsageError } from "../model/errors.js";
import { CATEGORIES, type Category, type Rule } from "../model/rule.js";
import { closest } from "../model/suggest.js";

/** Every rule and buf's rule sets: what configurations are read against. */
export const CATALOGUE: RuleCatalogue = {
  rules: RULES,
  byId: RULES_BY_ID,
  deprecated: new Map(DEPRECATED_RULES.map((d) => [d.id, d.replacements])),
  bufBreaking: BUF_BREAKING,
  bufLint: BUF_LINT,
};

/** What each category keeps working, in a sentence (as the README describes them). */
export const CATEGORY_SUMMARIES: Readonly<Record<Category, string>> = {
  FILE: "Nothing may move between files or be deleted: generated code keeps its place and its name in every language.",
  PACKAGE: "Elements may move between the files of a package, but not leave it, be deleted or change.",
  WIRE_JSON: "The binary and the JSON encodings keep working: data written with one version is read with the other.",
  WIRE: "Only the binary encoding must keep working: names may change, numbers and types may not.",
  CSR: "What a Confluent Schema Registry enforces for Protobuf schemas.",
  VERSIONING: "protoguard's own rules: packages carry a version (acme.orders.v1), and a stable version does not break.",
};

/** One row of `protoguard rules`: a rule under the configuration in effect. */
export interface RuleRow {
  readonly id: string;
  readonly categories: readonly Category[];
  /** On when nothing is configured (categories FILE and VERSIONING). */
  readonly default: boolean;
  /** The severity the configuration gives it; "off" when it does not run. */
  readonly severity: "error" | "warning" | "off";
  readonly origin: NonNullable<Rule["origin"]>;
  readonly summary: string;
}

export interface RuleListOptions {
  /** Directory the configuration is searched from (default process.cwd()). */
  readonly cwd?: string;
  /** A configuration file to use instead of the one found from `cwd` upward. */
  readonly config?: string;
}

export interface RuleList {
  readonly rules: readonly RuleRow[];
  /** The configuration file the severities come from, as named in messages; absent for none. */
  readonly configFile?: string;
  /** The categories that run when nothing is configured. */
  readonly defaultUse: readonly string[];
}

/** Every rule with its categories, default, origin and its severity under the configuration in effect. */
export function listRules(options: RuleListOptions = {}): RuleList {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig({ cwd, start: cwd, catalogue: CATALOGUE, ...(options.config === undefined ? {} : { config: options.config }) });
  const check = config.modules[0]?.breaking ?? config.fallback.breaking;
  const running = new Set(rulesOf(check).rules);
  return {
    rules: RULES.map((r) => ({
      id: r.id,
      categories: r.categories,
      default: isDefaultRule(r),
      severity: running.has(r) ? levelOf(r, check) : "off",
      origin: r.origin ?? "buf",
      summary: r.summary,
    })),
    ...(config.file === undefined ? {} : { configFile: config.display }),
    defaultUse: DEFAULT_USE,
  };
}

/** What `explain` found: a rule's or a suppression warning's documentation, or a category with its rules. */
export interface Explanation {
  readonly kind: "rule" | "warning" | "category";
  /** The ID or category, upper-cased. */
  readonly id: string;
  /** Markdown. */
  readonly text: string;
}

function categoryText(category: Category): string {
  const rules = RULES.filter((r) => r.categories.includes(category));
  const width = Math.max(...rules.map((r) => r.id.length));
  return [
    `# ${category}`,
    "",
    CATEGORY_SUMMARIES[category],
    "",
    `${rules.length === 1 ? "1 rule" : `${rules.length} rules`}:`,
    "",
    ...rules.map((r) => `    ${r.id.padEnd(width)}  ${r.summary}`),
    "",
    "`protoguard explain RULE_ID` prints a rule's documentation.",
    "",
  ].join("\n");
}

/**
 * Documentation for a rule ID, a suppression warning or a category, in any
 * case. An unknown name is a UsageError with the nearest known one.
 */
export function explain(name: string): Explanation {
  const id = name.toUpperCase();
  if (RULES_BY_ID.has(id)) return { kind: "rule", id, text: readFileSync(ruleDocPath(id), "utf8") };
  if (SUPPRESSION_WARNINGS.some((w) => w.id === id)) return { kind: "warning", id, text: readFileSync(suppressionDocPath(id), "utf8") };
  const category = CATEGORIES.find((c) => c === id);
  if (category !== undefined) return { kind: "category", id, text: categoryText(category) };
  const hint = closest(id, [...RULES_BY_ID.keys(), ...SUPPRESSION_WARNINGS.map((w) => w.id), ...CATEGORIES]);
  throw new UsageError(`unknown rule or category "${name}"${hint === undefined ? "" : ` (did you mean "${hint}"?)`}`);
}
