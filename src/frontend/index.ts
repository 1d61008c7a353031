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
 * - `sourceCodeInfo` equal to buf's, location by location. Files are parsed
 *   without recording locations and comments, since most files of a large
 *   comparison never need them; the first read of the property parses the
 *   file again, recording them, and links it against the same imports.
 *   Small inputs (LOCATE_FIRST_BYTES) record them the first time;
 * - well-known types come from `@bufbuild/protobuf/wkt` and have an empty
 *   SourceCodeInfo.
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { toBinary, type DescMessage, type Message } from "@bufbuild/protobuf";
import { DescriptorProtoSchema, EnumDescriptorProtoSchema, FieldDescriptorProtoSchema, FileOptionsSchema, ServiceDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import type { DescriptorProto, FieldDescriptorProto, FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { CompileError, CompileErrors } from "./errors.js";
import { linkFile, linkedTwin, newResolutions, resolvesAlike, type Resolutions, type Sym } from "./linker.js";
import type { LinkedFile } from "./linker.js";
import { parseFile } from "./parser.js";
import { tokenKey } from "./token-key.js";
import type { ImportDecl, ParseAgain, ParsedFile } from "./parsed-file.js";
import type { LocTape } from "./source-locations.js";
import { WELL_KNOWN_SYMBOLS, wellKnownFile } from "./wkt.js";
import { isCleanRelative, leavesRoot } from "../model/confine.js";
import type { SourceFile } from "../model/inputs.js";
import { FIELD, FILE, MESSAGE } from "../model/source-path.js";

export { CompileError, CompileErrors, MAX_LISTED_ERRORS, listErrors } from "./errors.js";

export type { SourceFile };

export interface CompileOptions {
  /** Extra files reachable by import (include paths), read on demand; return undefined when absent. */
  readonly readImport?: (path: string) => Uint8Array | undefined;
  /** Names shown in "looked in" messages for a missing import (the input root first, then include paths). */
  readonly importPathsDescription?: readonly string[];
  /** Parse cache shared between the two sides of a comparison. */
  readonly cache?: ParseCache;
  /**
   * Whether the input files are parsed recording their source locations and
   * comments the first time, rather than again when first read (see
   * LOCATE_FIRST_BYTES, which decides when this is not given).
   */
  readonly locateFirst?: boolean;
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
  /** Unique to the entry (see linkKey). */
  readonly key: string;
  readonly path: string;
  /**
   * The file's bytes, decoded again when the file is parsed again (linked
   * against other imports, or for its source locations): the texts of a
   * large schema are better not kept twice.
   */
  readonly bytes: Uint8Array;
  /** The text has no tab and no non-ASCII character. */
  readonly plain: boolean;
  /** What the first parse found, for parsing the file again with its locations (the tape only when it sets no custom option). */
  readonly again: ParseAgain;
  readonly imports: readonly ImportDecl[];
  /** A parse not yet consumed by linking (linking fills in the descriptor). */
  fresh: ParsedFile | undefined;
  /** The file linked against other imports before (at most MAX_LINKS_KEPT, the earliest): see sameLink. */
  readonly links: LinkedFile[];
  /**
   * For a file not parsed because another content of its path has the same
   * tokens (see sameTokens): that content's entry, whose imports (paths and
   * kinds, not positions) and parse counts this one shares.
   */
  readonly twin?: ParsedEntry;
  /** The imports at their positions in this file's own text, for an error: parsed when first needed for a twin. */
  placedImports?: readonly ImportDecl[];
  /** tokenKey of the bytes, once computed; null when they would not lex. */
  tokens?: string | null;
}

/** How many links of one file content are compared with a new set of imports. */
const MAX_LINKS_KEPT = 4;

interface CacheImpl extends ParseCache {
  /** By path, each content of the path parsed (or found the same as one parsed, see ParsedEntry.twin), the first first. */
  readonly parsed: Map<string, ParsedEntry[]>;
  /** By link key (see linkKey). */
  readonly linked: Map<string, LinkedFile>;
  /** Link keys by what they stand for: a file's entry and the link keys of its imports. */
  readonly linkKeys: Map<string, string>;
  /** The entry each linked file was parsed from (none for the built-in well-known files). */
  readonly entryOf: WeakMap<LinkedFile, ParsedEntry>;
  /** Each linked file's declarations key (see declarationsKey). */
  readonly declarations: WeakMap<LinkedFile, string>;
  /** What each file linked here read of its imports (see sameLink). */
  readonly resolutions: WeakMap<LinkedFile, Resolutions>;
}

/**
 * A cache to share between compilations (typically the two sides of a
 * comparison): each distinct file content is parsed once, and a file whose
 * content is unchanged, and whose imports declare the same (see sameLink),
 * gets the very same linked FileDescriptorProto object. A content of a path
 * with the tokens of one parsed before is not parsed: it gets that one's
 * descriptor with its own locations and comments (see twinLink). Contents
 * are told apart by their bytes, compared, not hashed.
 */
export function createParseCache(): ParseCache {
  const c: CacheImpl = { [cacheBrand]: true, parsed: new Map(), linked: new Map(), linkKeys: new Map(), entryOf: new WeakMap(), declarations: new WeakMap(), resolutions: new WeakMap() };
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b));
}

