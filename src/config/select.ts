import type { BufRuleSet, BufVersion, RuleCatalogue } from "../model/catalogue.js";
import type { Severity } from "../model/finding.js";
import type { CheckConfig, Level } from "./model.js";
import { UsageError } from "../model/errors.js";
import { CATEGORIES, type Rule } from "../model/rule.js";
import { closest } from "../model/suggest.js";

/** The categories used when nothing is configured and there is no buf.yaml: buf's default and package versioning. */
export const DEFAULT_USE: readonly string[] = ["FILE", "VERSIONING"];

/** True for a rule that runs when nothing is configured. */
export function isDefaultRule(rule: Rule): boolean {
  return rule.categories.some((c) => DEFAULT_USE.includes(c));
}

/** A rule ID or category as written, and where (`--use`, `protoguard.yaml:4:5`), for messages. */
export interface NameRef {
  readonly name: string;
  readonly where: string;
}

/**
 * The rules and categories a configuration may name: protoguard's own set, or
 * the set of one buf.yaml version (breaking or lint).
 */
export interface RuleUniverse {
  /** What the set is, for messages: `protoguard`, `buf.yaml v1 breaking`. */
  readonly label: string;
  readonly categories: readonly string[];
  /** Every ID the set knows (deprecated ones included). */
  has(id: string): boolean;
  /** The IDs of a category. */
  membersOf(category: string): readonly string[];
  /** Every ID of the set. */
  membersOfAll(): readonly string[];
  readonly deprecated: ReadonlyMap<string, readonly string[]>;
  /** What runs when `use` is empty. */
  readonly defaultUse: readonly string[];
  /** The rules protoguard can run for the IDs chosen (others are accepted and do nothing). */
  readonly rules: readonly Rule[];
}

const PROTOGUARD = "protoguard";

const OWN_UNIVERSES = new WeakMap<RuleCatalogue, RuleUniverse>();

/** protoguard's own configuration: every rule of the catalogue, its categories, FILE and VERSIONING by default. */
export function protoguardUniverse(catalogue: RuleCatalogue): RuleUniverse {
  const known = OWN_UNIVERSES.get(catalogue);
  if (known !== undefined) return known;
  const { rules, byId } = catalogue;
  const universe: RuleUniverse = {
    label: PROTOGUARD,
    categories: CATEGORIES,
    has: (id) => byId.has(id) || catalogue.deprecated.has(id),
    membersOf: (category) => rules.filter((r) => (r.categories as readonly string[]).includes(category)).map((r) => r.id),
    membersOfAll: () => [...byId.keys(), ...catalogue.deprecated.keys()],
    deprecated: catalogue.deprecated,
    defaultUse: DEFAULT_USE,
    rules,
  };
  OWN_UNIVERSES.set(catalogue, universe);
  return universe;
}

function bufUniverse(label: string, set: BufRuleSet, defaultUse: readonly string[], all: readonly Rule[]): RuleUniverse {
  const members = new Map<string, string[]>();
  for (const [id, categories] of Object.entries(set.rules)) {
    for (const c of categories) members.set(c, [...(members.get(c) ?? []), id]);
  }
  return {
    label,
    categories: set.categories,
    has: (id) => Object.hasOwn(set.rules, id),
    membersOf: (category) => members.get(category) ?? [],
    membersOfAll: () => Object.keys(set.rules),
    deprecated: new Map(Object.entries(set.deprecated)),
    defaultUse,
    rules: all.filter((r) => Object.hasOwn(set.rules, r.id) && !Object.hasOwn(set.deprecated, r.id)),
  };
}

/** The breaking rules a buf.yaml of this version may name: buf's only, FILE by default. */
export function bufBreakingUniverse(catalogue: RuleCatalogue, version: BufVersion): RuleUniverse {
  return bufUniverse(`buf.yaml ${version} breaking`, catalogue.bufBreaking[version], ["FILE"], catalogue.rules);
}

/**
 * The lint rules a buf.yaml of this version may name. protoguard runs only
 * PACKAGE_VERSION_SUFFIX; the others are accepted and do nothing.
 * The default is DEFAULT (v1beta1, v1) or STANDARD (v2), as in buf.
 */
export function bufLintUniverse(catalogue: RuleCatalogue, version: BufVersion): RuleUniverse {
  return bufUniverse(`buf.yaml ${version} lint`, catalogue.bufLint[version], [version === "v2" ? "STANDARD" : "DEFAULT"], catalogue.rules);
}

