import type { SourceFile } from "../frontend/index.js";
import { outlineOf, type FileOutline } from "../frontend/scan.js";
import { isWellKnownPath } from "../model/well-known.js";
import { DIRECTIVE } from "../config/suppress.js";
import type { FilesSource } from "../sources/index.js";
import type { OutlineCache, Outlined } from "./outline-cache.js";

/** A file of one side as the report counts it: its path and package. */
export interface FileSummary {
  readonly path: string;
  readonly package: string;
}

/** What an incremental comparison compiles of each side, and what it knows of the files it does not. */
export interface IncrementalPlan {
  /** The files of each side to compile (in source order). */
  readonly previous: readonly SourceFile[];
  readonly current: readonly SourceFile[];
  /** The well-known files some file of each side imports: a full compilation holds them as imports. */
  readonly wellKnown: { readonly previous: readonly string[]; readonly current: readonly string[] };
  /** Every file of each side, compiled or not. */
  readonly files: { readonly previous: readonly FileSummary[]; readonly current: readonly FileSummary[] };
}

interface Side {
  readonly byPath: ReadonlyMap<string, SourceFile>;
  readonly outlines: ReadonlyMap<string, FileOutline>;
  /** Paths whose file may hold a `protoguard:ignore` comment. */
  readonly directives: ReadonlySet<string>;
  /** Paths whose bytes are the same as the other side's (for the side outlined second). */
  readonly same: ReadonlySet<string>;
}

/** A side's blob ids by path: read from git, or computed for a directory compared with a side read from git. */
export type BlobIds = ReadonlyMap<string, string> | undefined;

/** How a side's files are told apart and outlined: by blob id when the side has them. */
interface Reading {
  readonly source: FilesSource;
  readonly ids: BlobIds;
  readonly cache: OutlineCache | undefined;
}

/** The blob ids of both sides, when known. */
export interface SideIds {
  readonly previous: BlobIds;
  readonly current: BlobIds;
}

const NEEDLE = Buffer.from(DIRECTIVE);

function view(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.byteLength === b.byteLength && view(a).equals(view(b)));
}

/**
 * Whether fewer than half the files of the larger side are the same on both
 * sides (by blob id where both sides have one, else by bytes). A plan then
 * leaves out too little to pay for outlining every file of both sides
 * first: on googleapis nine months apart (28% of files unchanged), the
 * outlines took 0.34 s and a package had disappeared, so everything was
 * compiled anyway. Comparing bytes costs a memory comparison per path.
 */
export function mostlyChanged(previous: FilesSource, current: FilesSource, ids: SideIds, same: ReadonlySet<string> = samePaths(previous, current, ids)): boolean {
  return same.size * 2 < Math.max(previous.files.length, current.files.length);
}

/** The paths whose file is the same on both sides: by blob id where both sides have one, else by bytes. */
export function samePaths(previous: FilesSource, current: FilesSource, ids: SideIds): Set<string> {
  const prevByPath = new Map<string, SourceFile>();
  for (const f of previous.files) prevByPath.set(f.path, f);
  const same = new Set<string>();
  for (const f of current.files) {
    const twin = prevByPath.get(f.path);
    if (twin === undefined) continue;
    const oid = ids.current?.get(f.path);
    const twinOid = ids.previous?.get(f.path);
    if (oid !== undefined && twinOid !== undefined ? oid === twinOid : sameBytes(twin.bytes, f.bytes)) same.add(f.path);
  }
  return same;
}

/**
 * Which files a comparison has to compile, given that a file whose bytes are
 * the same on both sides and whose imports, transitively, are too, becomes
 * the same element on both sides, where no rule finds anything. The plan
 * compiles, on both sides:
 * - the files that changed (added, deleted or edited) and every file that
 *   imports one of them, transitively (their descriptors may differ);
 * - every file of a package such a file is in, on either side (the package
 *   rules compare whole packages);
 * - when such a file extends a message, every file that extends one
 *   (extension numbers are checked across the whole schema);
 * - every current file that may hold a `protoguard:ignore` comment (a
 *   comment that suppresses nothing is reported wherever it is);
 * - and everything those import.
 * The rest is only outlined (package, imports) with the lexer.
 *
 * A package that appears is whole on the current side (its files changed)
 * and absent from the previous one, as in the full comparison. Undefined
 * when the comparison cannot be made exactly this way: a package disappears
 * (STABLE_PACKAGE_NO_DELETE looks for a newer version among every current
 * package), a file does not outline (the compiler must report it), or a
 * module file sits where a well-known type does. Undefined as well when
 * most files changed (see mostlyChanged): the plan would compile nearly
 * everything, after outlining everything.
 */