let nextEntryKey = 0;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a file's bytes. An ASCII text is decoded as Latin-1, which
 * gives the same characters, and Node keeps a large Latin-1 string outside
 * the JavaScript heap: the text of a 20 MB file then does not count toward
 * the heap's old generation, which the engine lets grow to several times
 * what it held at its last full collection before collecting it again.
 */
function decodeText(path: string, bytes: Uint8Array, ascii: boolean): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CompileError(path, 0, 0, "binary data, not a .proto text file (contains NUL bytes)");
  if (ascii) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    // lastIndexOf with a negative start would search from the end: an invalid first byte starts line 1.
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    // As buf does, the column counts bytes: the characters before it may be the broken ones.
    throw new CompileError(path, line, at - lineStart + 1, "not UTF-8 text: invalid byte sequence (.proto files must be UTF-8)");
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
 * Parses and links the input files. Throws CompileError, or CompileErrors
 * when there are several: a file stops at its first syntax error, but
 * linking reports every unknown name, clash and bad option of a file.
 */
export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const cache = (options.cache ?? createParseCache()) as CacheImpl;
  const inputs = new Map<string, SourceFile>();
  for (const f of files) {
    if (inputs.has(f.path)) throw new CompileError(f.path, 0, 0, "the same file is given twice as input");
    inputs.set(f.path, f);
  }
  const lookedIn = options.importPathsDescription ?? ["the input files"];
  const locateInputs = options.locateFirst ?? files.reduce((n, f) => n + f.bytes.byteLength, 0) <= LOCATE_FIRST_BYTES;
  const nodes = new Map<string, Node>();
  const errors: CompileError[] = [];
  const recorded = new Set<string>();
  const record = (e: CompileError): void => {
    for (const one of e instanceof CompileErrors ? e.errors : [e]) {
      if (recorded.has(one.message)) continue;
      recorded.add(one.message);
      errors.push(one);
    }
  };

  const makeNode = (path: string, bytes: Uint8Array, isImport: boolean): Node => {
    let contents = cache.parsed.get(path);
    let entry = contents?.find((e) => sameBytes(e.bytes, bytes));
    if (entry === undefined) {
      // Checking the bytes for a tab or non-ASCII is much cheaper than checking the text.
      const ascii = isAscii(bytes);
      const text = decodeText(path, bytes, ascii);
      const plain = ascii && bytes.indexOf(0x09) < 0;
      const first = contents?.[0];
      const twin = first !== undefined && sameTokens(first, bytes) ? first : undefined;
      const key = `e${String(nextEntryKey++)}`;
      if (twin !== undefined) {
        entry = { key, path, bytes, plain, again: twin.again, imports: twin.imports, fresh: undefined, links: [], twin, tokens: tokensOf(twin) };
      } else {
        const parsed = parseFile(path, text, plain, locateInputs && !isImport, ascii ? bytes : undefined);
        const again = { tapeSize: parsed.locs.needed, tapeOnly: parsed.optionRefs.length === 0 };
        entry = { key, path, bytes, plain, again, imports: parsed.imports, fresh: parsed, links: [] };
      }
      if (contents === undefined) cache.parsed.set(path, (contents = []));
      contents.push(entry);
    }
    return { path, isImport, entryKey: entry.key, entry, deps: entry.imports.map((i) => i.path) };
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

  const fallback = WELL_KNOWN_SYMBOLS;

  /** The node an import names, read on first use; undefined (and recorded) when it is nowhere. */
  const importNode = (from: Node, imp: ImportDecl): Node | undefined => {
    const p = imp.path;
    const have = nodes.get(p);
    if (have !== undefined || addBuiltin(p)) return nodes.get(p);
    const input = inputs.get(p);
    const b = input !== undefined ? input.bytes : isCleanRelative(p) ? options.readImport?.(p) : undefined;
    if (b === undefined) {
      const at = placed(from, imp);
      record(new CompileError(from.path, at.line, at.column, importNotFound(p, lookedIn)));
      return undefined;
    }
    node(p, b, input === undefined);
    return nodes.get(p);
  };

  /** Links a file whose imports are linked; undefined when it fails (the error is recorded). */
  const linkOne = (n: Node, deps: readonly LinkedFile[], depKeys: readonly string[]): LinkedFile | undefined => {
    const entry = n.entry as ParsedEntry;
    const key = linkKey(cache, n.entryKey as string, depKeys);
    let linked = cache.linked.get(key) ?? sameLink(cache, entry, deps);
    if (linked === undefined) {
      linked = twinLink(cache, entry, deps);
      if (linked === undefined) {
        try {
          const parsed = entry.fresh ?? parseAgain(entry, false);
          entry.fresh = undefined;
          const read = newResolutions();
          linked = linkFile(parsed, deps, fallback, relinkLater(entry, deps), read);
          cache.resolutions.set(linked, read);
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          record(locatedError(entry, deps, e));
          return undefined;
        }
      }
      cache.entryOf.set(linked, entry);
      if (entry.links.length < MAX_LINKS_KEPT) entry.links.push(linked);
    }
    cache.linked.set(key, linked);
    n.linked = linked;
    n.linkKey = key;
    return linked;
  };

  /**
   * Links a file after its imports, depth first, so that a file's parse
   * state is released as soon as it is linked. The walk keeps its own stack
   * (an import chain may be thousands of files long) and stops at a cycle or
   * at a chain longer than MAX_IMPORT_DEPTH, reported at the import that
   * closes or extends it. A file that fails, or whose imports fail, is marked
   * failed.
   */
  const link = (root: Node): void => {
    if (root.linked !== undefined || root.failed === true) return;
    const stack: LinkFrame[] = [{ node: root, next: 0, deps: [], depKeys: [] }];
    const onStack = new Set<string>([root.path]);
    /** Marks every file on the stack failed: each imports the one that failed. */
    const unwind = (): void => {
      for (const f of stack) f.node.failed = true;
    };
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as LinkFrame;
      const n = top.node;
      const imports = (n.entry as ParsedEntry).imports;
      if (top.next === imports.length) {
        stack.pop();
        onStack.delete(n.path);
        if (linkOne(n, top.deps, top.depKeys) === undefined) {
          n.failed = true;
          unwind();
          return;
        }
        const parent = stack[stack.length - 1];
        if (parent !== undefined) {
          parent.deps.push(n.linked as LinkedFile);
          parent.depKeys.push(n.linkKey as string);
        }
        continue;
      }
      const imp = imports[top.next++] as ImportDecl;
      const dn = importNode(n, imp);
      if (dn === undefined || dn.failed === true) {
        unwind();
        return;
      }
      if (dn.linked !== undefined) {
        top.deps.push(dn.linked);
        top.depKeys.push(dn.linkKey as string);
        continue;
      }
      if (onStack.has(dn.path)) {
        const from = stack.findIndex((f) => f.node.path === dn.path);
        const cycle = [...stack.slice(from).map((f) => f.node.path), dn.path].join(" -> ");
        const at = placed(n, imp);
        record(new CompileError(n.path, at.line, at.column, `detected cyclic import while importing ${JSON.stringify(dn.path)} (${cycle})`));
        unwind();
        return;
      }
      if (stack.length >= MAX_IMPORT_DEPTH) {
        const at = placed(n, imp);
        record(new CompileError(n.path, at.line, at.column, `import chain too deep: more than ${MAX_IMPORT_DEPTH} files, starting at ${root.path}`));
        unwind();
        return;
      }
      stack.push({ node: dn, next: 0, deps: [], depKeys: [] });
      onStack.add(dn.path);
    }
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
  for (const n of importsInDependencyOrder(files, nodes)) out.push({ proto: (n.linked as LinkedFile).proto, isImport: true });
  return { files: out };
}

