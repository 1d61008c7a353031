import { RULES, RULES_BY_ID } from "../../rules/index.js";
import { UsageError } from "../errors.js";
import { CATEGORIES, type Category, type Rule } from "../rule.js";
import { closest } from "./suggest.js";

/**
 * Deprecated buf rule IDs and the rules that replaced them; an empty list means
 * the rule never reported anything and is dropped.
 */
export const DEPRECATED_RULES: ReadonlyMap<string, readonly string[]> = new Map([
  ["FIELD_SAME_CTYPE", ["FIELD_SAME_CPP_STRING_TYPE"]],
  [
    "FIELD_SAME_LABEL",
    ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
  ],
  ["FILE_SAME_JAVA_STRING_CHECK_UTF8", ["FIELD_SAME_JAVA_UTF8_VALIDATION"]],
  ["FILE_SAME_PHP_GENERIC_SERVICES", []],
  ["MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", []],
]);

/** The categories used when nothing is configured, as in buf. */
export const DEFAULT_USE: readonly string[] = ["FILE"];

export interface Selection {
  readonly rules: readonly Rule[];
  /** Notes for the user, e.g. a deprecated ID that was replaced. */
  readonly warnings: readonly string[];
}

function isCategory(name: string): name is Category {
  return (CATEGORIES as readonly string[]).includes(name);
}

/** Expands one rule ID or category into rule IDs; throws a UsageError for an unknown name. */
function expand(name: string, where: string, warnings: string[]): string[] {
  const upper = name.trim();
  if (isCategory(upper)) return RULES.filter((r) => r.categories.includes(upper)).map((r) => r.id);
  if (RULES_BY_ID.has(upper)) return [upper];
  const replacements = DEPRECATED_RULES.get(upper);
  if (replacements !== undefined) {
    warnings.push(
      replacements.length > 0
        ? `${where}: rule ${upper} is deprecated; using ${replacements.join(", ")} instead.`
        : `${where}: rule ${upper} is deprecated and checks nothing; ignoring it.`,
    );
    return [...replacements];
  }
  const hint = closest(upper, [...CATEGORIES, ...RULES_BY_ID.keys(), ...DEPRECATED_RULES.keys()]);
  throw new UsageError(
    `${where}: unknown rule or category "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
  );
}

/** The rules that run: the union of `use` (default FILE) minus `except`, as buf does. */
export function selectRules(
  use: readonly string[] | undefined,
  except: readonly string[] = [],
): Selection {
  const warnings: string[] = [];
  const chosen = new Set<string>();
  for (const name of use !== undefined && use.length > 0 ? use : DEFAULT_USE) {
    for (const id of expand(name, "--use", warnings)) chosen.add(id);
  }
  for (const name of except) {
    for (const id of expand(name, "--except", warnings)) chosen.delete(id);
  }
  return { rules: RULES.filter((r) => chosen.has(r.id)), warnings };
}
