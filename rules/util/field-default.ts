import type { FieldEl } from "../../src/image/model.js";
import { defaultOf, hasExplicitDefault, type DefaultValue } from "../../src/image/field-default.js";

const C_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A string as a .proto string literal: quoted, with C escapes for quotes, backslashes and control characters. */
function quoteString(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const escape = C_ESCAPES[ch];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}

/** The field's explicit default as written in its options: `5`, `"EUR"`, `STATUS_ACTIVE`. */
export function writtenDefault(field: FieldEl): string {
  const text = field.proto.defaultValue;
  if (field.typeKind === "string") return quoteString(text);
  // The descriptor keeps bytes C-escaped already.
  if (field.typeKind === "bytes") return `"${text}"`;
  return text;
}

/** The values each integer kind can hold. */
const INTEGER_RANGES: Partial<Readonly<Record<FieldEl["typeKind"], readonly [bigint, bigint]>>> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  sint32: [-(2n ** 31n), 2n ** 31n - 1n],
  sfixed32: [-(2n ** 31n), 2n ** 31n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  fixed32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  sint64: [-(2n ** 63n), 2n ** 63n - 1n],
  sfixed64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  fixed64: [0n, 2n ** 64n - 1n],
};

/** A numeric default as an integer, or undefined when it is not a whole number. */
function wholeNumber(value: DefaultValue): bigint | undefined {
  if (value.kind === "integer") return value.value;
  if (value.kind === "float" && Number.isInteger(value.value)) return BigInt(value.value);
  return undefined;
}

/**
 * The previous field's default written for the current field's type, so that
 * `default = <it>` compares equal to it; undefined when the current type
 * cannot hold that value (a string default on an integer, 5.5 on an int32,
 * an enum number the current enum lacks).
 */
export function defaultLiteralFor(previous: FieldEl, current: FieldEl): string | undefined {
  const value = defaultOf(previous);
  const explicit = hasExplicitDefault(previous);
  switch (current.typeKind) {
    case "string":
    case "bytes":
      if (value.kind !== "bytes") return undefined;
      return explicit ? writtenDefault(previous) : '""';
    case "float":
    case "double":
      if (value.kind === "bytes") return undefined;
      if (value.kind === "integer") return value.value.toString();
      return explicit ? previous.proto.defaultValue : "0";
    case "bool": {
      const n = value.kind === "bytes" ? undefined : wholeNumber(value);
      return n === 0n ? "false" : n === 1n ? "true" : undefined;
    }
    case "enum": {
      const n = value.kind === "bytes" ? undefined : wholeNumber(value);
      return current.enumType?.values.find((v) => BigInt(v.number) === n)?.name;
    }
    default: {
      const range = INTEGER_RANGES[current.typeKind];
      const n = value.kind === "bytes" ? undefined : wholeNumber(value);
      if (range === undefined || n === undefined || n < range[0] || n > range[1]) return undefined;
      return n.toString();
    }
  }
}