/** Whether `bytes` have the tokens of the entry's content (see tokenKey): never when either would not lex. */
function sameTokens(entry: ParsedEntry, bytes: Uint8Array): boolean {
  const tokens = tokensOf(entry);
  return tokens !== null && tokens === tokenKey(bytes);
}

/** tokenKey of an entry's bytes, computed once; null when they would not lex. */
function tokensOf(entry: ParsedEntry): string | null {
  if (entry.tokens === undefined) entry.tokens = tokenKey(entry.bytes) ?? null;
  return entry.tokens;
}

/**
 * The import `imp` of a file at its position in the file's own text. A twin
 * (see ParsedEntry.twin) shares its imports with a content laid out
 * otherwise, so the file is parsed for their positions; only an error reads
 * them.
 */
function placed(n: Node, imp: ImportDecl): ImportDecl {
  const entry = n.entry;
  if (entry?.twin === undefined) return imp;
  entry.placedImports ??= parseAgain(entry, false).imports;
  return entry.placedImports[entry.imports.indexOf(imp)] ?? imp;
}

/**
 * A link of a file that was not parsed because another content of its path
 * has the same tokens (a comment or the copyright year changed): that
 * content's link against imports that declare the same (see sameLink),
 * copied with this file's own locations and comments. Undefined when there
 * is none: the file is then parsed and linked.
 */
