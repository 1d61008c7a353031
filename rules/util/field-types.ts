import type { Comparison } from "../../src/compare/pair.js";
import type { FieldEl, FieldTypeKind } from "../../src/image/model.js";
import { at, type RuleContext, type Where } from "../../src/model/rule.js";
import { fieldPairsWithExtensions, fieldSubject } from "./field-subject.js";
import { addFieldInstead } from "./fix.js";
import { FIELD } from "../../src/model/source-path.js";

/**
 * How strictly field types are compared: the exact kind and type name, kinds
 * that share a binary encoding, or kinds that share both the binary and the
 * JSON encoding.
 */
export type TypeStrictness = "same" | "wire" | "wire-json";

/** Kinds that read each other's binary encoding (string and bytes are apart: only string → bytes is safe). */
const WIRE_GROUPS: Readonly<Record<FieldTypeKind, string>> = {
  int32: "varint",
  int64: "varint",
  uint32: "varint",
  uint64: "varint",
  bool: "varint",
  sint32: "zigzag",
  sint64: "zigzag",
  string: "string",
  bytes: "bytes",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  double: "double",
  float: "float",
  group: "group",
  message: "message",
  enum: "enum",
};

/** Kinds that read each other's binary and JSON encodings. */
const WIRE_JSON_GROUPS: Readonly<Record<FieldTypeKind, string>> = {
  int32: "varint32",
  uint32: "varint32",
  int64: "varint64",
  uint64: "varint64",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  bool: "bool",
  sint32: "sint32",
  sint64: "sint64",
  string: "string",
  bytes: "bytes",
  double: "double",
  float: "float",
  group: "group",
  message: "message",
  enum: "enum",
};

/** Whether the kind refers to a named type (message, enum, group or delimited message). */
export function isNamedKind(kind: FieldTypeKind): boolean {
  return kind === "message" || kind === "enum" || kind === "group";
}

/** The type as written in a message: `int64`, `enum acme.v1.Status`, `message acme.v1.Money (delimited encoding)`. */
export function typeText(field: FieldEl): string {
  switch (field.typeKind) {
    case "message":
    case "enum":
      return `${field.typeKind} ${field.typeName}`;
    case "group":
      return field.file.syntax === "proto2"
        ? `group ${field.typeName}`
        : `message ${field.typeName} (delimited encoding)`;
    default:
      return field.typeKind;
  }
}

/** The type token of a field: the type name for named types, else the scalar keyword. */
export function typeWhere(field: FieldEl): Where {
  return at(field, isNamedKind(field.typeKind) ? [FIELD.typeName] : [FIELD.type]);
}

/** Why an enum cannot stand in for another under the wire rules, or undefined when it can. */
function enumMismatch(previous: FieldEl, current: FieldEl): string | undefined {
  const before = previous.enumType;
  const after = current.enumType;
  if (before === undefined || after === undefined) return "";
  if (before.name !== after.name) return ` The enum's short name changed from "${before.name}" to "${after.name}".`;
  const byName = new Map(after.values.map((v) => [v.name, v.number]));
  for (const value of before.values) {
    const number = byName.get(value.name);
    if (number === undefined) return ` Enum value "${value.name}" (${value.number}) is missing from ${after.fullName}.`;
    if (number !== value.number) {
      return ` Enum value "${value.name}" was ${value.number} and is ${number} in ${after.fullName}.`;
    }
  }
  return undefined;
}

/**
 * Reports field and extension pairs whose type changed. With "same", any
 * change of kind or of named type fails. With "wire" and "wire-json", the
 * kind may move within its group (string → bytes too, under "wire"), and an
 * enum may be replaced by one with the same short name that keeps every
 * previous value name with its number; messages and groups must keep their
 * full name.
 */
export function checkFieldTypes(comparison: Comparison, { report }: RuleContext, strictness: TypeStrictness): void {
  const groups = strictness === "wire" ? WIRE_GROUPS : strictness === "wire-json" ? WIRE_JSON_GROUPS : undefined;
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    const kindChanged =
      groups === undefined
        ? previous.typeKind !== current.typeKind
        : groups[previous.typeKind] !== groups[current.typeKind];
    if (kindChanged) {
      let note = "";
      if (strictness === "wire" && previous.typeKind === "string" && current.typeKind === "bytes") continue;
      if (strictness === "wire" && previous.typeKind === "bytes" && current.typeKind === "string") {
        note = " A bytes field may hold data that is not valid UTF-8, which a string field cannot accept.";
      }
      report({
        message: `${fieldSubject(current)} changed type from "${typeText(previous)}" to "${typeText(current)}".${note}`,
        current: typeWhere(current),
        previous: typeWhere(previous),
        fix: addFieldInstead(`restore type "${typeText(previous)}"`),
      });
      continue;
    }
    if (!isNamedKind(current.typeKind) || previous.typeName === current.typeName) continue;
    let reason = "";
    if (groups !== undefined && current.typeKind === "enum") {
      const mismatch = enumMismatch(previous, current);
      if (mismatch === undefined) continue;
      reason = mismatch;
    }
    report({
      message: `${fieldSubject(current)} changed type from "${previous.typeName}" to "${current.typeName}".${reason}`,
      current: at(current, [FIELD.typeName]),
      previous: at(previous, [FIELD.typeName]),
      fix: addFieldInstead(`restore type "${previous.typeName}"`),
    });
  }
}
