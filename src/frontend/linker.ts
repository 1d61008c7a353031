/**
 * Linking: resolves type names with protobuf's scoping rules, checks names
 * and numbers, computes the source paths of custom options, and attaches the
 * sorted SourceCodeInfo.
 */
import { FieldDescriptorProto_Label, FieldDescriptorProto_Type } from "@bufbuild/protobuf/wkt";
import type { DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto, SourceCodeInfo } from "@bufbuild/protobuf/wkt";
import { CompileError, CompileErrors } from "./errors.js";
import { buildSourceCodeInfo, ext } from "./source-locations.js";
import type { LocTape } from "./source-locations.js";
import type { AggField, OptionRef, ParsedFile, TypeRef } from "./parsed-file.js";
import { ENUM, ENUM_VALUE, FIELD, FILE, MESSAGE, sourcePath } from "../model/source-path.js";

/** Every element's name is field 1 of its descriptor: the location an error about the element points at. */
const NAME = 1;

export type SymbolKind = "package" | "message" | "enum" | "enumvalue" | "field" | "oneof" | "extension" | "service" | "method";

export interface Sym {
  readonly kind: SymbolKind;
  /** Path of the file that defines it (for packages: the first file seen). */
  readonly file: string;
  readonly message?: DescriptorProto;
  readonly enum?: EnumDescriptorProto;
  readonly field?: FieldDescriptorProto;
  /** SourceCodeInfo path of the element, for error positions. */
  readonly path?: readonly number[];
  /** The full name with a leading dot, once a reference has resolved to the symbol. */
  dotted?: string;
}

/** Symbols by full name (no leading dot). */
export type SymbolTable = Map<string, Sym>;

/** A linked file, shareable between compilations. */
export interface LinkedFile {
  readonly path: string;
  readonly proto: FileDescriptorProto;
  /** Symbols defined in this file. */
  readonly symbols: SymbolTable;
  /** Tables a file that imports this one can see: its own and those of its public imports, transitively. */
  readonly exported: readonly SymbolTable[];
  /** Direct imports, for searching the whole import closure. */
  readonly deps: readonly LinkedFile[];
}

/** Collects the symbols of a file; reports duplicates through `dup` (when given). */
export function fileSymbols(proto: FileDescriptorProto, dup?: (name: string, path: readonly number[] | undefined, previous: Sym) => void): SymbolTable {
  const t: SymbolTable = new Map();
  const file = proto.name;
  // Fields, oneofs, enum values and methods never change how a type name
  // resolves (protoc skips them), so the table keeps only the other kinds;
  // their names are still checked for duplicates. That check goes scope by
  // scope (`scope` is the enclosing full name and a dot, "" at the top): the
  // names declared in a scope are identifiers, without dots, so two full
  // names are equal exactly when their scopes and names are, and the full
  // names of fields and the like are never built.
  const scopes = dup === undefined ? undefined : new Map<string, Map<string, Sym>>();
  let lastScope: string | undefined;
  let inScope: Map<string, Sym> | undefined;
  const add = (scope: string, name: string, sym: Sym): void => {
    const kind = sym.kind;
    const minor = kind === "field" || kind === "oneof" || kind === "enumvalue" || kind === "method";
    if (scopes === undefined || dup === undefined) {
      if (minor) return;
      const full = scope + name;
      if (!t.has(full)) t.set(full, sym);
      return;
    }
    if (inScope === undefined || scope !== lastScope) {
      lastScope = scope;
      inScope = scopes.get(scope);
      if (inScope === undefined) {
        inScope = new Map();
        scopes.set(scope, inScope);
      }
    }
    const prev = inScope.get(name);
    if (prev !== undefined) {
      if (prev.kind === "package" && kind === "package") return;
      dup(scope + name, sym.path, prev);
      return;
    }
    inScope.set(name, sym);
    if (!minor) t.set(scope + name, sym);
  };
  const pkg = proto.package;
  if (pkg !== "") {
    let from = 0;
    let i = pkg.indexOf(".");
    while (i >= 0) {
      add(pkg.slice(0, from), pkg.slice(from, i), { kind: "package", file });
      from = i + 1;
      i = pkg.indexOf(".", from);
    }
    add(pkg.slice(0, from), pkg.slice(from), { kind: "package", file });
  }
  const prefix = pkg === "" ? "" : pkg + ".";
  // Fields, oneofs, enum values and methods only need a kind: one shared object each.
  const fieldSym: Sym = { kind: "field", file };
  const oneofSym: Sym = { kind: "oneof", file };
  const valueSym: Sym = { kind: "enumvalue", file };
  const methodSym: Sym = { kind: "method", file };
  const addEnum = (scope: string, e: EnumDescriptorProto, path: number[]): void => {
    add(scope, e.name, { kind: "enum", file, enum: e, path });
    for (let i = 0; i < e.value.length; i++) add(scope, (e.value[i] as { name: string }).name, valueSym);
  };
  const addMessage = (scope: string, m: DescriptorProto, path: number[]): void => {
    add(scope, m.name, { kind: "message", file, message: m, path });
    const inner = scope + m.name + ".";
    for (let i = 0; i < m.field.length; i++) add(inner, (m.field[i] as FieldDescriptorProto).name, fieldSym);
    for (let i = 0; i < m.oneofDecl.length; i++) add(inner, (m.oneofDecl[i] as { name: string }).name, oneofSym);
    for (let i = 0; i < m.extension.length; i++) {
      const f = m.extension[i] as FieldDescriptorProto;
      add(inner, f.name, { kind: "extension", file, field: f, path: ext(path, MESSAGE.extension, i) });
    }
    for (let i = 0; i < m.nestedType.length; i++) addMessage(inner, m.nestedType[i] as DescriptorProto, ext(path, MESSAGE.nestedType, i));
    for (let i = 0; i < m.enumType.length; i++) addEnum(inner, m.enumType[i] as EnumDescriptorProto, ext(path, MESSAGE.enumType, i));
  };
  for (let i = 0; i < proto.messageType.length; i++) addMessage(prefix, proto.messageType[i] as DescriptorProto, [FILE.messageType, i]);
  for (let i = 0; i < proto.enumType.length; i++) addEnum(prefix, proto.enumType[i] as EnumDescriptorProto, [FILE.enumType, i]);
  for (let i = 0; i < proto.extension.length; i++) {
    const f = proto.extension[i] as FieldDescriptorProto;
    add(prefix, f.name, { kind: "extension", file, field: f, path: [FILE.extension, i] });
  }
  for (let i = 0; i < proto.service.length; i++) {
    const s = proto.service[i] as (typeof proto.service)[number];
    add(prefix, s.name, { kind: "service", file, path: [FILE.service, i] });
    const inner = prefix + s.name + ".";
    for (let j = 0; j < s.method.length; j++) add(inner, (s.method[j] as { name: string }).name, methodSym);
  }
  return t;
}

