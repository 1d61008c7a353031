import { isAbsolute, relative, resolve } from "node:path";
import type { SourceFile } from "../model/inputs.js";
import { InputError } from "../model/errors.js";
import { real } from "../model/confine.js";
import { checkIncludeDir, includeReader, isDirectory, isSkippedPath, missingInclude } from "./dir.js";
import type { GitEntry, GitRepo } from "./git.js";
import type { GitPlace } from "./locate.js";
import { byPath, upward, type FilesSource, type GitFiles, type SourceBlobs } from "./source.js";

/** Include paths as given, and the directory they are relative to. */
export interface Includes {
  readonly cwd: string;
  readonly paths: readonly string[];
}

/** The entries below `prefix`, with paths relative to it, skipping the directories a directory input skips. */
function moduleEntries(entries: readonly GitEntry[], prefix: string): GitEntry[] {
  const kept: GitEntry[] = [];
  for (const e of entries) {
    const path = prefix === "" ? e.path : e.path.slice(prefix.length + 1);
    if (!isSkippedPath(path)) kept.push({ path, oid: e.oid });
  }
  return kept;
}

/** Files below `prefix`, with paths relative to it, sorted, skipping the directories a directory input skips. */
function moduleFiles(entries: readonly GitEntry[], prefix: string, blobs: Map<string, Uint8Array>): SourceFile[] {
  return moduleEntries(entries, prefix)
    .map((e) => ({ path: e.path, bytes: blobs.get(e.oid) as Uint8Array }))
    .sort(byPath);
}

/**
 * Files whose bytes are read from git when first asked for: the first file
 * asked for reads every file of the source not read yet, in one batch.
 */
function lazyFiles(repo: GitRepo, entries: readonly GitEntry[], workTree: ReadonlyMap<string, string> | undefined): { files: SourceFile[]; blobs: SourceBlobs } {
  const oids = new Map(entries.map((e) => [e.path, e.oid]));
  const bytesOf = (oid: string): Uint8Array => {
    const known = repo.blob(oid);
    if (known !== undefined) return known;
    repo.readBlobsSync([...oids.values()]);
    return repo.readBlobsSync([oid]).get(oid) as Uint8Array;
  };
  const files = entries.map((e): SourceFile => {
    const oid = e.oid;
    return {
      path: e.path,
      get bytes() {
        return bytesOf(oid);
      },
    };
  });
  return { files: files.sort(byPath), blobs: { oids, repo, ...(workTree === undefined ? {} : { workTree }) } };
}

type ImportReader = (path: string) => Uint8Array | undefined;

/**
 * The include paths as of a revision (or the index): those inside the
 * repository are listed there and read with the schema's files; those
 * outside it are read from disk, and must be directories there.
 */
async function gitImports(
  repo: GitRepo,
  includes: Includes,
  list: (prefix: string) => Promise<GitEntry[]>,
): Promise<{ entries: GitEntry[]; reader: (blobs: Map<string, Uint8Array>) => ImportReader }> {
  const entries: GitEntry[] = [];
  const parts: ({ prefix: string; entries: GitEntry[] } | { disk: ImportReader })[] = [];
  for (const include of includes.paths) {
    const abs = resolve(includes.cwd, include);
    const rel = repo.bare ? ".." : relative(real(repo.top), real(abs)).split("\\").join("/");
    if (rel === ".." || rel.startsWith("../") || isAbsolute(rel)) {
      parts.push({ disk: includeReader([checkIncludeDir(includes.cwd, include)]) });
      continue;
    }
    const found = await list(rel);
    // Inside the repository, an include path is read from the version; it must be there or on disk.
    if (found.length === 0 && !isDirectory(abs)) throw missingInclude(include);
    entries.push(...found);
    parts.push({ prefix: rel, entries: found });
  }
  const reader = (blobs: Map<string, Uint8Array>): ImportReader => {
    const lookups = parts.map((part): ImportReader => {
      if ("disk" in part) return part.disk;
      const byName = new Map(moduleFiles(part.entries, part.prefix, blobs).map((f) => [f.path, f.bytes]));
      return (path) => byName.get(path);
    });
    return (path) => {
      for (const lookup of lookups) {
        const bytes = lookup(path);
        if (bytes !== undefined) return bytes;
      }
      return undefined;
    };
  };
  return { entries, reader };
}

/** Where a place of git is, in messages about it: `main:proto/`, `the top of main`, `the git index below proto`. */
function placeName(place: GitPlace, spec: string): string {
  if (place.kind === "staged") return `the git index below ${spec}`;
  return place.prefix === "" ? `the top of ${place.revision}` : `${place.revision}:${place.prefix}/`;
}

/**
 * Reads the `.proto` files of a place in git, and the include paths as of
 * the same version. With `mayBeAbsent` (the previous version), a place with
 * no `.proto` file is a version from before the schema existed: the source is
 * marked absent. Otherwise that is an InputError.
 */
export async function readGitSource(
  spec: string,
  place: GitPlace,
  label: string,
  includes: Includes,
  mayBeAbsent: boolean,
): Promise<FilesSource> {
  const { repo, prefix, commit } = place;
  let files: SourceFile[] = [];
  let blobs: SourceBlobs | undefined;
  let readImport: ImportReader = () => undefined;
  if (place.kind === "staged" || commit !== undefined) {
    const list = (p: string): Promise<GitEntry[]> => (commit === undefined ? repo.listIndex(p) : repo.listTree(commit, p));
    const entries = await list(prefix);
    const imports = await gitImports(repo, includes, list);
    readImport = imports.reader(await repo.readBlobs(imports.entries.map((e) => e.oid)));
    const workTree = place.kind === "staged" ? new Map(entries.map((e) => [e.oid, e.path])) : undefined;
    ({ files, blobs } = lazyFiles(repo, moduleEntries(entries, prefix), workTree));
  }
  const absent = files.length === 0;
  if (absent && !mayBeAbsent) {
    throw new InputError(`${label} "${spec}": no .proto files in ${commit === undefined && place.kind === "git" ? "a repository with no commits" : placeName(place, spec)}`);
  }
  const described = await place.description;
  const description = absent && commit !== undefined ? `${described.slice(0, -1)}: no schema there yet)` : described;
  return { kind: place.kind, spec, description, display: place.display, absent, files, readImport, ...(blobs === undefined ? {} : { blobs }) };
}

/**
 * The files with these names in the directory of a place in git and in each
 * directory above it, up to the top of the repository, read in one
 * `git cat-file --batch`.
 */
export async function readFilesAbove(place: GitPlace, names: readonly string[]): Promise<GitFiles> {
  const paths = upward(place.prefix).flatMap((dir) => names.map((n) => (dir === "" ? n : `${dir}/${n}`)));
  const entries =
    place.kind === "staged"
      ? await place.repo.indexFiles(paths)
      : place.commit === undefined
        ? []
        : await place.repo.treeFiles(place.commit, paths);
  const blobs = await place.repo.readBlobs(entries.map((e) => e.oid));
  return {
    prefix: place.prefix,
    place: (path) => (path === "" ? place.top : resolve(place.top, path)),
    name: place.name,
    files: new Map(entries.map((e) => [e.path, blobs.get(e.oid) as Uint8Array])),
  };
}
