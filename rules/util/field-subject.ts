import type { Comparison, Pair } from "../../src/compare/pair.js";
import type { FieldEl } from "../../src/image/model.js";

/** The field pairs buf's field rules visit: fields of paired messages (map entries included), then extensions. */
export function fieldPairsWithExtensions(comparison: Comparison): readonly Pair<FieldEl>[] {
  return [...comparison.fields, ...comparison.extensions];
}

/** The map field a synthetic map-entry message stands for, if the field is that entry's key or value. */
export function mapFieldOf(field: FieldEl): FieldEl | undefined {
  const entry = field.parent;
  if (field.isExtension || entry === undefined || !entry.isMapEntry) return undefined;
  return entry.parent?.fields.find((f) => f.isMap && f.typeName === entry.fullName);
}

/**
 * A field as the subject of a sentence, its name left out when `withName` is false:
 * `Field 2 "total" on message acme.orders.v1.Order`,
 * `Extension 100 "acme.ext.v1.note" on message acme.orders.v1.Order` (by full name, on the extended message),
 * `Map value of field 3 "counts" on message acme.orders.v1.Order` (the key or value of a map entry).
 */
export function fieldSubject(field: FieldEl, withName = true): string {
  if (field.isExtension) {
    const name = withName ? ` "${field.fullName}"` : "";
    return `Extension ${field.number}${name} on message ${field.extendee ?? ""}`;
  }
  const mapField = mapFieldOf(field);
  if (mapField !== undefined && (field.number === 1 || field.number === 2)) {
    const part = field.number === 1 ? "key" : "value";
    return `Map ${part} of field ${mapField.number} "${mapField.name}" on message ${mapField.parent?.fullName ?? ""}`;
  }
  const name = withName ? ` "${field.name}"` : "";
  return `Field ${field.number}${name} on message ${field.parent?.fullName ?? ""}`;
}