/** The source path of the last element with this full name (slow; for error messages). */
function pathOfName(proto: FileDescriptorProto, fullName: string): number[] | undefined {
  const pre = proto.package === "" ? "" : proto.package + ".";
  let found: number[] | undefined;
  const visitEnum = (scope: string, e: EnumDescriptorProto, p: number[]): void => {
    if (scope + e.name === fullName) found = p;
    e.value.forEach((v, i) => {
      if (scope + v.name === fullName) found = ext(p, ENUM.value, i);
    });
  };
  const visitMessage = (scope: string, m: DescriptorProto, p: number[]): void => {
    const full = scope + m.name;
    if (full === fullName) found = p;
    const inner = full + ".";
    m.field.forEach((f, i) => {
      if (inner + f.name === fullName) found = ext(p, MESSAGE.field, i);
    });
    m.oneofDecl.forEach((o, i) => {
      if (inner + o.name === fullName) found = ext(p, MESSAGE.oneofDecl, i);
    });
    m.extension.forEach((f, i) => {
      if (inner + f.name === fullName) found = ext(p, MESSAGE.extension, i);
    });
    m.nestedType.forEach((n, i) => visitMessage(inner, n, ext(p, MESSAGE.nestedType, i)));
    m.enumType.forEach((e, i) => visitEnum(inner, e, ext(p, MESSAGE.enumType, i)));
  };
  proto.messageType.forEach((m, i) => visitMessage(pre, m, sourcePath.message(i).path.slice()));
  proto.enumType.forEach((e, i) => visitEnum(pre, e, sourcePath.enum(i).path.slice()));
  proto.extension.forEach((f, i) => {
    if (pre + f.name === fullName) found = sourcePath.extension(i);
  });
  proto.service.forEach((x, i) => {
    if (pre + x.name === fullName) found = sourcePath.service(i).path.slice();
    x.method.forEach((m, j) => {
      if (pre + x.name + "." + m.name === fullName) found = sourcePath.service(i).method(j);
    });
  });
  return found;
}

/**
 * A symbol's full name with a leading dot (".pkg.Msg"), kept on the symbol
 * when first asked for: every reference to a type shares one string, found
 * without hashing the name. (A symbol is stored under one name only.)
 */
function dottedName(name: string, sym: Sym): string {
  return (sym.dotted ??= "." + name);
}

const simpleNameIndex = new WeakMap<SymbolTable, Map<string, string[]>>();

/** The table's full names grouped by their last component. */
function simpleNames(t: SymbolTable): Map<string, string[]> {
  let m = simpleNameIndex.get(t);
  if (m === undefined) {
    m = new Map();
    for (const full of t.keys()) {
      const simple = full.slice(full.lastIndexOf(".") + 1);
      const l = m.get(simple);
      if (l === undefined) m.set(simple, [full]);
      else l.push(full);
    }
    simpleNameIndex.set(t, m);
  }
  return m;
}

