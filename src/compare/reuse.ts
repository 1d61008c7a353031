/**
 * Reuses: a field, enum value or extension the current version adds (by
 * number, against the previous version) with a number or name the ledger
 * records for another element of the same message, enum or extendee, or
 * reserved there. The same element coming back (same number, name and
 * type) is no reuse.
 */

import type { EnumEl, EnumValueEl, FieldEl, MessageEl } from "../image/model.js";
import { fieldTypeLabel, latest, type Ledger, type LedgerEntry } from "../model/ledger.js";
import type { Comparison } from "./pair.js";

/** An added element and the ledger entry it reuses (the one used last, when several). */
export interface Reuse<T> {
  readonly current: T;
  readonly entry: LedgerEntry;
}

/** An added field with the message it is in, and that message's previous version if it had one. */
interface Added<T, P> {
  readonly element: T;
  readonly previous: P | undefined;
}

/** Fields the current version adds: new numbers of paired messages, and every field of a message new to it. */
function addedFields(comparison: Comparison): Added<FieldEl, MessageEl>[] {
  const out: Added<FieldEl, MessageEl>[] = [];
  for (const pair of comparison.messages) {
    if (pair.current.isMapEntry) continue;
    for (const f of pair.addedFields) out.push({ element: f, previous: pair.previous });
  }
  for (const m of comparison.current.messagesByName.values()) {
    if (m.isMapEntry || m.file.isImport || comparison.previous.messagesByName.has(m.fullName)) continue;
    for (const f of m.fields) out.push({ element: f, previous: undefined });
  }
  return out;
}

/** Values the current version adds: new numbers of paired enums, and every value of an enum new to it. */
function addedValues(comparison: Comparison): Added<EnumValueEl, EnumEl>[] {
  const out: Added<EnumValueEl, EnumEl>[] = [];
  for (const pair of comparison.enums) {
    for (const v of pair.current.values) if (!pair.previous.valuesByNumber.has(v.number)) out.push({ element: v, previous: pair.previous });
  }
  for (const e of comparison.current.enumsByName.values()) {
    if (e.file.isImport || comparison.previous.enumsByName.has(e.fullName)) continue;
    for (const v of e.values) out.push({ element: v, previous: undefined });
  }
  return out;
}

function inRange(e: LedgerEntry, number: number): boolean {
  return e.kind === "reserved-number" && e.number <= number && number <= e.end;
}

/**
 * The entry to name: the element that last had the number or name, for it
 * is what old clients still send; else the reservation used last.
 */
function named(entries: readonly LedgerEntry[]): LedgerEntry | undefined {
  return latest(entries.filter((e) => !e.kind.startsWith("reserved"))) ?? latest(entries);
}

/** Added fields whose number the ledger records for another field of the message, or as reserved. */
export function reusedFieldNumbers(comparison: Comparison, ledger: Ledger): Reuse<FieldEl>[] {
  const out: Reuse<FieldEl>[] = [];
  for (const { element: f } of addedFields(comparison)) {
    const entries = ledger.of(f.parent?.fullName ?? "");
    const type = fieldTypeLabel(f.proto, f.isMap);
    if (entries.some((e) => e.kind === "field" && e.number === f.number && e.name === f.name && e.type === type)) continue;
    const entry = named(entries.filter((e) => (e.kind === "field" && e.number === f.number) || inRange(e, f.number)));
    if (entry !== undefined) out.push({ current: f, entry });
  }
  return out;
}

/**
 * Added fields whose name the ledger records for a field with another
 * number, or as reserved. A name the previous message still has is a
 * renumbering or a rename, which other rules report.
 */
export function reusedFieldNames(comparison: Comparison, ledger: Ledger): Reuse<FieldEl>[] {
  const out: Reuse<FieldEl>[] = [];
  for (const { element: f, previous } of addedFields(comparison)) {
    if (previous?.fields.some((p) => p.name === f.name) === true) continue;
    const entries = ledger.of(f.parent?.fullName ?? "");
    if (entries.some((e) => e.kind === "field" && e.name === f.name && e.number === f.number)) continue;
    const entry = named(entries.filter((e) => (e.kind === "field" || e.kind === "reserved-name") && e.name === f.name));
    if (entry !== undefined) out.push({ current: f, entry });
  }
  return out;
}

