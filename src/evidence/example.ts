/**
 * Example messages: small, bounded values that make a type change visible
 * (a plain value and an edge value per scalar: negative, above 2^31, not UTF-8).
 */
import { create, ScalarType, type DescField, type DescMessage, type Message } from "@bufbuild/protobuf";
import { FeatureSet_FieldPresence } from "@bufbuild/protobuf/wkt";
import { reflect, type ReflectMessage } from "@bufbuild/protobuf/reflect";

/** Which values an example uses: ordinary ones, or the edges where compatible-looking types disagree. */
export type Flavour = "plain" | "edge";

/** How deep an example nests messages. */
export const MAX_DEPTH = 3;

function scalarValue(type: ScalarType, flavour: Flavour): unknown {
  const edge = flavour === "edge";
  switch (type) {
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return edge ? -2.5 : 1.5;
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return edge ? -2 : 5;
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return edge ? 4294967294 : 5;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return edge ? -2n : 5n;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return edge ? 18446744073709551614n : 5n;
    case ScalarType.BOOL:
      return true;
    case ScalarType.STRING:
      return edge ? "é" : "a";
    case ScalarType.BYTES:
      return edge ? new Uint8Array([0xff]) : new Uint8Array([0x61]);
    default:
      return type satisfies never;
  }
}

function enumValue(field: DescField & { fieldKind: "enum" | "list" | "map" }, flavour: Flavour): number {
  const values = field.enum?.values ?? [];
  const nonZero = values.filter((v) => v.number !== 0);
  const pick = flavour === "edge" ? nonZero[nonZero.length - 1] : nonZero[0];
  return (pick ?? values[0])?.number ?? 0;
}

function singular(r: ReflectMessage, field: DescField, flavour: Flavour, depth: number): void {
  switch (field.fieldKind) {
    case "scalar":
      r.set(field, scalarValue(field.scalar, flavour));
      return;
    case "enum":
      r.set(field, enumValue(field, flavour));
      return;
    case "message":
      if (depth < MAX_DEPTH) r.set(field, fill(field.message, flavour, depth + 1, undefined));
      return;
    case "list": {
      const list = r.get(field);
      // Two scalars show a repeated field read as a singular one (the last wins); one message is enough.
      if (field.listKind === "message") {
        if (depth < MAX_DEPTH) list.add(fill(field.message, flavour, depth + 1, undefined));
        return;
      }
      for (const f of ["plain", flavour] as const) {
        if (field.listKind === "scalar") list.add(scalarValue(field.scalar, f));
        else list.add(enumValue(field, f));
      }
      return;
    }
    case "map": {
      const map = r.get(field);
      const key = scalarValue(field.mapKey, flavour);
      const k = typeof key === "bigint" ? key.toString() : key;
      if (field.mapKind === "scalar") map.set(k, scalarValue(field.scalar, flavour));
      else if (field.mapKind === "enum") map.set(k, enumValue(field, flavour));
      else if (depth < MAX_DEPTH) map.set(k, fill(field.message, flavour, depth + 1, undefined));
      return;
    }
    default:
      field satisfies never;
  }
}

/**
 * A message with fields set: only `focus` (and the required fields) when
 * given, else every field, one per oneof: the first of `first` in it, else
 * its first field.
 */
export function fill(
  desc: DescMessage,
  flavour: Flavour,
  depth = 0,
  focus?: ReadonlySet<number>,
  first?: ReadonlySet<number>,
): ReflectMessage {
  const r = reflect(desc, create(desc) as Message);
  const ordered = first === undefined ? desc.fields : [...desc.fields].sort((a, b) => Number(first.has(b.number)) - Number(first.has(a.number)));
  for (const field of ordered) {
    const wanted = focus === undefined || focus.has(field.number) || field.presence === FeatureSet_FieldPresence.LEGACY_REQUIRED;
    if (!wanted) continue;
    if (field.oneof !== undefined && r.oneofCase(field.oneof) !== undefined) continue;
    singular(r, field, flavour, depth);
  }
  return r;
}