/**
 * Above this many full names sharing a last component (`Kind`, `LabelsEntry`
 * in every message), scanning them costs more than one table lookup per scope.
 */
const SCAN_LIMIT = 8;

/**
 * `prefix + "." + simple` if it may be among the full names, else undefined:
 * for a short list, the very string of the list that equals it (already
 * hashed as a table key), or undefined when none does; for a long one, the
 * name built (the caller then looks it up), so that a lookup costs at most
 * one probe per scope.
 */
function candidateAt(names: readonly string[], prefix: string, simple: string): string | undefined {
  if (names.length > SCAN_LIMIT) return prefix + "." + simple;
  const len = prefix.length + 1 + simple.length;
  for (const n of names) {
    if (n.length === len && n.charCodeAt(prefix.length) === 46 && n.startsWith(prefix)) return n;
  }
  return undefined;
}

/**
 * The parser gives every top-level scope (a service, a method, a file
 * option) an empty array of its own; caches keyed by scope use one.
 */
const NO_SCOPE: readonly string[] = [];

function scopeKey(scope: readonly string[]): readonly string[] {
  return scope.length === 0 ? NO_SCOPE : scope;
}

/** `dotted === "." + name`, without building the string. */
function isDotted(dotted: string, name: string): boolean {
  return dotted.length === name.length + 1 && dotted.charCodeAt(0) === 46 && dotted.endsWith(name);
}

/** An option's name as written: `(google.api.http).get`. */
function shownOption(ref: OptionRef): string {
  return ref.parts.map((x) => (x.isExtension ? `(${x.name})` : x.name)).join(".");
}

function isAggregate(k: SymbolKind): boolean {
  return k === "message" || k === "enum" || k === "package" || k === "service";
}

function isType(k: SymbolKind): boolean {
  return k === "message" || k === "enum";
}

/** The tables a file's names resolve in: its own, then those its imports export, each once. */
function visibleTables(own: SymbolTable, deps: readonly LinkedFile[]): SymbolTable[] {
  const visible: SymbolTable[] = [own];
  const seen = new Set<SymbolTable>([own]);
  for (const d of deps) {
    for (const t of d.exported) {
      if (!seen.has(t)) {
        seen.add(t);
        visible.push(t);
      }
    }
  }
  return visible;
}

/**
 * The top-level symbols of a file that a visible symbol of another file
 * already names: each with that other symbol. Nested symbols can only clash
 * when their parent does, so the top level suffices. A table holds a name in
 * the package only if it holds the package's own full name (as a package, or
 * as a message that encloses the name): the tables of files in other packages
 * are not asked.
 */
function clashes(proto: FileDescriptorProto, own: SymbolTable, visible: readonly SymbolTable[]): [string, Sym, Sym][] {
  const others: SymbolTable[] = [];
  for (let i = 1; i < visible.length; i++) {
    const t = visible[i] as SymbolTable;
    if (proto.package === "" || t.has(proto.package)) others.push(t);
  }
  const found: [string, Sym, Sym][] = [];
  if (others.length === 0) return found;
  const pre = proto.package === "" ? "" : proto.package + ".";
  const top: string[] = [];
  for (const m of proto.messageType) top.push(pre + m.name);
  for (const e of proto.enumType) top.push(pre + e.name);
  for (const x of proto.extension) top.push(pre + x.name);
  for (const x of proto.service) top.push(pre + x.name);
  for (const name of top) {
    for (const t of others) {
      const other = t.get(name);
      if (other !== undefined) found.push([name, own.get(name) as Sym, other]);
    }
  }
  return found;
}