/** Expands one rule ID or category into rule IDs; throws a UsageError for an unknown name. */
function expand(ref: NameRef, universe: RuleUniverse, warnings: string[]): readonly string[] {
  const name = ref.name.trim();
  if (universe.categories.includes(name)) return universe.membersOf(name);
  const replacements = universe.deprecated.get(name);
  if (replacements !== undefined) {
    warnings.push(
      replacements.length > 0
        ? `${ref.where}: rule ${name} is deprecated; using ${replacements.join(", ")} instead.`
        : `${ref.where}: rule ${name} is deprecated and checks nothing; ignoring it.`,
    );
    return [...replacements];
  }
  if (universe.has(name)) return [name];
  throw new UsageError(unknownRule(ref, universe));
}

/** `where: unknown rule or category "X" (did you mean "Y"?)`, naming the set when it is a buf.yaml's. */
export function unknownRule(ref: NameRef, universe: RuleUniverse): string {
  const hint = closest(ref.name, [...universe.categories, ...universe.membersOfAll()]);
  const inSet = universe.label === PROTOGUARD ? "" : ` in ${universe.label}`;
  return `${ref.where}: unknown rule or category ${JSON.stringify(ref.name)}${inSet}${hint ? ` (did you mean "${hint}"?)` : ""}`;
}

/** Checks that a name is a rule ID or category of the set (for ignore_only and severity keys). */
export function checkName(ref: NameRef, universe: RuleUniverse): void {
  const name = ref.name.trim();
  if (universe.categories.includes(name) || universe.has(name)) return;
  throw new UsageError(unknownRule(ref, universe));
}

/** The IDs a name stands for: a category's members, a deprecated ID's replacements, or the ID. */
export function idsOf(name: string, universe: RuleUniverse): readonly string[] {
  if (universe.categories.includes(name)) return universe.membersOf(name);
  return universe.deprecated.get(name) ?? [name];
}

/** The IDs chosen: the union of `use` (the set's default when empty) minus `except`, as buf does. */
export function selectIds(
  use: readonly NameRef[] | undefined,
  except: readonly NameRef[],
  universe: RuleUniverse,
): { ids: ReadonlySet<string>; warnings: string[] } {
  const warnings: string[] = [];
  const chosen = new Set<string>();
  const uses = use !== undefined && use.length > 0 ? use : universe.defaultUse.map((name) => ({ name, where: "default" }));
  for (const ref of uses) for (const id of expand(ref, universe, warnings)) chosen.add(id);
  for (const ref of except) for (const id of expand(ref, universe, warnings)) chosen.delete(id);
  return { ids: chosen, warnings };
}

const SEVERITY_RANK: Readonly<Record<Level, number>> = { off: 0, warning: 1, error: 2 };

/**
 * The level of a rule: its own `severity` entry, else the most severe entry
 * among the categories it belongs to, else error.
 */
export function levelOf(rule: Rule, check: CheckConfig): Level {
  let own: Level | undefined;
  let byCategory: Level | undefined;
  for (const { rule: ref, level } of check.severity) {
    if (ref.name === rule.id) own = level;
    else if (check.universe.categories.includes(ref.name) && idsOf(ref.name, check.universe).includes(rule.id)) {
      if (byCategory === undefined || SEVERITY_RANK[level] > SEVERITY_RANK[byCategory]) byCategory = level;
    }
  }
  return own ?? byCategory ?? "error";
}

/**
 * The rules a section runs: `use` (or the command line's `--use`) minus
 * `except`, without rules whose severity is off.
 */
export function rulesOf(
  check: CheckConfig,
  override: { readonly use?: readonly NameRef[] | undefined; readonly except?: readonly NameRef[] | undefined } = {},
): { rules: Rule[]; warnings: string[] } {
  const use = override.use !== undefined && override.use.length > 0 ? override.use : check.use;
  const except = override.except !== undefined && override.except.length > 0 ? override.except : check.except;
  const { ids, warnings } = selectIds(use, except, check.universe);
  return { rules: check.universe.rules.filter((r) => ids.has(r.id) && levelOf(r, check) !== "off"), warnings };
}

/** The severity each rule reports with. */
export function severityOf(check: CheckConfig): (rule: Rule) => Severity {
  return (rule) => (levelOf(rule, check) === "warning" ? "warning" : "error");
}
