/**
 * The outline of one `.proto` file for the ledger: its fields, enum values,
 * extensions and reservations, from the parser alone (no imports, no
 * linking), so a file of any old commit can be read on its own.
 */

import type { DescriptorProto, EnumDescriptorProto, FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { CompileError } from "../frontend/errors.js";
import { parseFile } from "../frontend/parser.js";
import { entryKey, fieldTypeLabel, type LedgerKind } from "../model/ledger.js";

/** An extension as written: its extendee is resolved once every file of the history is known. */
export interface OutlineExtension {
  /** The extendee as written (`Order`, `.acme.v1.Order`, `google.protobuf.FieldOptions`). */
  readonly extendee: string;
  /** The scope the extension is declared in: the package and enclosing messages. */
  readonly scope: string;
  readonly number: number;
  /** The extension's full name. */
  readonly name: string;
  readonly type: string;
}

export interface Outline {
  /** The file's package ("" for none). */
  readonly package: string;
  /** The entries of the file's messages and enums, as their keys (see entryKey). */
  readonly entries: readonly string[];
  readonly extensions: readonly OutlineExtension[];
  /** Full names of the file's messages, for resolving extendees. */
  readonly messages: readonly string[];
}

/** What reading a blob gave: its outline, or why it does not parse (`line:col: what`). */
export type OutlineResult = { readonly outline: Outline } | { readonly error: string };

function join(scope: string, name: string): string {
  return scope === "" ? name : `${scope}.${name}`;
}

function entry(parent: string, kind: LedgerKind, number: number, name: string, type = "", end = number): string {
  return entryKey({ in: parent, kind, number, end, name, type });
}

class Walker {
  readonly entries: string[] = [];
  readonly extensions: OutlineExtension[] = [];
  readonly messages: string[] = [];

  extensionsOf(fields: readonly FieldDescriptorProto[], scope: string, mapEntries: ReadonlySet<string>): void {
    for (const f of fields) {
      this.extensions.push({
        extendee: f.extendee,
        scope,
        number: f.number,
        name: join(scope, f.name),
        type: fieldTypeLabel(f, mapEntries.has(f.typeName)),
      });
    }
  }

  message(m: DescriptorProto, scope: string): void {
    const full = join(scope, m.name);
    this.messages.push(full);
    const mapEntries = new Set(m.nestedType.filter((n) => n.options?.mapEntry === true).map((n) => n.name));
    for (const f of m.field) this.entries.push(entry(full, "field", f.number, f.name, fieldTypeLabel(f, mapEntries.has(f.typeName))));
    for (const r of m.reservedRange) this.entries.push(entry(full, "reserved-number", r.start, "", "", r.end - 1));
    for (const name of m.reservedName) this.entries.push(entry(full, "reserved-name", 0, name));
    this.extensionsOf(m.extension, full, mapEntries);
    for (const n of m.nestedType) if (n.options?.mapEntry !== true) this.message(n, full);
    for (const e of m.enumType) this.enum(e, full);
  }

  enum(e: EnumDescriptorProto, scope: string): void {
    const full = join(scope, e.name);
    for (const v of e.value) this.entries.push(entry(full, "value", v.number, v.name));
    for (const r of e.reservedRange) this.entries.push(entry(full, "reserved-number", r.start, "", "", r.end));
    for (const name of e.reservedName) this.entries.push(entry(full, "reserved-name", 0, name));
  }
}

/**
 * One string for each distinct text: the versions of a file in a history
 * repeat most of their entries, which are kept once.
 */
export type Interner = (text: string) => string;

export function createInterner(): Interner {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/** Reads a blob's outline; a file that does not parse gives its first error instead. */
export function outlineOf(path: string, bytes: Uint8Array, intern: Interner = (text) => text): OutlineResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: "1:1: not UTF-8 text" };
  }
  let proto;
  try {
    // Without source locations and comments: the ledger reads declarations only.
    proto = parseFile(path, text, false, false).proto;
  } catch (err) {
    if (err instanceof CompileError) return { error: `${String(err.line)}:${String(err.column)}: ${err.detail}` };
    throw err;
  }
  const walker = new Walker();
  for (const m of proto.messageType) walker.message(m, proto.package);
  for (const e of proto.enumType) walker.enum(e, proto.package);
  walker.extensionsOf(proto.extension, proto.package, new Set());
  return {
    outline: { package: intern(proto.package), entries: walker.entries.map(intern), extensions: walker.extensions, messages: walker.messages.map(intern) },
  };
}

/**
 * The message an extendee names, resolved as protobuf resolves names: from
 * the innermost scope outwards, the first one that is a known message; a
 * name with no known message is taken as written (fully qualified when it
 * has a dot, else in the package).
 */
export function resolveExtendee(ext: OutlineExtension, known: ReadonlySet<string>, pkg: string): string {
  if (ext.extendee.startsWith(".")) return ext.extendee.slice(1);
  const parts = ext.scope === "" ? [] : ext.scope.split(".");
  for (let n = parts.length; n >= 0; n--) {
    const candidate = join(parts.slice(0, n).join("."), ext.extendee);
    if (known.has(candidate)) return candidate;
  }
  return ext.extendee.includes(".") ? ext.extendee : join(pkg, ext.extendee);
}
