import { RULES, RULES_BY_ID } from "../../rules/index.js";
import { BUF_BREAKING, BUF_LINT, type BufRuleSet, type BufVersion } from "../../rules/sets/buf.js";
import { DEPRECATED_RULES } from "../../rules/sets/deprecated.js";
import { UsageError } from "../model/errors.js";
import { CATEGORIES, type Rule } from "../model/rule.js";
import { closest } from "./suggest.js";

/**
 * Deprecated buf rule IDs and the rules that replaced them; an empty list means
 * the rule never reported anything and is dropped.
 */
export const DEPRECATED: ReadonlyMap<string, readonly string[]> = new Map(
  DEPRECATED_RULES.map((d) => [d.id, d.replacements]),
);

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

/** protoguard's own configuration: every rule, its categories, FILE and VERSIONING by default. */
export const PROTOGUARD_UNIVERSE: RuleUniverse = {
  label: "protoguard",
  categories: CATEGORIES,
  has: (id) => RULES_BY_ID.has(id) || DEPRECATED.has(id),
  membersOf: (category) => RULES.filter((r) => (r.categories as readonly string[]).includes(category)).map((r) => r.id),
  membersOfAll: () => [...RULES_BY_ID.keys(), ...DEPRECATED.keys()],
  deprecated: DEPRECATED,
  defaultUse: DEFAULT_USE,
  rules: RULES,
};

function bufUniverse(label: string, set: BufRuleSet, defaultUse: readonly string[]): RuleUniverse {
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
    rules: RULES.filter((r) => Object.hasOwn(set.rules, r.id) && !Object.hasOwn(set.deprecated, r.id)),
  };
}

/** The breaking rules a buf.yaml of this version may name: buf's only, FILE by default. */
export function bufBreakingUniverse(version: BufVersion): RuleUniverse {
  return bufUniverse(`buf.yaml ${version} breaking`, BUF_BREAKING[version], ["FILE"]);
}

/**
 * The lint rules a buf.yaml of this version may name. protoguard runs only
 * PACKAGE_VERSION_SUFFIX; the others are accepted and do nothing.
 * The default is DEFAULT (v1beta1, v1) or STANDARD (v2), as in buf.
 */
export function bufLintUniverse(version: BufVersion): RuleUniverse {
  return bufUniverse(`buf.yaml ${version} lint`, BUF_LINT[version], [version === "v2" ? "STANDARD" : "DEFAULT"]);
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
  const inSet = universe === PROTOGUARD_UNIVERSE ? "" : ` in ${universe.label}`;
  return `${ref.where}: unknown rule or category "${ref.name}"${inSet}${hint ? ` (did you mean "${hint}"?)` : ""}`;
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