/** Added enum values whose number the ledger records for a value with another name, or as reserved. */
export function reusedValueNumbers(comparison: Comparison, ledger: Ledger): Reuse<EnumValueEl>[] {
  const out: Reuse<EnumValueEl>[] = [];
  for (const { element: v } of addedValues(comparison)) {
    const entries = ledger.of(v.enum.fullName);
    if (entries.some((e) => e.kind === "value" && e.number === v.number && e.name === v.name)) continue;
    const entry = named(entries.filter((e) => (e.kind === "value" && e.number === v.number) || inRange(e, v.number)));
    if (entry !== undefined) out.push({ current: v, entry });
  }
  return out;
}

/** Added enum values whose name the ledger records for another number, or as reserved; a name the previous enum has is not a reuse. */
export function reusedValueNames(comparison: Comparison, ledger: Ledger): Reuse<EnumValueEl>[] {
  const out: Reuse<EnumValueEl>[] = [];
  for (const { element: v, previous } of addedValues(comparison)) {
    if (previous?.values.some((p) => p.name === v.name) === true) continue;
    const entries = ledger.of(v.enum.fullName);
    if (entries.some((e) => e.kind === "value" && e.name === v.name && e.number === v.number)) continue;
    const entry = named(entries.filter((e) => (e.kind === "value" || e.kind === "reserved-name") && e.name === v.name));
    if (entry !== undefined) out.push({ current: v, entry });
  }
  return out;
}

function extensionKey(x: FieldEl): string {
  return `${x.extendee ?? ""}#${String(x.number)}`;
}

/** Extensions the current version adds whose (extendee, number) the ledger records for another extension. */
export function reusedExtensionNumbers(comparison: Comparison, ledger: Ledger): Reuse<FieldEl>[] {
  const before = new Set(comparison.previous.files.flatMap((f) => f.extensions.map(extensionKey)));
  const out: Reuse<FieldEl>[] = [];
  for (const file of comparison.current.files) {
    if (file.isImport) continue;
    for (const x of file.extensions) {
      if (before.has(extensionKey(x))) continue;
      const entries = ledger.of(x.extendee ?? "").filter((e) => e.kind === "extension" && e.number === x.number);
      const type = fieldTypeLabel(x.proto, x.isMap);
      if (entries.some((e) => e.name === x.fullName && e.type === type)) continue;
      const entry = latest(entries);
      if (entry !== undefined) out.push({ current: x, entry });
    }
  }
  return out;
}

/**
 * The files (paths in the module) that hold what the current version adds,
 * a field, an enum value or an extension, with the previous versions of
 * their messages and enums: a reuse can only be found there, so the ledger
 * reads the history of their directories, and none when nothing is added.
 */
export function reuseFiles(comparison: Comparison): string[] {
  const out = new Set<string>();
  for (const { element, previous } of addedFields(comparison)) {
    out.add(element.file.path);
    if (previous !== undefined) out.add(previous.file.path);
  }
  for (const { element, previous } of addedValues(comparison)) {
    out.add(element.file.path);
    if (previous !== undefined) out.add(previous.file.path);
  }
  const before = new Set(comparison.previous.files.flatMap((f) => f.extensions.map(extensionKey)));
  for (const file of comparison.current.files) {
    if (!file.isImport && file.extensions.some((x) => !before.has(extensionKey(x)))) out.add(file.path);
  }
  return [...out].sort();
}

/** A reserved range as written after `reserved`: `3`, `5 to 9`. */
export function rangeText(entry: LedgerEntry): string {
  return entry.end === entry.number ? String(entry.number) : `${String(entry.number)} to ${String(entry.end)}`;
}
