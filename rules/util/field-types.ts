import type { Comparison } from "../../src/compare/pair.js";
import type { FieldEl, FieldTypeKind } from "../../src/image/model.js";
import { at, type Where } from "../../src/model/rule.js";
import { bufFieldSubject } from "./buf-words.js";
import type { Change } from "./change.js";
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

/** The type as buf names it when the kind changes: `int64`, `enum`, `message`, `message (delimited encoding)`. */
function bufTypeText(field: FieldEl): string {
  if (field.typeKind === "group" && field.file.syntax !== "proto2") return "message (delimited encoding)";
  return field.typeKind;
}

/** The type token of a field: the type name for named types, else the scalar keyword. */
export function typeWhere(field: FieldEl): Where {
  return at(field, isNamedKind(field.typeKind) ? [FIELD.typeName] : [FIELD.type]);
}

/** The words of a changed field type, for the rules' message templates. */
interface TypeWords {
  /** The field as protoguard and as buf name it. */
  readonly field: string;
  readonly bufField: string;
  readonly before: string;
  readonly after: string;
}

/** The words of a change of kind: also the types as buf names them. */
type KindWords = TypeWords & { bufBefore: string; bufAfter: string };

/** A field type change by kind: which message says it, and its data. */
export type TypeChange =
  | (Change<KindWords> & { readonly messageId: "kindChanged" })
  | (Change<KindWords> & { readonly messageId: "bytesToString" })
  | (Change<TypeWords> & { readonly messageId: "typeNameChanged" })
  | (Change<TypeWords & { oldName: string; newName: string }> & { readonly messageId: "enumRenamed" })
  | (Change<TypeWords & { value: string; number: number; enum: string }> & { readonly messageId: "enumValueMissing" })
  | (Change<TypeWords & { value: string; number: number; newNumber: number; enum: string }> & { readonly messageId: "enumValueRenumbered" });

/** The changes "same" reports: no kind groups, no enum compatibility (only "wire" has bytesToString). */
export type SameTypeChange = Extract<TypeChange, { messageId: "kindChanged" | "typeNameChanged" }>;

/** Where a type-name change points, and its fix. */
type Place = Omit<Change<unknown>, "data">;

/**
 * Why an enum cannot stand in for another under the wire rules, as a change,
 * or undefined when it can; with either enum unknown, a plain type-name change.
 */
function enumMismatch(previous: FieldEl, current: FieldEl, words: TypeWords, place: Place): TypeChange | undefined {
  const before = previous.enumType;
  const after = current.enumType;
  if (before === undefined || after === undefined) return { messageId: "typeNameChanged", data: words, ...place };
  if (before.name !== after.name) {
    return { messageId: "enumRenamed", data: { ...words, oldName: before.name, newName: after.name }, ...place };
  }
  const byName = new Map(after.values.map((v) => [v.name, v.number]));
  for (const value of before.values) {
    const number = byName.get(value.name);
    if (number === undefined) {
      return { messageId: "enumValueMissing", data: { ...words, value: value.name, number: value.number, enum: after.fullName }, ...place };
    }
    if (number !== value.number) {
      return {
        messageId: "enumValueRenumbered",
        data: { ...words, value: value.name, number: value.number, newNumber: number, enum: after.fullName },
        ...place,
      };
    }
  }
  return undefined;
}

/**
 * The field and extension pairs whose type changed. With "same", any
 * change of kind or of named type fails. With "wire" and "wire-json", the
 * kind may move within its group (string → bytes too, under "wire"), and an
 * enum may be replaced by one with the same short name that keeps every
 * previous value name with its number; messages and groups must keep their
 * full name.
 */
export function fieldTypeChanges(comparison: Comparison, strictness: "same"): Generator<SameTypeChange>;
export function fieldTypeChanges(comparison: Comparison, strictness: "wire-json"): Generator<Exclude<TypeChange, { messageId: "bytesToString" }>>;
export function fieldTypeChanges(comparison: Comparison, strictness: "wire"): Generator<TypeChange>;
export function* fieldTypeChanges(comparison: Comparison, strictness: TypeStrictness): Generator<TypeChange> {
  const groups = strictness === "wire" ? WIRE_GROUPS : strictness === "wire-json" ? WIRE_JSON_GROUPS : undefined;
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    const kindChanged =
      groups === undefined
        ? previous.typeKind !== current.typeKind
        : groups[previous.typeKind] !== groups[current.typeKind];
    if (kindChanged) {
      if (strictness === "wire" && previous.typeKind === "string" && current.typeKind === "bytes") continue;
      const bytesToString = strictness === "wire" && previous.typeKind === "bytes" && current.typeKind === "string";
      const data: KindWords = {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: typeText(previous),
          after: typeText(current),
          bufBefore: bufTypeText(previous),
        bufAfter: bufTypeText(current),
      };
      const place: Place = { current: typeWhere(current), previous: typeWhere(previous), fix: addFieldInstead(`restore type "${typeText(previous)}"`) };
      yield bytesToString ? { messageId: "bytesToString", data, ...place } : { messageId: "kindChanged", data, ...place };
      continue;
    }
    if (!isNamedKind(current.typeKind) || previous.typeName === current.typeName) continue;
    const words: TypeWords = {
      field: fieldSubject(current),
      bufField: bufFieldSubject(current),
      before: previous.typeName,
      after: current.typeName,
    };
    const place: Place = {
      current: at(current, [FIELD.typeName]),
      previous: at(previous, [FIELD.typeName]),
      fix: addFieldInstead(`restore type "${previous.typeName}"`),
    };
    if (groups === undefined || current.typeKind !== "enum") {
      yield { messageId: "typeNameChanged", data: words, ...place };
      continue;
    }
    const mismatch = enumMismatch(previous, current, words, place);
    if (mismatch !== undefined) yield mismatch;
  }
}