function twinLink(cache: CacheImpl, entry: ParsedEntry, deps: readonly LinkedFile[]): LinkedFile | undefined {
  const twin = entry.twin;
  if (twin === undefined) return undefined;
  const earlier = sameLink(cache, twin, deps);
  return earlier === undefined ? undefined : linkedTwin(earlier, relinkLater(entry, deps));
}

/**
 * A link of this file content made before against imports that declare the
 * same, when there is one. The link key tells imports apart by their bytes,
 * and a comment or a copyright year edited in a file every other file
 * imports (google/api/field_behavior.proto) would have every importer parsed
 * and linked again, to the same descriptor. A file links the same way against
 * two sets of imports when each import, in order, has the same path and the
 * same declarations key (see declarationsKey): what linking reads of an
 * import (its symbols, and the descriptors custom options are read against)
 * is the import's descriptor, and that of the files it imports, without their
 * source locations. The link found is shared, as one whose imports have the
 * same bytes is: the same FileDescriptorProto on both sides.
 */
function sameLink(cache: CacheImpl, entry: ParsedEntry, deps: readonly LinkedFile[]): LinkedFile | undefined {
  if (entry.links.length === 0) return undefined;
  const wanted = importsKey(cache, deps);
  if (wanted !== undefined) {
    for (const earlier of entry.links) {
      if (earlier.deps.length === deps.length && importsKey(cache, earlier.deps) === wanted) return earlier;
    }
  }
  for (const earlier of entry.links) {
    const read = cache.resolutions.get(earlier);
    if (read === undefined || !resolvesAlike(earlier, read, deps, alikeIn(earlier.deps, deps))) continue;
    // The same descriptor, linked against these imports: what imports this file searches them.
    const linked: LinkedFile = { path: earlier.path, proto: earlier.proto, symbols: earlier.symbols, exported: [earlier.symbols], deps };
    cache.entryOf.set(linked, entry);
    cache.resolutions.set(linked, read);
    return linked;
  }
  return undefined;
}

