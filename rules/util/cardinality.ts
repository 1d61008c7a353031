import type { Comparison } from "../../src/compare/pair.js";
import { FieldPresence } from "../../src/image/features.js";
import type { FieldEl } from "../../src/image/model.js";
import { at, type RuleContext } from "../../src/rule.js";
import { fieldPairsWithExtensions, fieldSubject } from "./field-subject.js";

/** How many values a field holds and whether it tracks presence. */
export type Cardinality =
  | "optional with explicit presence"
  | "optional with implicit presence"
  | "required"
  | "repeated"
  | "map";

/**
 * Which cardinalities may replace each other: every change ("same"), changes
 * inside {explicit, implicit} · {required} · {repeated, map} ("wire"), or
 * inside {explicit, implicit} · {required} · {repeated} · {map} ("wire-json",
 * since JSON writes maps as objects and lists as arrays).
 */
export type CardinalityStrictness = "same" | "wire" | "wire-json";

const GROUPS: Readonly<Record<Exclude<CardinalityStrictness, "same">, Readonly<Record<Cardinality, string>>>> = {
  wire: {
    "optional with explicit presence": "singular",
    "optional with implicit presence": "singular",
    required: "required",
    repeated: "list",
    map: "list",
  },
  "wire-json": {
    "optional with explicit presence": "singular",
    "optional with implicit presence": "singular",
    required: "required",
    repeated: "list",
    map: "map",
  },
};

/**
 * The cardinality of a field: list, map, required (proto2 `required` or
 * editions LEGACY_REQUIRED), else optional with or without presence tracking.
 */
export function cardinalityOf(field: FieldEl): Cardinality {
  if (field.label === "repeated") return field.isMap ? "map" : "repeated";
  if (field.label === "required" || field.features.fieldPresence === FieldPresence.LEGACY_REQUIRED) {
    return "required";
  }
  return field.hasPresence ? "optional with explicit presence" : "optional with implicit presence";
}

/**
 * Reports field and extension pairs whose cardinality changed beyond what the
 * strictness allows. Key and value fields of map entries are skipped: they
 * are generated, and the presence they seem to inherit does not change how
 * they behave.
 */
export function checkCardinality(
  comparison: Comparison,
  { report }: RuleContext,
  strictness: CardinalityStrictness,
): void {
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    if (!current.isExtension && previous.parent?.isMapEntry === true && current.parent?.isMapEntry === true) continue;
    const before = cardinalityOf(previous);
    const after = cardinalityOf(current);
    const changed = strictness === "same" ? before !== after : GROUPS[strictness][before] !== GROUPS[strictness][after];
    if (!changed) continue;
    report({
      message: `${fieldSubject(current)} changed cardinality from "${before}" to "${after}".`,
      current: at(current),
      previous: at(previous),
    });
  }
}
