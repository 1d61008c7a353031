/**
 * Where a reader's view of an example differs from its writer's: both views
 * are decoded from the same bytes (or JSON), one with each version's schema,
 * and compared field by field number, as the wire identifies fields.
 */
import { ScalarType, toBinary, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { FeatureSet_FieldPresence } from "@bufbuild/protobuf/wkt";
import { isReflectList, isReflectMap, isReflectMessage, type ReflectMessage } from "@bufbuild/protobuf/reflect";
import { showValue } from "./show.js";

/** One difference, at the writer's field number it concerns. */
export interface Difference {
  readonly number: number;
  readonly text: string;
}

const encoder = new TextEncoder();

function hexKey(kind: "m" | "b" | "s", bytes: Uint8Array): string {
  return `${kind}:${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * What a value is on the wire, so compatible types compare equal: bytes
 * with a string (valid UTF-8) or an embedded message of the same bytes, enum
 * with int32, bool with 0 and 1. A message read as a string is a difference.
 */
function keyOf(value: unknown): string {
  if (isReflectMessage(value)) return hexKey("m", toBinary(value.desc, value.message));
  if (value instanceof Uint8Array) return hexKey("b", value);
  if (typeof value === "string") return hexKey("s", encoder.encode(value));
  if (typeof value === "boolean") return `n:${value ? 1 : 0}`;
  return `n:${String(value)}`;
}

function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [ka, kb] = [a.slice(0, 2), b.slice(0, 2)];
  const bytesLike = (k: string): boolean => k === "m:" || k === "b:" || k === "s:";
  const compatible = bytesLike(ka) && bytesLike(kb) && (ka === "b:" || kb === "b:");
  return compatible && a.slice(2) === b.slice(2);
}

function elements(value: unknown): unknown[] {
  if (isReflectList(value)) return [...value];
  return [value];
}

function isReserved(desc: DescMessage, number: number): boolean {
  return desc.proto.reservedRange.some((r) => number >= r.start && number < r.end);
}

/** A default written in the schema (`[default = 5]`); a closed enum's first value is one too, checked apart. */
function hasExplicitDefault(field: DescField): boolean {
  return field.proto.defaultValue !== "";
}

function shown(field: DescField, value: unknown): string {
  if (isReflectList(value)) return `[${[...value].map((v) => showValue(field, v, 1)).join(", ")}]`;
  if (isReflectMap(value)) return `{${[...value].map(([k, v]) => `${String(k)}: ${showValue(field, v, 1)}`).join(", ")}}`;
  return showValue(field, value, 1);
}

/** True when the reader's enum reserves a number (enum reserved ranges include their end). */
function isReservedValue(field: DescField, n: number): boolean {
  return field.enum?.proto.reservedRange.some((r) => n >= r.start && n <= r.end) === true;
}

/**
 * True when a lost enum value was deleted on purpose: in JSON its name is
 * reserved in the reader's enum, in binary its number.
 */
function reservedValueName(wf: DescField, rf: DescField, value: unknown, json: boolean): boolean {
  if (typeof value !== "number" || wf.enum === undefined || rf.enum === undefined) return false;
  if (!json) return isReservedValue(rf, value);
  const names = wf.enum.values.filter((v) => v.number === value).map((v) => v.name);
  return names.length > 0 && names.every((n) => rf.enum.proto.reservedName.includes(n));
}

/** The enum value a writer meant by a number, when the reader binds its name or number differently. */
function enumRebound(wf: DescField, rf: DescField, numbers: readonly unknown[], json: boolean): string | undefined {
  if (wf.enum === undefined || rf.enum === undefined) return undefined;
  for (const n of numbers) {
    if (typeof n !== "number") continue;
    const meant = wf.enum.values.filter((v) => v.number === n);
    const got = rf.enum.values.find((v) => v.number === n);
    if (got === undefined && !json && isReservedValue(rf, n)) continue;
    if (got === undefined) return `enum value ${meant[0]?.name ?? n} (${n}) is unknown to the reader`;
    for (const m of meant) {
      const moved = rf.enum.values.find((v) => v.name === m.name);
      if (moved !== undefined && moved.number !== n) return `${m.name} is ${moved.number} to the reader; ${n} reads as ${got.name}`;
    }
  }
  return undefined;
}

/** A map's entries, or a repeated entry message's (the same bytes), as comparable keys. */
function entries(field: DescField, value: unknown): string[] | undefined {
  if (isReflectMap(value)) {
    const numeric = field.fieldKind === "map" && field.mapKey !== ScalarType.STRING;
    return [...value].map(([k, v]) => `${numeric ? `n:${String(k) === "true" ? 1 : String(k) === "false" ? 0 : String(k)}` : keyOf(k)}=${keyOf(v)}`).sort();
  }
  if (!isReflectList(value)) return undefined;
  // Read as a map, a repeated entry keeps the last value of each key.
  const out = new Map<string, string>();
  for (const e of value) {
    if (!isReflectMessage(e)) return undefined;
    const [k, v] = [e.findNumber(1), e.findNumber(2)];
    if (k === undefined || v === undefined) return undefined;
    out.set(keyOf(e.get(k)), keyOf(e.get(v)));
  }
  return [...out].map(([k, v]) => `${k}=${v}`).sort();
}

function diffMaps(wf: DescField, rf: DescField, w: unknown, r: unknown): string | undefined {
  const [we, re] = [entries(wf, w), entries(rf, r)];
  if (we !== undefined && re !== undefined && we.join(",") === re.join(",")) return undefined;
  return `"${wf.name}" was ${shown(wf, w)}, reads as ${shown(rf, r)}`;
}

/**
 * The differences between a writer's view and a reader's view of one
 * message. `unknownCounts`: a field the reader does not know (and has not
 * reserved) is a difference, as it is for the version that deleted it.
 */
export function differences(
  writer: ReflectMessage,
  reader: ReflectMessage,
  unknownCounts: boolean,
  json: boolean,
  depth = 0,
): Difference[] {
  const out: Difference[] = [];
  for (const wf of writer.fields) {
    const rf = reader.findNumber(wf.number);
    const wSet = writer.isSet(wf);
    const at = (text: string): void => {
      out.push({ number: wf.number, text: depth === 0 ? text : `in ${writer.desc.name}: ${text}` });
    };
    const elsewhere = reader.desc.fields.find((f) => f.name === wf.name && f.number !== wf.number);
    if (rf === undefined) {
      if (wSet && elsewhere !== undefined) {
        at(`"${wf.name}" is field ${elsewhere.number} to the reader; ${wf.number} is an unknown field to it`);
      } else if (wSet && unknownCounts && !isReserved(reader.desc, wf.number)) {
        at(`field ${wf.number} "${wf.name}" is an unknown field to the reader`);
      }
      continue;
    }
    if (wSet && elsewhere !== undefined) {
      at(`"${wf.name}" is field ${elsewhere.number} to the reader; ${wf.number} reads as "${rf.name}"`);
      continue;
    }
    const rSet = reader.isSet(rf);
    if (!wSet && !rSet) {
      if (hasExplicitDefault(wf) || hasExplicitDefault(rf) || (wf.enum !== undefined && rf.enum !== undefined)) {
        const [wd, rd] = [writer.get(wf), reader.get(rf)];
        if (!sameKey(keyOf(wd), keyOf(rd))) at(`unset "${wf.name}" means ${shown(wf, wd)} to the writer, ${shown(rf, rd)} to the reader`);
      }
      continue;
    }
    if (wSet && !rSet) {
      if (reservedValueName(wf, rf, writer.get(wf), json)) continue;
      at(`"${wf.name}" (${shown(wf, writer.get(wf))}) is lost: the reader has "${rf.name}" unset`);
      continue;
    }
    if (!wSet) {
      at(`the reader has "${rf.name}" set (${shown(rf, reader.get(rf))}) though the writer did not set it`);
      continue;
    }
    const [w, r] = [writer.get(wf), reader.get(rf)];
    if (isReflectMap(w) || isReflectMap(r)) {
      const d = diffMaps(wf, rf, w, r);
      if (d !== undefined) at(d);
      continue;
    }
    const [ws, rs] = [elements(w), elements(r)];
    if (ws.length === 1 && rs.length === 1 && isReflectMessage(ws[0]) && isReflectMessage(rs[0]) && depth < 4) {
      for (const d of differences(ws[0], rs[0], unknownCounts, json, depth + 1)) at(d.text);
      continue;
    }
    const rebound = enumRebound(wf, rf, ws, json);
    if (rebound !== undefined) {
      at(rebound);
      continue;
    }
    if (ws.length !== rs.length || ws.some((x, i) => !sameKey(keyOf(x), keyOf(rs[i])))) {
      at(`"${wf.name}" was ${shown(wf, w)}, reads as ${shown(rf, r)}`);
    }
  }
  for (const rf of reader.fields) {
    if (rf.presence === FeatureSet_FieldPresence.LEGACY_REQUIRED && !reader.isSet(rf)) {
      out.push({ number: rf.number, text: `required field "${rf.name}" is missing for the reader` });
    }
  }
  return out;
}