/**
 * Whether a symbol found among `before` and one found among `after` would
 * link a file the same way: the same kind, and for anything but a package the
 * same file and the same top-level declaration around it (see
 * declarationContent), so that what a file reads of it (a type's kind, an
 * enum's values, an option's field, the fields of an option's message) and
 * what rules derive from it (features inherited from the file and from
 * enclosing messages) are the same.
 */
function alikeIn(before: readonly LinkedFile[], after: readonly LinkedFile[]): (a: Sym, b: Sym) => boolean {
  const filesBefore = closureByPath(before);
  const filesAfter = closureByPath(after);
  return (a, b) => {
    if (a.kind !== b.kind) return false;
    if (a.kind === "package") return true;
    if (a.file !== b.file) return false;
    const fa = filesBefore().get(a.file);
    const fb = filesAfter().get(b.file);
    if (fa === undefined || fb === undefined) return false;
    const ca = declarationContent(fa.proto, a.path);
    return ca !== undefined && ca === declarationContent(fb.proto, b.path);
  };
}

/** The files of an import closure by path, listed when first asked for. */
function closureByPath(deps: readonly LinkedFile[]): () => ReadonlyMap<string, LinkedFile> {
  let byPath: Map<string, LinkedFile> | undefined;
  return () => {
    if (byPath !== undefined) return byPath;
    byPath = new Map();
    const stack = [...deps];
    while (stack.length > 0) {
      const f = stack.pop() as LinkedFile;
      if (byPath.has(f.path)) continue;
      byPath.set(f.path, f);
      stack.push(...f.deps);
    }
    return byPath;
  };
}

const contents = new WeakMap<object, string>();

/**
 * The top-level declaration (message, enum, extension or service) at the
 * start of `path` in a linked file, in binary, after the file's syntax,
 * edition, package and options; undefined for another path. Kept per
 * declaration: a declaration many files read is written once.
 */
function declarationContent(proto: FileDescriptorProto, path: readonly number[] | undefined): string | undefined {
  if (path === undefined || path.length < 2) return undefined;
  const kind = TOP_LEVEL.get(path[0] as number);
  const decl = kind?.of(proto)[path[1] as number];
  if (kind === undefined || decl === undefined) return undefined;
  let content = contents.get(decl);
  if (content === undefined) {
    content = `${fileHeader(proto)}\0${String(path[0])}\0${Buffer.from(toBinary(kind.schema, decl)).toString("latin1")}`;
    contents.set(decl, content);
  }
  return content;
}

/** A file's top-level declarations by their field in FileDescriptorProto (a symbol's path starts with it), with their schema. */
const TOP_LEVEL: ReadonlyMap<number, { readonly of: (proto: FileDescriptorProto) => readonly Message[]; readonly schema: DescMessage }> = new Map([
  [FILE.messageType, { of: (p: FileDescriptorProto) => p.messageType, schema: DescriptorProtoSchema }],
  [FILE.enumType, { of: (p: FileDescriptorProto) => p.enumType, schema: EnumDescriptorProtoSchema }],
  [FILE.extension, { of: (p: FileDescriptorProto) => p.extension, schema: FieldDescriptorProtoSchema }],
  [FILE.service, { of: (p: FileDescriptorProto) => p.service, schema: ServiceDescriptorProtoSchema }],
]);

/** A file's syntax, edition, package and options, which its declarations inherit features from. */
function fileHeader(proto: FileDescriptorProto): string {
  let header = contents.get(proto);
  if (header === undefined) {
    const options = proto.options === undefined ? "" : Buffer.from(toBinary(FileOptionsSchema, proto.options)).toString("latin1");
    header = `${proto.syntax}\0${String(proto.edition)}\0${proto.package}\0${options}`;
    contents.set(proto, header);
  }
  return header;
}