export function planIncremental(
  previous: FilesSource,
  current: FilesSource,
  cache?: OutlineCache,
  ids: SideIds = { previous: previous.blobs?.oids, current: current.blobs?.oids },
  same: ReadonlySet<string> = samePaths(previous, current, ids),
): IncrementalPlan | undefined {
  if (mostlyChanged(previous, current, ids, same)) return undefined;
  const prevSide = side({ source: previous, ids: ids.previous, cache }, undefined);
  if (prevSide === undefined) return undefined;
  const curSide = side({ source: current, ids: ids.current, cache }, { side: prevSide, same });
  if (curSide === undefined) return undefined;
  const packagesOf = (s: Side): Set<string> => {
    const found = new Set<string>();
    for (const o of s.outlines.values()) found.add(o.package);
    return found;
  };
  const prevPackages = packagesOf(prevSide);
  const curPackages = packagesOf(curSide);
  for (const p of prevPackages) if (!curPackages.has(p)) return undefined;

  // A current file with the same bytes as the previous one has its outline:
  // the passes below read the previous side whole, and of the current side
  // only the files that are not the same.
  const curOnly: [string, FileOutline][] = [];
  for (const entry of curSide.outlines) if (!curSide.same.has(entry[0])) curOnly.push(entry);
  const changed: string[] = [];
  for (const path of prevSide.byPath.keys()) if (!curSide.same.has(path)) changed.push(path);
  for (const [path] of curOnly) if (!prevSide.byPath.has(path)) changed.push(path);
  // Files that import a path, on either side, and how many files of each side import each well-known file
  // (no file of a side the plan takes sits at a well-known file's path, so such an import is always to the built-in file).
  const importers = new Map<string, string[]>();
  const prevWellKnown = new Map<string, number>();
  const addImports = (path: string, o: FileOutline, wellKnown: Map<string, number> | undefined): void => {
    for (const imp of o.imports) {
      const list = importers.get(imp);
      if (list === undefined) importers.set(imp, [path]);
      else list.push(path);
      if (wellKnown !== undefined && isWellKnownPath(imp)) wellKnown.set(imp, (wellKnown.get(imp) ?? 0) + 1);
    }
  };
  for (const [path, o] of prevSide.outlines) addImports(path, o, prevWellKnown);
  const curWellKnown = new Map(prevWellKnown);
  for (const path of changed) {
    for (const imp of prevSide.outlines.get(path)?.imports ?? []) {
      if (isWellKnownPath(imp)) curWellKnown.set(imp, (curWellKnown.get(imp) ?? 0) - 1);
    }
  }
  for (const [path, o] of curOnly) {
    addImports(path, o, undefined);
    for (const imp of o.imports) if (isWellKnownPath(imp)) curWellKnown.set(imp, (curWellKnown.get(imp) ?? 0) + 1);
  }
  const sides = [prevSide, curSide];
  const dirty = new Set<string>();
  const stack = [...changed];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    if (dirty.has(path)) continue;
    dirty.add(path);
    for (const by of importers.get(path) ?? []) if (!dirty.has(by)) stack.push(by);
  }

  const seeds = new Set(dirty);
  const dirtyPackages = new Set<string>();
  for (const path of dirty) for (const s of sides) {
    const o = s.outlines.get(path);
    if (o !== undefined) dirtyPackages.add(o.package);
  }
  const dirtyExtends = [...dirty].some((path) => sides.some((s) => s.outlines.get(path)?.extends === true));
  for (const [path, o] of [...prevSide.outlines, ...curOnly]) {
    if (dirtyPackages.has(o.package) || (dirtyExtends && o.extends)) seeds.add(path);
  }
  for (const path of curSide.directives) seeds.add(path);

  // Everything the seeds import, on either side, is compiled on both.
  const compiled = new Set<string>();
  const todo = [...seeds];
  while (todo.length > 0) {
    const path = todo.pop() as string;
    if (compiled.has(path)) continue;
    compiled.add(path);
    for (const s of sides) for (const imp of s.outlines.get(path)?.imports ?? []) if (!compiled.has(imp)) todo.push(imp);
  }
  const pick = (source: FilesSource): SourceFile[] => source.files.filter((f) => compiled.has(f.path));
  return {
    previous: pick(previous),
    current: pick(current),
    wellKnown: { previous: imported(prevWellKnown), current: imported(curWellKnown) },
    files: { previous: summaries(previous, prevSide), current: summaries(current, curSide) },
  };
}

/**
 * The outlines of one side's files; a file the same as the other side's at
 * its path (`same`, see samePaths) shares that file's outline. A blob
 * outlined before (by its id, for a file read from git) is not read again.
 * Undefined when a file does not outline or is at a well-known type's path.
 */
function side(reading: Reading, other: { side: Side; same: ReadonlySet<string> } | undefined): Side | undefined {
  const { source, cache } = reading;
  const oids = reading.ids;
  const byPath = new Map<string, SourceFile>();
  const outlines = new Map<string, FileOutline>();
  const directives = new Set<string>();
  const same = new Set<string>();
  for (const f of source.files) {
    if (isWellKnownPath(f.path)) return undefined;
    byPath.set(f.path, f);
    if (other?.same.has(f.path) === true) {
      same.add(f.path);
      const o = other.side.outlines.get(f.path);
      if (o === undefined) return undefined;
      outlines.set(f.path, o);
      if (other.side.directives.has(f.path)) directives.add(f.path);
      continue;
    }
    const id = oids?.get(f.path);
    const known = id === undefined ? undefined : cache?.get(id);
    const o = known ?? outlinedOf(f.bytes);
    if (o === undefined) return undefined;
    if (known === undefined && id !== undefined) cache?.set(id, o);
    outlines.set(f.path, o.outline);
    if (o.directive) directives.add(f.path);
  }
  return { byPath, outlines, directives, same };
}

/** A file's outline from its bytes; undefined when it does not outline. */
export function outlinedOf(bytes: Uint8Array): Outlined | undefined {
  const outline = outlineOf(bytes);
  return outline === undefined ? undefined : { outline, directive: view(bytes).includes(NEEDLE) };
}


/** The well-known files some file imports, from how many files import each. */
function imported(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].filter(([, n]) => n > 0).map(([path]) => path).sort();
}

function summaries(source: FilesSource, s: Side): FileSummary[] {
  return source.files.map((f) => ({ path: f.path, package: s.outlines.get(f.path)?.package ?? "" }));
}
