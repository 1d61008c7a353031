import type { SourceFile } from "../frontend/index.js";
import { outlineOf, type FileOutline } from "../frontend/scan.js";
import { wellKnownFile } from "../frontend/wkt.js";
import { DIRECTIVE } from "../config/suppress.js";
import type { FilesSource } from "../sources/index.js";

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
  /** Paths whose bytes are the same as the other side's (for the side outlined second). */
  readonly same: ReadonlySet<string>;
}

const NEEDLE = Buffer.from(DIRECTIVE);

function view(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.byteLength === b.byteLength && view(a).equals(view(b)));
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
 * module file sits where a well-known type does.
 */
export function planIncremental(previous: FilesSource, current: FilesSource): IncrementalPlan | undefined {
  const prevSide = side(previous.files, undefined);
  if (prevSide === undefined) return undefined;
  const curSide = side(current.files, prevSide);
  if (curSide === undefined) return undefined;
  const packagesOf = (s: Side): Set<string> => new Set([...s.outlines.values()].map((o) => o.package));
  const prevPackages = packagesOf(prevSide);
  const curPackages = packagesOf(curSide);
  if ([...prevPackages].some((p) => !curPackages.has(p))) return undefined;

  const paths = new Set([...prevSide.byPath.keys(), ...curSide.byPath.keys()]);
  const changed: string[] = [];
  for (const path of paths) {
    const p = prevSide.byPath.get(path);
    const c = curSide.byPath.get(path);
    if (p === undefined || c === undefined || !curSide.same.has(path)) changed.push(path);
  }
  const sides = [prevSide, curSide];
  // Files that import a path, on either side.
  const importers = new Map<string, string[]>();
  for (const s of sides) {
    for (const [path, o] of s.outlines) {
      for (const imp of o.imports) {
        const list = importers.get(imp);
        if (list === undefined) importers.set(imp, [path]);
        else list.push(path);
      }
    }
  }
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
  for (const s of sides) {
    for (const [path, o] of s.outlines) {
      if (dirtyPackages.has(o.package) || (dirtyExtends && o.extends)) seeds.add(path);
    }
  }
  for (const f of current.files) if (view(f.bytes).includes(NEEDLE)) seeds.add(f.path);

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
    wellKnown: { previous: wellKnownImports(prevSide), current: wellKnownImports(curSide) },
    files: { previous: summaries(previous, prevSide), current: summaries(current, curSide) },
  };
}

/**
 * The outlines of one side's files; a file with the same bytes as the
 * other side's file at its path shares that file's outline. Undefined when
 * a file does not outline or is at a well-known type's path.
 */
function side(files: readonly SourceFile[], other: Side | undefined): Side | undefined {
  const byPath = new Map<string, SourceFile>();
  const outlines = new Map<string, FileOutline>();
  const same = new Set<string>();
  for (const f of files) {
    if (wellKnownFile(f.path) !== undefined) return undefined;
    byPath.set(f.path, f);
    const twin = other?.byPath.get(f.path);
    if (twin !== undefined && sameBytes(twin.bytes, f.bytes)) same.add(f.path);
    const o = same.has(f.path) ? other?.outlines.get(f.path) : outlineOf(f.bytes);
    if (o === undefined) return undefined;
    outlines.set(f.path, o);
  }
  return { byPath, outlines, same };
}

function wellKnownImports(s: Side): string[] {
  const found = new Set<string>();
  for (const o of s.outlines.values()) for (const imp of o.imports) if (!s.byPath.has(imp) && wellKnownFile(imp) !== undefined) found.add(imp);
  return [...found].sort();
}

function summaries(source: FilesSource, s: Side): FileSummary[] {
  return source.files.map((f) => ({ path: f.path, package: s.outlines.get(f.path)?.package ?? "" }));
}
