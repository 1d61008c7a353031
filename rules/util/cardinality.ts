import type { Comparison } from "../../src/compare/pair.js";
import { FieldPresence } from "../../src/image/features.js";
import type { FieldEl } from "../../src/image/model.js";
import { at } from "../../src/model/rule.js";
import { bufFieldSubject } from "./buf-words.js";
import type { Change } from "./change.js";
import { fieldPairsWithExtensions, fieldSubject } from "./field-subject.js";
import { isNamedKind } from "./field-types.js";
import { addFieldInstead, moveBackToOneof, removeFieldOption, setFieldOption } from "./fix.js";
import { andList } from "./words.js";

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
 * The field and extension pairs whose cardinality changed beyond what the
 * strictness allows. Key and value fields of map entries are skipped: they
 * are generated, and the presence they seem to inherit does not change how
 * they behave.
 */
export function* cardinalityChanges(
  comparison: Comparison,
  strictness: CardinalityStrictness,
): Generator<Change<{ field: string; bufField: string; before: Cardinality; after: Cardinality }>> {
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    if (!current.isExtension && previous.parent?.isMapEntry === true && current.parent?.isMapEntry === true) continue;
    const before = cardinalityOf(previous);
    const after = cardinalityOf(current);
    const changed = strictness === "same" ? before !== after : GROUPS[strictness][before] !== GROUPS[strictness][after];
    if (!changed) continue;
    const edits = cardinalityEdits(previous, current);
    yield {
      data: { field: fieldSubject(current), bufField: bufFieldSubject(current), before, after },
      current: at(current),
      previous: at(previous),
      fix: edits === undefined ? undefined : addFieldInstead(`restore cardinality "${before}" (${edits})`),
    };
  }
}

/** How a field's cardinality is written: the label (with the type, where a map is involved), presence, oneof. */
interface Spelling {
  /** `repeated`, `optional`, `required`, `map<string, int32>`, or "" for none. */
  readonly label: string;
  /** The editions `features.field_presence` value the field needs in effect, if any. */
  readonly presence: FieldPresence | undefined;
  readonly oneof: string | undefined;
}

/** A field's type as written in a declaration: the scalar keyword, or the full name of a message or enum. */
function typeRef(field: FieldEl): string {
  return isNamedKind(field.typeKind) ? field.typeName : field.typeKind;
}

/** `map<string, int32>`: the map type of a map field, from its entry message. */
function mapType(field: FieldEl): string | undefined {
  const entry = field.parent?.nestedMessages.find((m) => m.fullName === field.typeName);
  const key = entry?.fieldsByNumber.get(1);
  const value = entry?.fieldsByNumber.get(2);
  return key === undefined || value === undefined ? undefined : `map<${typeRef(key)}, ${typeRef(value)}>`;
}

/** Fields whose presence is always explicit: messages, groups, and (outside proto2) extensions. */
function alwaysExplicit(field: FieldEl): boolean {
  return field.typeKind === "message" || field.typeKind === "group" || field.isExtension;
}

/** The presence a field of an editions file gets without its own `features.field_presence`. */
function inheritedPresence(field: FieldEl): FieldPresence {
  return (field.parent ?? field.file).features.fieldPresence;
}

/** The label a field is declared with, as its file writes it (without the type). */
function writtenLabel(field: FieldEl): string {
  if (field.isMap) return "map";
  if (field.label === "repeated") return "repeated";
  if (field.file.syntax === "proto2") return field.oneof === undefined ? field.label : "";
  if (field.file.syntax === "proto3") return field.proto.proto3Optional ? "optional" : "";
  return "";
}

/** How the previous field's cardinality is written in the current field's file, or undefined if it cannot be. */
function targetSpelling(previous: FieldEl, current: FieldEl): Spelling | undefined {
  const syntax = current.file.syntax;
  switch (cardinalityOf(previous)) {
    case "map": {
      const map = mapType(previous);
      return map === undefined ? undefined : { label: map, presence: undefined, oneof: undefined };
    }
    case "repeated":
      return { label: "repeated", presence: undefined, oneof: undefined };
    case "required":
      if (syntax === "proto2") return { label: "required", presence: undefined, oneof: undefined };
      if (syntax === "editions") return { label: "", presence: FieldPresence.LEGACY_REQUIRED, oneof: undefined };
      return undefined;
    case "optional with explicit presence": {
      if (previous.oneof !== undefined) return { label: "", presence: undefined, oneof: previous.oneof.name };
      if (syntax === "proto2") return { label: "optional", presence: undefined, oneof: undefined };
      if (syntax === "proto3") {
        return { label: alwaysExplicit(current) ? "" : "optional", presence: undefined, oneof: undefined };
      }
      return { label: "", presence: alwaysExplicit(current) ? undefined : FieldPresence.EXPLICIT, oneof: undefined };
    }
    case "optional with implicit presence":
      if (syntax === "proto2" || alwaysExplicit(current)) return undefined;
      return { label: "", presence: syntax === "editions" ? FieldPresence.IMPLICIT : undefined, oneof: undefined };
  }
}

/**
 * What to change in the current declaration to give it back the previous
 * cardinality (`replace \`optional\` with \`repeated\``, `remove \`repeated\``,
 * `set \`features.field_presence = EXPLICIT\` in the field's options`), or
 * undefined when the current file's syntax cannot express it.
 */
function cardinalityEdits(previous: FieldEl, current: FieldEl): string | undefined {
  const target = targetSpelling(previous, current);
  if (target === undefined) return undefined;
  const edits: string[] = [];

  if (current.oneof?.name !== target.oneof) edits.push(moveBackToOneof(current.oneof?.name, target.oneof));

  const withType = current.isMap || previous.isMap;
  let have = writtenLabel(current);
  let want = target.label;
  if (current.isMap) have = mapType(current) ?? "map";
  else if (withType) have = [have, typeRef(current)].filter((p) => p !== "").join(" ");
  if (withType && !previous.isMap) want = [want, typeRef(previous)].filter((p) => p !== "").join(" ");
  if (have !== want) {
    if (have === "") edits.push(`add \`${want}\``);
    else if (want === "") edits.push(`remove \`${have}\``);
    else edits.push(`replace \`${have}\` with \`${want}\``);
  }

  if (current.file.syntax === "editions") {
    const own = current.proto.options?.features?.fieldPresence || undefined;
    const written = own === undefined ? undefined : `features.field_presence = ${FieldPresence[own]}`;
    const inherited = inheritedPresence(current);
    if (target.presence === undefined) {
      if (written !== undefined) edits.push(removeFieldOption(written));
    } else if ((own ?? inherited) !== target.presence) {
      edits.push(
        written !== undefined && inherited === target.presence
          ? removeFieldOption(written)
          : setFieldOption(`features.field_presence = ${FieldPresence[target.presence]}`),
      );
    }
  }
  return edits.length === 0 ? undefined : andList(edits);
}
