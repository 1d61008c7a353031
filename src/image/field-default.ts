/**
 * The default value of a field as the model resolves it: the explicit
 * `default` option or the type's zero value (an enum's first value), in a form
 * that compares across types the way buf does.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FieldDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import type { FieldEl } from "./model.js";

/**
 * The default value of a field, in a form that compares across types the way
 * buf does: strings and bytes as byte strings, bools and enums as integers,
 * integers exactly, floats with their width kept.
 */
export type DefaultValue =
  | { readonly kind: "bytes"; readonly bytes: string; readonly shown: string }
  | { readonly kind: "integer"; readonly value: bigint; readonly shown: string }
  | { readonly kind: "float"; readonly value: number; readonly bits: 32 | 64; readonly shown: string };

/** Whether a field can carry a default: singular, and neither a message nor a group. */
export function canHaveDefault(field: FieldEl): boolean {
  return field.label !== "repeated" && field.typeKind !== "message" && field.typeKind !== "group";
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92,
  "'": 39,
  '"': 34,
  "?": 63,
};

const encoder = new TextEncoder();

/** UTF-8 bytes of a text, as a byte string. */
function byteString(text: string): string {
  return Array.from(encoder.encode(text), (b) => String.fromCharCode(b)).join("");
}

/** UTF-8 bytes of a code point, as a byte string. */
function utf8(codePoint: number): string {
  return byteString(String.fromCodePoint(codePoint));
}

/** Undoes the C escaping of a bytes default (`\n`, `\001`, `\x7f`, `\u00e9`), as a byte string. */
export function unescapeBytes(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== "\\" || i + 1 >= text.length) {
      out += utf8(text.codePointAt(i) ?? 0);
      if ((text.codePointAt(i) ?? 0) > 0xffff) i++;
      continue;
    }
    const next = text[i + 1] as string;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += String.fromCharCode(simple);
      i++;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? "0";
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += digits.length;
    } else if (next === "x" || next === "X") {
      const digits = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0] ?? "";
      out += digits === "" ? "x" : String.fromCharCode(parseInt(digits, 16));
      i += 1 + digits.length;
    } else if (next === "u" || next === "U") {
      const width = next === "u" ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + width);
      out += utf8(parseInt(digits, 16));
      i += 1 + width;
    } else {
      out += next;
      i++;
    }
  }
  return out;
}

/** An integer default as written: decimal, `0x` hex or leading-zero octal, with an optional sign. */
function parseInteger(text: string): bigint {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text.trim());
  if (match === null) return 0n;
  const [, sign, digits = "0"] = match;
  let value: bigint;
  if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits.startsWith("0")) value = BigInt(`0o${digits.slice(1)}`);
  else value = BigInt(digits);
  return sign === "-" ? -value : value;
}

/** A floating-point default as written, `inf`, `-inf` and `nan` included. */
function parseFloat64(text: string): number {
  const t = text.trim().toLowerCase();
  if (t === "inf" || t === "+inf" || t === "infinity" || t === "+infinity") return Infinity;
  if (t === "-inf" || t === "-infinity") return -Infinity;
  if (t === "nan" || t === "+nan" || t === "-nan") return NaN;
  const value = Number(t);
  return Number.isNaN(value) ? 0 : value;
}

/**
 * A field's default value: the explicit `default` option, else the type's zero
 * value, or for an enum the first value of the enum (what generated code uses).
 */
export function defaultOf(field: FieldEl): DefaultValue {
  const explicit = isFieldSet(field.proto, FieldDescriptorProtoSchema.field.defaultValue);
  const text = explicit ? field.proto.defaultValue : "";
  switch (field.typeKind) {
    case "string": {
      // Most string fields have no default: their bytes are empty, with nothing to encode.
      const bytes = text === "" ? "" : byteString(text);
      return { kind: "bytes", bytes, shown: JSON.stringify(text) };
    }
    case "bytes":
      // The descriptor keeps bytes C-escaped, which is how they are written in a .proto file.
      return { kind: "bytes", bytes: unescapeBytes(text), shown: `"${text}"` };
    case "bool":
      return { kind: "integer", value: text === "true" ? 1n : 0n, shown: text === "true" ? "true" : "false" };
    case "float":
    case "double": {
      const bits = field.typeKind === "float" ? 32 : 64;
      const parsed = explicit ? parseFloat64(text) : 0;
      return { kind: "float", value: bits === 32 ? Math.fround(parsed) : parsed, bits, shown: explicit ? text : "0" };
    }
    case "enum": {
      const values = field.enumType?.values ?? [];
      const chosen = explicit ? values.find((v) => v.name === text) : values[0];
      return { kind: "integer", value: BigInt(chosen?.number ?? 0), shown: chosen?.name ?? (text || "0") };
    }
    default:
      return { kind: "integer", value: explicit ? parseInteger(text) : 0n, shown: explicit ? text : "0" };
  }
}

/** Whether a default is the zero value of its kind (negative zero is not, NaN is not). */
export function isZeroDefault(value: DefaultValue): boolean {
  switch (value.kind) {
    case "bytes":
      return value.bytes === "";
    case "integer":
      return value.value === 0n;
    case "float":
      return value.value === 0 && !Object.is(value.value, -0);
  }
}

/** Exact numeric equality of an integer and a float, or of two floats. */
function sameNumber(a: bigint | number, b: bigint | number): boolean {
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  if (typeof a === "number" && typeof b === "number") return a === b;
  const int = (typeof a === "bigint" ? a : b) as bigint;
  const float = (typeof a === "number" ? a : b) as number;
  return Number.isInteger(float) && BigInt(float) === int;
}

/**
 * Whether two defaults are the same value. Strings and bytes only equal each
 * other; numbers, bools and enums compare by value; a float against a double
 * compares at float precision; NaN equals NaN.
 */
export function sameDefault(previous: DefaultValue, current: DefaultValue): boolean {
  if (previous.kind === "bytes" || current.kind === "bytes") {
    return previous.kind === "bytes" && current.kind === "bytes" && previous.bytes === current.bytes;
  }
  const prevNaN = previous.kind === "float" && Number.isNaN(previous.value);
  const curNaN = current.kind === "float" && Number.isNaN(current.value);
  if (prevNaN || curNaN) return prevNaN && curNaN;
  if (previous.kind === "float" && current.kind === "float" && previous.bits !== current.bits) {
    return Math.fround(previous.value) === Math.fround(current.value);
  }
  return sameNumber(previous.value, current.value);
}

/** Whether the field's `default` option is set. */
export function hasExplicitDefault(field: FieldEl): boolean {
  return isFieldSet(field.proto, FieldDescriptorProtoSchema.field.defaultValue);
}