function importsKey(cache: CacheImpl, deps: readonly LinkedFile[]): string | undefined {
  const keys: string[] = [];
  for (const d of deps) {
    const k = declarationsKey(cache, d);
    if (k === undefined) return undefined;
    keys.push(k);
  }
  return keys.join("\n");
}

/** Unique names for linked files that were not parsed from bytes (the built-in well-known files): each is only ever the same as itself. */
const objectIds = new WeakMap<LinkedFile, string>();
let nextObjectId = 0;

/**
 * A key for what a linked file declares, with the files it imports: equal
 * for two linked files with the same path and tokens (see tokenKey) whose
 * imports have, in order, equal keys. A built-in file's key is its identity.
 * Computed once per linked file, imports first, without recursion (an import
 * chain may be MAX_IMPORT_DEPTH long).
 */
function declarationsKey(cache: CacheImpl, file: LinkedFile): string | undefined {
  const known = cache.declarations.get(file);
  if (known !== undefined) return known;
  const stack: { file: LinkedFile; next: number }[] = [{ file, next: 0 }];
  const onStack = new Set<LinkedFile>([file]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { file: LinkedFile; next: number };
    if (top.next < top.file.deps.length) {
      const d = top.file.deps[top.next++] as LinkedFile;
      if (cache.declarations.has(d) || onStack.has(d)) continue;
      stack.push({ file: d, next: 0 });
      onStack.add(d);
      continue;
    }
    stack.pop();
    onStack.delete(top.file);
    const entry = cache.entryOf.get(top.file);
    let own: string | null;
    if (entry === undefined) {
      let id = objectIds.get(top.file);
      if (id === undefined) {
        id = `object ${String(nextObjectId++)}`;
        objectIds.set(top.file, id);
      }
      own = id;
    } else {
      own = tokensOf(entry);
      // Linked bytes lex: this is only for the types.
      if (own === null) return undefined;
    }
    const parts = [top.file.path, own];
    for (const d of top.file.deps) {
      const k = cache.declarations.get(d);
      // Only an import cycle leaves an import without a key, and a file in one does not link.
      if (k === undefined) return undefined;
      parts.push(k);
    }
    cache.declarations.set(top.file, createHash("sha1").update(parts.join("\0")).digest("base64"));
  }
  return cache.declarations.get(file);
}

let nextLinkKey = 0;

/**
 * The key of a file's link: one for each entry (a file's content) and link
 * keys of its imports, in order. A key stands for everything its file was
 * linked against, transitively, without growing with it.
 */
function linkKey(cache: CacheImpl, entryKey: string, depKeys: readonly string[]): string {
  const of = depKeys.length === 0 ? entryKey : `${entryKey} ${depKeys.join(" ")}`;
  let key = cache.linkKeys.get(of);
  if (key === undefined) {
    key = `l${String(nextLinkKey++)}`;
    cache.linkKeys.set(of, key);
  }
  return key;
}

/**
 * A file compiled without source locations, to read them from: the file
 * parsed again, recording them, and linked against the same imports, which
 * gives the same descriptor and completes the tape of its locations. Only
 * files whose locations are read (where a finding points, say) pay for it,
 * and they keep only the tape. Linking writes to the tape only the paths of
 * custom options, so a file without any is not linked again: its parse,
 * which then keeps nothing but the tape (see ParseAgain), recorded every
 * location.
 */
function relinkLater(entry: ParsedEntry, deps: readonly LinkedFile[]): () => LocTape {
  return () => {
    const parsed = parseAgain(entry, true, entry.again.tapeOnly);
    if (!entry.again.tapeOnly) linkFile(parsed, deps, WELL_KNOWN_SYMBOLS);
    return parsed.locs;
  };
}

