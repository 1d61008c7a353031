/**
 * The ledger: every field number and name, enum value number and name,
 * extension number and reservation a schema has released, per message, enum
 * and extendee, with the last commit that had it. Built from git history or
 * read from the committed ledger file; protoguard's reuse rules read it.
 */

import { FieldDescriptorProto_Label, FieldDescriptorProto_Type, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { SCALAR_TYPES } from "./scalar-types.js";

/**
 * What an entry records: a field of a message, a value of an enum, an
 * extension of an extendee (its name is the extension's full name), or a
 * reservation of a message or enum (a range of numbers, or a name).
 */
export type LedgerKind = "field" | "value" | "extension" | "reserved-number" | "reserved-name";

export const LEDGER_KINDS: readonly LedgerKind[] = ["field", "value", "extension", "reserved-number", "reserved-name"];

/** The last commit of the history that had an entry. */
export interface LedgerUse {
  /** The commit's full hash. */
  readonly commit: string;
  /** Its committer date, `YYYY-MM-DD` (UTC). */
  readonly date: string;
  /** The newest release tag (a semantic version) whose tree had the entry, if any. */
  readonly release?: string | undefined;
}

export interface LedgerEntry {
  /** The message or enum's full name; for an extension, the extendee's. */
  readonly in: string;
  readonly kind: LedgerKind;
  /** The number; the first number of a reserved range; 0 for a reserved name. */
  readonly number: number;
  /** The last number of a reserved range (inclusive); `number` for everything else. */
  readonly end: number;
  /** The field, value or extension name, or the reserved name; "" for a reserved range. */
  readonly name: string;
  /** A field's or extension's type (`string`, `repeated Money`, `map`); "" for the other kinds. */
  readonly type: string;
  /**
   * The last commit that had it, for an entry gone from the revision the
   * ledger was built at. Undefined for an entry still there (and for one
   * read from a ledger file that lists it as still there).
   */
  readonly last?: LedgerUse | undefined;
}

/** The file `protoguard ledger` writes, in the schema's directory. */
export const LEDGER_FILE = "protoguard.ledger.json";

/** The version of the ledger file's format. */
export const LEDGER_VERSION = 1;

/**
 * What one entry is about, without when: two entries with the same key
 * record the same use. Tab-separated (no name or type holds a tab), and read
 * back by entryOfKey.
 */
export function entryKey(e: Omit<LedgerEntry, "last">): string {
  return `${e.in}\t${e.kind}\t${String(e.number)}\t${String(e.end)}\t${e.name}\t${e.type}`;
}

/** The entry a key stands for, with a last use. */
export function entryOfKey(key: string, last: LedgerUse | undefined): LedgerEntry {
  const [parent = "", kind = "field", number = "0", end = "0", name = "", type = ""] = key.split("\t");
  return { in: parent, kind: kind as LedgerKind, number: Number(number), end: Number(end), name, type, ...(last === undefined ? {} : { last }) };
}

const KIND_ORDER = new Map(LEDGER_KINDS.map((k, i) => [k, i]));

/** The file's order: by parent, kind, number, name, type. */
export function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  if (a.in !== b.in) return a.in < b.in ? -1 : 1;
  if (a.kind !== b.kind) return (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (a.number !== b.number) return a.number - b.number;
  if (a.end !== b.end) return a.end - b.end;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return 0;
}

/** Whether `a` is a later use than `b`: an entry still there is later than any commit. */
function later(a: LedgerEntry, b: LedgerEntry): boolean {
  if (a.last === undefined) return b.last !== undefined;
  if (b.last === undefined) return false;
  return a.last.date > b.last.date;
}

/** The entries of several ledgers, one per key (the latest use), sorted. */
export function mergeEntries(...lists: readonly (readonly LedgerEntry[])[]): LedgerEntry[] {
  const byKey = new Map<string, LedgerEntry>();
  for (const list of lists) {
    for (const e of list) {
      const key = entryKey(e);
      const seen = byKey.get(key);
      if (seen === undefined || later(e, seen)) byKey.set(key, e);
    }
  }
  return [...byKey.values()].sort(compareEntries);
}

/** The entries of `wanted` whose key `have` lacks, sorted: what a stale ledger file misses. */
export function missingEntries(wanted: readonly LedgerEntry[], have: readonly LedgerEntry[]): LedgerEntry[] {
  const keys = new Set(have.map(entryKey));
  return wanted.filter((e) => !keys.has(entryKey(e))).sort(compareEntries);
}

/** A ledger as rules read it: the entries of each message, enum and extendee. */
export interface Ledger {
  /** Where the entries come from, for messages: `git history of main`, `protoguard.ledger.json`. */
  readonly from: string;
  readonly entries: readonly LedgerEntry[];
  /** The entries recorded for a message, enum or extendee (none: an empty list). */
  of(parent: string): readonly LedgerEntry[];
}

export function createLedger(from: string, entries: readonly LedgerEntry[]): Ledger {
  const byParent = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const list = byParent.get(e.in);
    if (list === undefined) byParent.set(e.in, [e]);
    else list.push(e);
  }
  return { from, entries, of: (parent) => byParent.get(parent) ?? [] };
}

/** How an entry's last use is named in a message: `commit 3f9c2e1 (2026-01-02)`, or the ledger it came from. */
export function lastUse(entry: LedgerEntry, ledger: Ledger): string {
  if (entry.last === undefined) return ledger.from;
  const commit = `commit ${entry.last.commit.slice(0, 7)} (${entry.last.date})`;
  return entry.last.release === undefined ? commit : `${commit}, released in ${entry.last.release}`;
}

/** Of several entries, the one used last. */
export function latest(entries: readonly LedgerEntry[]): LedgerEntry | undefined {
  let best: LedgerEntry | undefined;
  for (const e of entries) if (best === undefined || later(e, best)) best = e;
  return best;
}

const SCALAR_NAMES = new Map(Object.entries(SCALAR_TYPES).map(([name, type]) => [type, name]));

/**
 * A field's type as the ledger records it, the same for a parsed and a linked
 * field: the scalar's name, or the last component of a message or enum name,
 * `repeated ` before a repeated field's, `map` for a map.
 */
export function fieldTypeLabel(field: FieldDescriptorProto, isMap: boolean): string {
  if (isMap) return "map";
  const typeName = field.typeName;
  const base =
    typeName !== ""
      ? typeName.slice(typeName.lastIndexOf(".") + 1)
      : field.type === FieldDescriptorProto_Type.GROUP
        ? "group"
        : (SCALAR_NAMES.get(field.type) ?? "");
  return field.label === FieldDescriptorProto_Label.REPEATED ? `repeated ${base}` : base;
}