function findIn(visible: readonly SymbolTable[], name: string): Sym | undefined {
  for (let i = 0; i < visible.length; i++) {
    const s = (visible[i] as SymbolTable).get(name);
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * The distinct full names of the visible symbols whose last component is
 * `simple`. A package is a symbol of every file in it, so without removing
 * repeats a package component (`google`) would be listed once per imported
 * file, and every lookup starting with it would probe every table at every
 * scope. A list longer than SCAN_LIMIT is only ever read as long, so
 * collecting stops there.
 */
function candidatesIn(visible: readonly SymbolTable[], simple: string): string[] | undefined {
  let out: string[] | undefined;
  let copied = false;
  collect: for (const t of visible) {
    const l = simpleNames(t).get(simple);
    if (l === undefined) continue;
    if (out === undefined) {
      out = l;
      continue;
    }
    for (const n of l) {
      if (out.length > SCAN_LIMIT) break collect;
      if (out.includes(n)) continue;
      if (!copied) {
        out = out.slice();
        copied = true;
      }
      out.push(n);
    }
  }
  return out;
}

/**
 * What linking a file read of the files it imports: every name it looked up
 * among the visible symbols and what it found, the candidates of every simple
 * name it resolved, and every name it looked for in the whole import closure
 * (an option's message type). Linking reads nothing else of its imports but
 * the symbols found, so the same file links to the same descriptor against
 * other imports where each of these reads the same (see resolvesAlike).
 */
export interface Resolutions {
  readonly found: Map<string, Sym | undefined>;
  readonly candidates: Map<string, string[] | undefined>;
  readonly closure: Map<string, Sym | undefined>;
}

export function newResolutions(): Resolutions {
  return { found: new Map(), candidates: new Map(), closure: new Map() };
}

/**
 * Whether linking `earlier`'s file against `deps` reads what it read when it
 * was linked (`read`): every name finds an alike symbol (see `alike`), every
 * simple name has the same candidates, and no visible symbol clashes with the
 * file's own. A file with public imports is never reused this way: its
 * importers read through it the symbols of what it imports.
 */
export function resolvesAlike(earlier: LinkedFile, read: Resolutions, deps: readonly LinkedFile[], alike: (a: Sym, b: Sym) => boolean): boolean {
  if (earlier.proto.publicDependency.length > 0) return false;
  const visible = visibleTables(earlier.symbols, deps);
  if (clashes(earlier.proto, earlier.symbols, visible).length > 0) return false;
  const same = (a: Sym | undefined, b: Sym | undefined): boolean => a === b || (a !== undefined && b !== undefined && alike(a, b));
  for (const [name, sym] of read.found) if (!same(sym, findIn(visible, name))) return false;
  for (const [simple, list] of read.candidates) {
    const now = candidatesIn(visible, simple);
    if (now !== list && (now === undefined || list === undefined || now.length !== list.length || now.some((n, i) => n !== list[i]))) return false;
  }
  for (const [full, sym] of read.closure) if (!same(sym, findInClosure(deps, full))) return false;
  return true;
}

/**
 * Links a parsed file against its direct dependencies (already linked).
 * `fallback` holds the well-known types, used only to look up the fields of
 * google.protobuf options messages when computing option paths. A file
 * parsed without locations gets its locations from `relink` (the tape of the
 * file parsed again with them and linked the same way) when they are first
 * read (none without it).
 */
export function linkFile(
  parsed: ParsedFile,
  deps: readonly LinkedFile[],
  fallback: Pick<SymbolTable, "get">,
  relink?: () => LocTape,
  record?: Resolutions,
): LinkedFile {
  const proto = parsed.proto;
  const path = proto.name;
  const locOf = (p: readonly number[] | undefined): { line: number; column: number } => {
    if (p !== undefined) {
      const h = parsed.locs.find(ext(p, NAME)) ?? parsed.locs.find(p);
      if (h !== undefined) {
        const sp = parsed.locs.span(h);
        return { line: (sp[0] as number) + 1, column: (sp[1] as number) + 1 };
      }
    }
    return { line: 1, column: 1 };
  };
  // Errors are collected, so that one run shows every unknown name and clash of the file.
  const errors: CompileError[] = [];
  const note = (e: CompileError): void => {
    errors.push(e);
    if (errors.length >= MAX_ERRORS_PER_FILE) {
      errors.push(new CompileError(path, 0, 0, `stopped after ${MAX_ERRORS_PER_FILE} errors in this file`));
      throw collected(errors);
    }
  };
  const fail = (p: readonly number[] | undefined, detail: string): void => {
    const lc = locOf(p);
    note(new CompileError(path, lc.line, lc.column, detail));
  };
  /** Runs one independent step (a reference, an option); its CompileError is noted and linking goes on. */
  const attempt = (step: () => void): void => {
    try {
      step();
    } catch (e) {
      if (!(e instanceof CompileError) || e instanceof CompileErrors) throw e;
      note(e);
    }
  };

  const own = fileSymbols(proto, (name, p, prev) => {
    fail(p ?? pathOfName(proto, name), prev.file === path ? `duplicate name "${name}": already defined in this file` : `duplicate name "${name}": already defined in ${prev.file}`);
  });
  const visible = visibleTables(own, deps);
  for (const [name, sym, other] of clashes(proto, own, visible)) {
    fail(sym.path ?? pathOfName(proto, name), other.kind === "package" ? `duplicate name "${name}": already defined as a package in ${other.file}` : `duplicate name "${name}": already defined in ${other.file}`);
  }

  const find = (name: string): Sym | undefined => {
    const s = findIn(visible, name);
    record?.found.set(name, s);
    return s;
  };
  const candidateCache = new Map<string, string[] | undefined>();
  const candidates = (simple: string): string[] | undefined => {
    if (candidateCache.has(simple)) return candidateCache.get(simple);
    const out = candidatesIn(visible, simple);
    candidateCache.set(simple, out);
    record?.candidates.set(simple, out);
    return out;
  };
  const pkgComps = proto.package === "" ? [] : proto.package.split(".");
  const prefixCache = new Map<readonly string[], string[]>();
  /** "a", "a.b", "a.b.C", ... for the package followed by the enclosing messages. */
  const scopePrefixes = (given: readonly string[]): string[] => {
    const scope = scopeKey(given);
    let r = prefixCache.get(scope);
    if (r === undefined) {
      r = [];
      let acc = "";
      for (const c of pkgComps.concat(scope)) {
        acc = acc === "" ? c : acc + "." + c;
        r.push(acc);
      }
      prefixCache.set(scope, r);
    }
    return r;
  };

  /** Results of lookups that no enclosing scope can change, by name (see `lookup`). */
  const rootLookups = new Map<string, { name: string; sym: Sym } | undefined>();
  /** protoc's LookupSymbol: innermost scope outwards; a compound name binds its first part first. */
  const lookup = (name: string, scope: readonly string[], typesOnly: boolean): { name: string; sym: Sym } | undefined => {
    if (name.charCodeAt(0) === 46) {
      const n = name.slice(1);
      const s = find(n);
      return s === undefined ? undefined : { name: n, sym: s };
    }
    const dot = name.indexOf(".");
    const first = dot < 0 ? name : name.slice(0, dot);
    // Full names of the visible symbols whose last component is `first`: the
    // only candidates at any scope level (usually one or two).
    const named = candidates(first);
    if (named === undefined) return undefined;
    // When the only visible name ending in `first` is `first` itself (a
    // top-level package such as `google`), no enclosing scope holds it: the
    // name resolves from the root, the same way in every scope of the file.
    if (named.length === 1 && (named[0] as string).length === first.length) {
      if (rootLookups.has(name)) return rootLookups.get(name);
      const s = find(name);
      const r = s === undefined ? undefined : { name, sym: s };
      rootLookups.set(name, r);
      return r;
    }
    const prefixes = scopePrefixes(scope);
    for (let i = prefixes.length; i >= 0; i--) {
      if (i === 0) {
        const s = find(name);
        return s === undefined ? undefined : { name, sym: s };
      }
      const prefix = prefixes[i - 1] as string;
      const cand = candidateAt(named, prefix, first);
      if (cand === undefined) continue;
      const s = find(cand);
      if (s === undefined) continue;
      if (dot >= 0) {
        if (isAggregate(s.kind)) {
          const full = prefix + "." + name;
          const r = find(full);
          return r === undefined ? undefined : { name: full, sym: r };
        }
        continue;
      }
      if (typesOnly && !isType(s.kind)) continue;
      return { name: cand, sym: s };
    }
    return undefined;
  };

  for (const ref of parsed.refs) attempt(() => resolveRef(ref));

  function resolveRef(ref: TypeRef): void {
    const r = lookup(ref.name, ref.scope, true);
    if (r === undefined) {
      throw new CompileError(path, ref.line, ref.column, `unknown type "${ref.name}"`);
    }
    const full = dottedName(r.name, r.sym);
    const kind = r.sym.kind;
    if (ref.kind === "type") {
      const f = ref.target as FieldDescriptorProto;
      if (kind === "message") {
        if (f.type !== FieldDescriptorProto_Type.GROUP) f.type = FieldDescriptorProto_Type.MESSAGE;
      } else if (kind === "enum") {
        f.type = FieldDescriptorProto_Type.ENUM;
        if (Object.hasOwn(f, "defaultValue")) {
          const e = r.sym.enum as EnumDescriptorProto;
          if (!e.value.some((v) => v.name === f.defaultValue)) {
            throw new CompileError(path, ref.line, ref.column, `default value "${f.defaultValue}" is not a value of enum "${r.name}"`);
          }
        }
      } else {
        throw new CompileError(path, ref.line, ref.column, `"${ref.name}" is not a message or enum type`);
      }
      if (kind === "message" && Object.hasOwn(f, "defaultValue")) {
        throw new CompileError(path, ref.line, ref.column, "message fields cannot have default values");
      }
      f.typeName = full;
    } else if (ref.kind === "extendee") {
      if (kind !== "message") throw new CompileError(path, ref.line, ref.column, `extendee "${ref.name}" is not a message type`);
      (ref.target as FieldDescriptorProto).extendee = full;
    } else {
      if (kind !== "message") throw new CompileError(path, ref.line, ref.column, `${ref.kind} type "${ref.name}" is not a message type`);
      const m = ref.target as { inputType: string; outputType: string };
      if (ref.kind === "input") m.inputType = full;
      else m.outputType = full;
    }
  }

  // Numbers, reserved ranges and names.
  const checkMessage = (m: DescriptorProto, mpath: number[], full: string): void => {
    const byNumber = new Map<number, string>();
    for (let i = 0; i < m.field.length; i++) {
      const f = m.field[i] as FieldDescriptorProto;
      const fpath = ext(mpath, MESSAGE.field, i);
      const prev = byNumber.get(f.number);
      if (prev !== undefined) fail(ext(fpath, FIELD.number), `duplicate field number ${f.number} in message "${full}": already used by field "${prev}"`);
      byNumber.set(f.number, f.name);
      for (const r of m.reservedRange) {
        if (f.number >= r.start && f.number < r.end) fail(ext(fpath, FIELD.number), `field "${f.name}" uses reserved number ${f.number}`);
      }
      for (const r of m.extensionRange) {
        if (f.number >= r.start && f.number < r.end) fail(ext(fpath, FIELD.number), `field "${f.name}" uses number ${f.number}, which is in an extension range`);
      }
      if (m.reservedName.includes(f.name)) fail(fpath, `field "${f.name}" uses a reserved name`);
    }
    for (let i = 0; i < m.nestedType.length; i++) {
      const n = m.nestedType[i] as DescriptorProto;
      checkMessage(n, ext(mpath, MESSAGE.nestedType, i), full + "." + n.name);
    }
    for (let i = 0; i < m.enumType.length; i++) {
      const e = m.enumType[i] as EnumDescriptorProto;
      checkEnum(e, ext(mpath, MESSAGE.enumType, i), full + "." + e.name);
    }
  };
  const checkEnum = (e: EnumDescriptorProto, epath: number[], full: string): void => {
    if (e.options?.allowAlias !== true) {
      const byNumber = new Map<number, string>();
      for (let i = 0; i < e.value.length; i++) {
        const v = e.value[i] as (typeof e.value)[number];
        const prev = byNumber.get(v.number);
        if (prev !== undefined) {
          fail(ext(epath, ENUM.value, i, ENUM_VALUE.number), `duplicate enum value number ${v.number} in enum "${full}": already used by "${prev}" (set option allow_alias = true to allow aliases)`);
        }
        byNumber.set(v.number, v.name);
      }
    }
    for (let i = 0; i < e.value.length; i++) {
      const v = e.value[i] as (typeof e.value)[number];
      for (const r of e.reservedRange) {
        if (v.number >= r.start && v.number <= r.end) fail(ext(epath, ENUM.value, i, ENUM_VALUE.number), `enum value "${v.name}" uses reserved number ${v.number}`);
      }
      if (e.reservedName.includes(v.name)) fail(ext(epath, ENUM.value, i), `enum value "${v.name}" uses a reserved name`);
    }
  };
  const prefix = proto.package === "" ? "" : proto.package + ".";
  for (let i = 0; i < proto.messageType.length; i++) {
    const m = proto.messageType[i] as DescriptorProto;
    checkMessage(m, [FILE.messageType, i], prefix + m.name);
  }
  for (let i = 0; i < proto.enumType.length; i++) {
    const e = proto.enumType[i] as EnumDescriptorProto;
    checkEnum(e, [FILE.enumType, i], prefix + e.name);
  }

  // Custom option paths.
  /**
   * A message by full name for walking option values: like protoc, any file
   * of the import closure will do (an option's message type is often imported
   * only by the file that declares the option). Found once per name: every
   * option of the file walks from the same few options messages.
   */
  const messagesFound = new Map<string, DescriptorProto | undefined>();
  const closure = (full: string): Sym | undefined => {
    const sym = findInClosure(deps, full);
    record?.closure.set(full, sym);
    return sym;
  };
  const findMessage = (full: string): DescriptorProto | undefined => {
    if (messagesFound.has(full)) return messagesFound.get(full);
    const s = find(full) ?? closure(full) ?? fallback.get(full);
    const m = s?.kind === "message" ? s.message : undefined;
    messagesFound.set(full, m);
    return m;
  };
  const repeatedCounts = new Map<string, number>();
  // The same extension names recur on many elements of one scope.
  const optionLookups = new Map<readonly string[], Map<string, ReturnType<typeof lookup>>>();
  const lookupOption = (name: string, scope: readonly string[]): ReturnType<typeof lookup> => {
    const key = scopeKey(scope);
    let byName = optionLookups.get(key);
    if (byName === undefined) {
      byName = new Map();
      optionLookups.set(key, byName);
    }
    if (byName.has(name)) return byName.get(name);
    const r = lookup(name, scope, false);
    byName.set(name, r);
    return r;
  };

  /** An option that does not resolve, reported at its name. */
  const badOption: (ref: OptionRef, detail: string) => never = (ref, detail) => {
    throw new CompileError(path, (ref.innerSpan[0] as number) + 1, (ref.innerSpan[1] as number) + 1, detail);
  };
  // Without recording, the tape drops every location: an option's path is then only checked, not built.
  const recording = parsed.locs.recording;
  for (const ref of parsed.optionRefs) attempt(() => resolveOption(ref));

  function resolveOption(ref: OptionRef): void {
    const p = recording ? ext(ref.basePath) : undefined;
    let typeName = ref.optionsType;
    let field: FieldDescriptorProto | undefined;
    for (let i = 0; i < ref.parts.length; i++) {
      const part = ref.parts[i] as (typeof ref.parts)[number];
      if (i > 0) {
        if (field === undefined || (field.type !== FieldDescriptorProto_Type.MESSAGE && field.type !== FieldDescriptorProto_Type.GROUP)) {
          badOption(ref, `option "${shownOption(ref)}": "${ref.parts[i - 1]?.name}" is not a message`);
        }
        typeName = field.typeName.slice(1);
      }
      if (part.isExtension) {
        const r = lookupOption(part.name, ref.scope);
        if (r === undefined || r.sym.kind !== "extension") badOption(ref, `unknown option "(${part.name})": no such extension is visible (is its file imported?)`);
        const ext = r.sym.field as FieldDescriptorProto;
        if (!isDotted(ext.extendee, typeName)) badOption(ref, `option "(${part.name})" extends ${ext.extendee.slice(1)}, not ${typeName}`);
        field = ext;
      } else {
        const m = findMessage(typeName);
        const f = m?.field.find((x) => x.name === part.name);
        if (f === undefined) badOption(ref, `unknown option "${shownOption(ref)}": ${typeName} has no field "${part.name}"`);
        field = f;
      }
      p?.push(field.number);
    }
    if (field !== undefined && field.label === FieldDescriptorProto_Label.REPEATED) {
      if (p !== undefined) p.push(nextRepeated(p));
    } else if (
      field !== undefined &&
      ref.aggregate !== undefined &&
      (field.type === FieldDescriptorProto_Type.MESSAGE || field.type === FieldDescriptorProto_Type.GROUP)
    ) {
      if (p !== undefined) parsed.locs.override(ref.loc, { path: p, span: ref.innerSpan });
      aggregateLocs(ref.aggregate, field.typeName.slice(1), p, ref);
      return;
    }
    if (p !== undefined) parsed.locs.override(ref.loc, { path: p });
  }

  /** The index of the next element of a repeated option at `p`. */
  function nextRepeated(p: readonly number[]): number {
    const key = p.join(",");
    const n = repeatedCounts.get(key) ?? 0;
    repeatedCounts.set(key, n + 1);
    return n;
  }

  /**
   * Locations of the fields set in a message literal, as buf writes them
   * (under `base`; only checked without it).
   */
  function aggregateLocs(fields: readonly AggField[], typeName: string, base: readonly number[] | undefined, ref: OptionRef): void {
    const msg = findMessage(typeName);
    if (msg === undefined) return;
    for (const f of fields) {
      let fd: FieldDescriptorProto | undefined;
      if (f.isExtension) {
        const r = lookup(f.name, ref.scope, false);
        if (r !== undefined && r.sym.kind === "extension") fd = r.sym.field;
      } else {
        fd = msg.field.find((x) => x.name === f.name || (x.type === FieldDescriptorProto_Type.GROUP && x.typeName.endsWith("." + f.name)));
      }
      if (fd === undefined) badOption(ref, `unknown field "${f.name}" in message value of type ${typeName}`);
      const p = base === undefined ? undefined : ext(base, fd.number);
      if (fd.label === FieldDescriptorProto_Label.REPEATED) {
        if (p !== undefined) p.push(nextRepeated(p));
      } else if ((fd.type === FieldDescriptorProto_Type.MESSAGE || fd.type === FieldDescriptorProto_Type.GROUP) && f.value.kind === "message") {
        aggregateLocs(f.value.fields, fd.typeName.slice(1), p, ref);
        continue;
      }
      if (p !== undefined) parsed.locs.addExtra(p, f.span);
    }
  }

  if (errors.length > 0) throw collected(errors);
  defineLocations(proto, parsed.locs, relink);
  const exported: SymbolTable[] = [own];
  const exportedSeen = new Set<SymbolTable>([own]);
  for (const idx of proto.publicDependency) {
    const dep = deps[idx];
    if (dep === undefined) continue;
    for (const t of dep.exported) {
      if (!exportedSeen.has(t)) {
        exportedSeen.add(t);
        exported.push(t);
      }
    }
  }
  return { path, proto, symbols: own, exported, deps };
}

/**
 * The tapes linked files' locations are read from, while nothing has replaced
 * their SourceCodeInfo: a recorded tape, or, for a file linked without
 * locations, how to get one (by linking the file again, recording them).
 */
const TAPES = new WeakMap<FileDescriptorProto, LocTape | (() => LocTape | undefined)>();

/**
 * The tape a linked file's SourceCodeInfo is (or will be) built from, unless
 * the SourceCodeInfo was set since: its `first` finds a location without
 * building the SourceCodeInfo.
 */
export function sourceTape(proto: FileDescriptorProto): LocTape | undefined {
  const known = TAPES.get(proto);
  if (typeof known !== "function") return known;
  const tape = known();
  if (tape === undefined) TAPES.delete(proto);
  else TAPES.set(proto, tape);
  return tape;
}

/** Builds the SourceCodeInfo from a recorded tape. (A function of its own, so that it keeps nothing of the linking state alive.) */
function fromTape(tape: LocTape): () => SourceCodeInfo {
  return () => buildSourceCodeInfo(tape.materialize());
}

/**
 * A file's locations: from its own tape when it recorded them, else from the
 * tape of the file linked again with them, made when first read. Only that
 * tape is kept, not the descriptor linked again.
 */
function defineLocations(proto: FileDescriptorProto, tape: LocTape, relink: (() => LocTape) | undefined): void {
  if (tape.recording || relink === undefined) {
    TAPES.set(proto, tape);
    defineLazySourceCodeInfo(proto, fromTape(tape));
    return;
  }
  let again: LocTape | undefined;
  const recorded = (): LocTape => (again ??= relink());
  TAPES.set(proto, recorded);
  defineLazySourceCodeInfo(proto, () => buildSourceCodeInfo(recorded().materialize()));
}

/**
 * A linked file for another content of its path with the same tokens (see
 * token-key.ts): the descriptor of `of`, which such a content has, with the
 * locations and comments of that content, from `relink` (the content parsed
 * and linked, recording them) when first read. The descriptor is a shallow
 * copy: its messages, enums and options are those of `of`, which linking no
 * longer changes.
 */
export function linkedTwin(of: LinkedFile, relink: () => LocTape): LinkedFile {
  const proto = Object.create(Object.getPrototypeOf(of.proto) as object | null) as FileDescriptorProto;
  const from = of.proto as unknown as Record<string, unknown>;
  const to = proto as unknown as Record<string, unknown>;
  for (const key of Object.keys(from)) if (key !== "sourceCodeInfo") to[key] = from[key];
  let again: LocTape | undefined;
  const recorded = (): LocTape => (again ??= relink());
  TAPES.set(proto, recorded);
  defineLazySourceCodeInfo(proto, () => buildSourceCodeInfo(recorded().materialize()));
  return { path: of.path, proto, symbols: of.symbols, exported: of.exported, deps: of.deps };
}

/**
 * Makes `proto.sourceCodeInfo` a property that builds the SourceCodeInfo when
 * first read: most files of a comparison never need it. (A function of its
 * own, so that the getter keeps nothing of the linking state alive.)
 */
function defineLazySourceCodeInfo(proto: FileDescriptorProto, build: () => SourceCodeInfo | undefined): void {
  let sci: SourceCodeInfo | undefined;
  let built = false;
  Object.defineProperty(proto, "sourceCodeInfo", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!built) {
        sci = build();
        built = true;
      }
      return sci;
    },
    set: (v: SourceCodeInfo | undefined) => {
      sci = v;
      built = true;
      TAPES.delete(proto);
    },
  });
}

