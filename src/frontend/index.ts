/**
 * The frontend: `.proto` text to linked `google.protobuf.FileDescriptorProto`s
 * with SourceCodeInfo as protoc and buf write it.
 *
 * `compile` reads the input files and everything they import (the built-in
 * well-known types, other inputs, then `readImport`), parses each distinct
 * content once, links files in dependency order, and returns the inputs
 * followed by the imported files. A ParseCache shared between the two sides
 * of a comparison also shares the linked descriptors of files whose content
 * and imports are identical on both sides; results are treated as immutable.
 *
 * What the descriptors hold, compared with `buf build`:
 * - every field buf fills, with type names resolved (leading dot), JSON names,
 *   map entries, groups, synthetic oneofs and defaults in canonical form;
 * - standard options in their typed fields; custom options (any name with a
 *   parenthesized part, `features.(pb.cpp)...` included) stay in
 *   `uninterpreted_option`, where buf would have interpreted them. Their
 *   source locations carry the interpreted paths buf writes;
 * - `sourceCodeInfo` equal to buf's, location by location. It is built the
 *   first time it is read (a property getter), since most files of a
 *   comparison never need it;
 * - well-known types come from `@bufbuild/protobuf/wkt` and have an empty
 *   SourceCodeInfo.
 */
import { createHash } from "node:crypto";
import type { DescriptorProto, FieldDescriptorProto, FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { CompileError, CompileErrors } from "./errors.js";
import { linkFile } from "./linker.js";
import type { LinkedFile } from "./linker.js";
import { parseFile } from "./parser.js";
import type { ImportDecl, ParsedFile } from "./parser.js";
import { wellKnownFile, wellKnownSymbols } from "./wkt.js";

export { CompileError, CompileErrors } from "./errors.js";

export interface SourceFile {
  /** Module-relative path with '/' separators, e.g. "acme/v1/user.proto". */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface CompileOptions {
  /** Extra files reachable by import (include paths), read on demand; return undefined when absent. */
  readonly readImport?: (path: string) => Uint8Array | undefined;
  /** Names shown in "looked in" messages for a missing import (the input root first, then include paths). */
  readonly importPathsDescription?: readonly string[];
  /** Parse cache shared between the two sides of a comparison. */
  readonly cache?: ParseCache;
}

export interface CompileResult {
  /** The input files (in input order) followed by imported non-input files; isImport marks the latter. */
  readonly files: readonly { proto: FileDescriptorProto; isImport: boolean }[];
}

const cacheBrand: unique symbol = Symbol("ParseCache");

/** Parsed and linked files, keyed by content; see `createParseCache`. */
export interface ParseCache {
  readonly [cacheBrand]: true;
}

interface ParsedEntry {
  readonly text: string;
  readonly imports: readonly ImportDecl[];
  /** A parse not yet consumed by linking (linking fills in the descriptor). */
  fresh: ParsedFile | undefined;
}

interface CacheImpl extends ParseCache {
  /** By path and content hash. */
  readonly parsed: Map<string, ParsedEntry>;
  /** By link key: path, content hash and the link keys of the imports. */
  readonly linked: Map<string, LinkedFile>;
}

/**
 * A cache to share between compilations (typically the two sides of a
 * comparison): each distinct file content is parsed once, and a file whose
 * content and transitive imports are unchanged gets the very same linked
 * FileDescriptorProto object.
 */
export function createParseCache(): ParseCache {
  const c: CacheImpl = { [cacheBrand]: true, parsed: new Map(), linked: new Map() };
  return c;
}

interface Node {
  readonly path: string;
  readonly isImport: boolean;
  /** Set for built-in well-known types. */
  readonly builtin?: LinkedFile;
  readonly entryKey?: string;
  readonly entry?: ParsedEntry;
  readonly deps: string[];
  linked?: LinkedFile;
  linkKey?: string;
  failed?: boolean;
}

function hashBytes(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeText(path: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CompileError(path, 0, 0, "binary data, not a .proto text file (contains NUL bytes)");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CompileError(path, 0, 0, `not UTF-8 text (invalid byte sequence at byte ${firstInvalidUtf8(bytes)}); .proto files must be UTF-8`);
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/**
 * Parses and links the input files. Throws CompileError (or CompileErrors
 * when several files fail; each file stops at its first error).
 */
export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const cache = (options.cache ?? createParseCache()) as CacheImpl;
  const inputs = new Map<string, SourceFile>();
  for (const f of files) {
    if (inputs.has(f.path)) throw new CompileError(f.path, 0, 0, "the same file is given twice as input");
    inputs.set(f.path, f);
  }
  const lookedIn = options.importPathsDescription ?? ["the input files"];
  const nodes = new Map<string, Node>();
  const errors: CompileError[] = [];
  const errorFiles = new Set<string>();
  const record = (e: CompileError): void => {
    if (!errorFiles.has(e.file)) {
      errorFiles.add(e.file);
      errors.push(e);
    }
  };

  const makeNode = (path: string, bytes: Uint8Array, isImport: boolean): Node => {
    const key = path + "\0" + hashBytes(bytes);
    let entry = cache.parsed.get(key);
    if (entry === undefined) {
      const text = decodeText(path, bytes);
      const parsed = parseFile(path, text);
      entry = { text, imports: parsed.imports, fresh: parsed };
      cache.parsed.set(key, entry);
    }
    return { path, isImport, entryKey: key, entry, deps: entry.imports.map((i) => i.path) };
  };

  /** Adds a well-known file and its imports; false when `p` is not one. */
  const addBuiltin = (p: string): boolean => {
    if (nodes.has(p)) return true;
    const builtin = wellKnownFile(p);
    if (builtin === undefined) return false;
    nodes.set(p, { path: p, isImport: true, builtin, deps: builtin.proto.dependency.slice(), linked: builtin, linkKey: "wkt:" + p });
    for (const d of builtin.proto.dependency) addBuiltin(d);
    return true;
  };

  /** Parses a file (once); undefined when it fails (the error is recorded). */
  const node = (path: string, bytes: Uint8Array, isImport: boolean): Node | undefined => {
    const have = nodes.get(path);
    if (have !== undefined) return have;
    try {
      const n = makeNode(path, bytes, isImport);
      nodes.set(path, n);
      return n;
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      record(e);
      const failed: Node = { path, isImport, deps: [], failed: true };
      nodes.set(path, failed);
      return undefined;
    }
  };

  const fallback = wellKnownSymbols();
  const visiting: string[] = [];
  /**
   * Links a file after its imports, depth first, so that a file's parse
   * state is released as soon as it is linked. Undefined when the file or one
   * of its imports fails.
   */
  const link = (n: Node): LinkedFile | undefined => {
    if (n.linked !== undefined) return n.linked;
    if (n.failed === true) return undefined;
    visiting.push(n.path);
    const deps: LinkedFile[] = [];
    const depKeys: string[] = [];
    const entry = n.entry as ParsedEntry;
    let ok = true;
    for (const imp of entry.imports) {
      const p = imp.path;
      let dn = nodes.get(p);
      if (dn === undefined && !addBuiltin(p)) {
        const input = inputs.get(p);
        const b = input !== undefined ? input.bytes : options.readImport?.(p);
        if (b === undefined) {
          record(new CompileError(n.path, imp.line, imp.column, `import "${p}" not found (looked in: ${lookedIn.join(", ")})`));
          ok = false;
          break;
        }
        node(p, b, input === undefined);
      }
      dn = nodes.get(p) as Node;
      if (dn.linked === undefined && visiting.includes(p)) {
        const cycle = [...visiting.slice(visiting.indexOf(p)), p].join(" -> ");
        record(new CompileError(n.path, imp.line, imp.column, `import cycle: ${cycle}`));
        ok = false;
        break;
      }
      const ld = link(dn);
      if (ld === undefined) {
        ok = false;
        break;
      }
      deps.push(ld);
      depKeys.push(dn.linkKey as string);
    }
    visiting.pop();
    if (!ok) {
      n.failed = true;
      return undefined;
    }
    const key = hashBytes(new TextEncoder().encode(`${n.entryKey as string}\0${depKeys.join("\0")}`));
    let linked = cache.linked.get(key);
    if (linked === undefined) {
      try {
        const parsed = entry.fresh ?? parseFile(n.path, entry.text);
        entry.fresh = undefined;
        linked = linkFile(parsed, deps, fallback);
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        record(e);
        n.failed = true;
        return undefined;
      }
      cache.linked.set(key, linked);
    }
    n.linked = linked;
    n.linkKey = key;
    return linked;
  };

  for (const f of files) {
    const n = node(f.path, f.bytes, false);
    if (n !== undefined) link(n);
  }
  if (errors.length === 0) checkExtensionNumbers(nodes, record);
  if (errors.length === 1) throw errors[0] as CompileError;
  if (errors.length > 1) throw new CompileErrors(errors);

  const out: { proto: FileDescriptorProto; isImport: boolean }[] = [];
  for (const f of files) out.push({ proto: (nodes.get(f.path)?.linked as LinkedFile).proto, isImport: false });
  const added = new Set<string>();
  const addImports = (n: Node): void => {
    for (const d of n.deps) {
      const dn = nodes.get(d) as Node;
      if (added.has(d)) continue;
      added.add(d);
      addImports(dn);
      if (dn.isImport) out.push({ proto: (dn.linked as LinkedFile).proto, isImport: true });
    }
  };
  for (const f of files) addImports(nodes.get(f.path) as Node);
  return { files: out };
}

/**
 * Two files of one compilation may not extend a message with the same field
 * number (buf checks this across the whole module, imported or not).
 */
function checkExtensionNumbers(nodes: ReadonlyMap<string, Node>, record: (e: CompileError) => void): void {
  const seen = new Map<string, { file: string; name: string }>();
  for (const n of nodes.values()) {
    const linked = n.linked;
    if (linked === undefined || n.builtin !== undefined) continue;
    const proto = linked.proto;
    const visit = (exts: readonly FieldDescriptorProto[], scope: string, path: number[]): void => {
      exts.forEach((x, i) => {
        const key = `${x.extendee}:${x.number}`;
        const prev = seen.get(key);
        const name = scope + x.name;
        if (prev === undefined) {
          seen.set(key, { file: proto.name, name });
          return;
        }
        const numberPath = [...path, i, 3].join(",");
        const loc = proto.sourceCodeInfo?.location.find((l) => l.path.join(",") === numberPath);
        record(
          new CompileError(
            proto.name,
            (loc?.span[0] ?? 0) + 1,
            (loc?.span[1] ?? 0) + 1,
            `extension number ${x.number} of ${x.extendee.slice(1)} is already used by ${prev.name} (${prev.file})`,
          ),
        );
      });
    };
    const pre = proto.package === "" ? "" : proto.package + ".";
    visit(proto.extension, pre, [7]);
    const walk = (msgs: readonly DescriptorProto[], scope: string, path: number[]): void => {
      msgs.forEach((m, i) => {
        const inner = `${scope}${m.name}.`;
        visit(m.extension, inner, [...path, i, 6]);
        walk(m.nestedType, inner, [...path, i, 3]);
      });
    };
    walk(proto.messageType, pre, [4]);
  }
}
