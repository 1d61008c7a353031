/** Values and messages as a reviewer reads them: `{total: 5, tags: ["a"]}`, bounded in length. */
import type { DescField } from "@bufbuild/protobuf";
import { isReflectList, isReflectMap, isReflectMessage, type ReflectMessage } from "@bufbuild/protobuf/reflect";

/** The longest rendering of one side of an example. */
export const MAX_SHOWN = 160;

function hex(bytes: Uint8Array, max: number): string {
  const shown = [...bytes.subarray(0, max)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return bytes.length > max ? `${shown} … (${bytes.length} bytes)` : shown;
}

/** Encoded bytes as spaced hex, the first 48 bytes. */
export function showBytes(bytes: Uint8Array): string {
  return bytes.length === 0 ? "(no bytes)" : hex(bytes, 48);
}

/** Cuts a rendering to MAX_SHOWN characters. */
export function bounded(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`;
}

function enumName(field: DescField, n: number): string {
  return field.enum?.values.find((v) => v.number === n)?.name ?? `${n} (unknown value)`;
}

/** One value of a field (an element of a list, a map's value). */
export function showValue(field: DescField, value: unknown, depth: number): string {
  if (isReflectMessage(value)) return showMessage(value, depth + 1);
  if (value instanceof Uint8Array) return `b"${hex(value, 16)}"`;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" && field.enum !== undefined) return enumName(field, value);
  return String(value);
}

function showField(r: ReflectMessage, field: DescField, depth: number): string {
  const v = r.get(field);
  if (isReflectList(v)) return `[${[...v].map((x) => showValue(field, x, depth)).join(", ")}]`;
  if (isReflectMap(v)) return `{${[...v].map(([k, x]) => `${String(k)}: ${showValue(field, x, depth)}`).join(", ")}}`;
  return showValue(field, v, depth);
}

/** The fields a message holds, with explicit defaults shown for unset fields that have one. */
export function showMessage(r: ReflectMessage, depth = 0): string {
  if (depth > 4) return "{…}";
  const parts: string[] = [];
  for (const field of r.sortedFields) {
    if (r.isSet(field)) parts.push(`${field.name}: ${showField(r, field, depth)}`);
  }
  return `{${parts.join(", ")}}`;
}