/** Most errors one file collects before linking it stops. */
const MAX_ERRORS_PER_FILE = 200;

/** The errors of one file in source order, as one error. */
function collected(errors: readonly CompileError[]): CompileError {
  const sorted = errors.slice().sort((a, b) => (a.line === 0 ? 1 : 0) - (b.line === 0 ? 1 : 0) || a.line - b.line || a.column - b.column);
  return sorted.length === 1 ? (sorted[0] as CompileError) : new CompileErrors(sorted);
}

/** Wraps an already linked descriptor (a well-known type) for use as a dependency. */
export function linkedFromDescriptor(proto: FileDescriptorProto, deps: readonly LinkedFile[]): LinkedFile {
  const own = fileSymbols(proto);
  const exported: SymbolTable[] = [own];
  for (const idx of proto.publicDependency) {
    const dep = deps[idx];
    if (dep !== undefined) exported.push(...dep.exported);
  }
  return { path: proto.name, proto, symbols: own, exported, deps };
}

function findInClosure(deps: readonly LinkedFile[], full: string): Sym | undefined {
  const seen = new Set<LinkedFile>();
  const stack = [...deps];
  while (stack.length > 0) {
    const f = stack.pop() as LinkedFile;
    if (seen.has(f)) continue;
    seen.add(f);
    const s = f.symbols.get(full);
    if (s !== undefined) return s;
    stack.push(...f.deps);
  }
  return undefined;
}