/** Parses a file whose bytes parsed before (they decode and parse the same way again); `tapeOnly`: see ParseAgain. */
function parseAgain(entry: ParsedEntry, locations: boolean, tapeOnly = false): ParsedFile {
  const ascii = isAscii(entry.bytes);
  const text = decodeText(entry.path, entry.bytes, ascii);
  return parseFile(entry.path, text, entry.plain, locations, ascii ? entry.bytes : undefined, { tapeSize: entry.again.tapeSize, tapeOnly });
}

/**
 * The errors of a file that does not link, at their positions: linking
 * without source locations cannot place some of them, so the file is parsed
 * again, recording locations, and linked again to report them.
 */
function locatedError(entry: ParsedEntry, deps: readonly LinkedFile[], e: CompileError): CompileError {
  try {
    linkFile(parseAgain(entry, true), deps, WELL_KNOWN_SYMBOLS);
  } catch (again) {
    if (again instanceof CompileError) return again;
    throw again;
  }
  return e;
}

/**
 * Inputs of at most this many bytes in all are parsed recording their source
 * locations and comments the first time: the findings of a small comparison
 * point into most of its files, and each file located later would be parsed
 * (and maybe linked) a second time.
 */
export const LOCATE_FIRST_BYTES = 256 * 1024;

/** Longest import chain followed from one input; a longer one is reported at the import that passes it. */
export const MAX_IMPORT_DEPTH = 1000;

interface LinkFrame {
  readonly node: Node;
  /** Index of the next import to visit. */
  next: number;
  readonly deps: LinkedFile[];
  readonly depKeys: string[];
}

/**
 * The imported (non-input) files reachable from the inputs, each after its
 * own imports, in the order a depth-first walk of the inputs' imports
 * finishes them.
 */
function importsInDependencyOrder(files: readonly SourceFile[], nodes: ReadonlyMap<string, Node>): Node[] {
  const out: Node[] = [];
  const added = new Set<string>();
  for (const f of files) {
    const stack: { node: Node; next: number }[] = [{ node: nodes.get(f.path) as Node, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: Node; next: number };
      if (top.next === top.node.deps.length) {
        stack.pop();
        if (stack.length > 0 && top.node.isImport) out.push(top.node);
        continue;
      }
      const d = top.node.deps[top.next++] as string;
      if (added.has(d)) continue;
      added.add(d);
      stack.push({ node: nodes.get(d) as Node, next: 0 });
    }
  }
  return out;
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
        const numberPath = [...path, i, FIELD.number].join(",");
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
    visit(proto.extension, pre, [FILE.extension]);
    // Names and paths are built only for messages that hold extensions, or nested messages that may.
    const walk = (msgs: readonly DescriptorProto[], scope: string, path: number[]): void => {
      for (let i = 0; i < msgs.length; i++) {
        const m = msgs[i] as DescriptorProto;
        if (m.extension.length === 0 && m.nestedType.length === 0) continue;
        const inner = `${scope}${m.name}.`;
        if (m.extension.length > 0) visit(m.extension, inner, [...path, i, MESSAGE.extension]);
        if (m.nestedType.length > 0) walk(m.nestedType, inner, [...path, i, MESSAGE.nestedType]);
      }
    };
    walk(proto.messageType, pre, [FILE.messageType]);
  }
}

/**
 * Why an import was not read: a path that leaves the import roots (absolute,
 * or climbing out with `..`) or is not written as a clean relative path is
 * never looked up; anything else was looked for and is not there. Only the
 * import as written is quoted.
 */
function importNotFound(path: string, lookedIn: readonly string[]): string {
  const quoted = JSON.stringify(path);
  const roots = lookedIn.join(", ");
  if (leavesRoot(path)) {
    return `import ${quoted} is outside the import roots (${roots}): an import path is relative to a root and cannot leave it`;
  }
  if (!isCleanRelative(path)) {
    return `import ${quoted} not found: an import path has no ".", ".." or empty segments, backslashes or control characters (looked in: ${roots})`;
  }
  return `import ${quoted} not found (looked in: ${roots})`;
}
