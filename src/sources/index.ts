import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { closest } from "../model/suggest.js";
import { InputError } from "../model/errors.js";
import { upward, type GitFiles } from "../model/tree.js";
import type { SourceFile } from "../frontend/index.js";
import type { ImageInput } from "../image/build.js";
import { readDescriptorSet } from "./descriptor-set.js";
import { includeReader, isSkippedPath, readProtoDir } from "./dir.js";
import { GitRepo, type GitEntry, type GitReadStats } from "./git.js";
import { parseBufGitInput, parseRevision, type RevisionSpec } from "./revision.js";

interface SourceCommon {
  /** The input as the user gave it. */
  readonly spec: string;
  /** The input named for people, saying what it was read as: `main (git revision 3f9c2e1)`. */
  readonly description: string;
  /**
   * What display paths start with: a directory as typed (`proto`), a git
   * revision and subdirectory (`main:proto`, `main:`), or "" (paths as they are).
   */
  readonly display: string;
}

/** `.proto` files read from a directory, a git revision or the git index. */
export interface FilesSource extends SourceCommon {
  readonly kind: "dir" | "git" | "staged";
  /** Module-relative paths with `/` separators, sorted. */
  readonly files: readonly SourceFile[];
  /** Reads an import from the include paths (for git inputs, as of the same revision). */
  readonly readImport: (path: string) => Uint8Array | undefined;
}

/** A FileDescriptorSet (or buf image, or snapshot): already compiled. */
export interface DescriptorSetSource extends SourceCommon {
  readonly kind: "descriptor-set";
  readonly inputs: readonly ImageInput[];
  /** False when the set has no SourceCodeInfo: findings then point at line 1 of their file. */
  readonly positionsKnown: boolean;
}

/** What one side of a comparison was read from. */
export type Source = FilesSource | DescriptorSetSource;

const BINARY_SETS = [".binpb", ".pb", ".bin"];

/** The descriptor set format a file name says, if any. */
function setFormat(name: string): "binary" | "json" | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  return BINARY_SETS.some((ext) => lower.endsWith(ext)) ? "binary" : undefined;
}

/** A name that is no directory, file or revision. */
class RevisionNotFound extends InputError {}

/** Where git revisions are read: the repository and the subdirectory the schema sits in. */
interface GitAnchor {
  readonly dir: string;
  readonly repo?: GitRepo;
  readonly prefix?: string;
  /** The top of the repository, written from the paths the user gave. */
  readonly top?: string;
}

/** Where an input's files are in git: a commit of a repository, or its index, below a subdirectory. */
interface GitPlace {
  readonly kind: "git" | "staged";
  readonly repo: GitRepo;
  /** The commit (kind "git"); undefined for the index, and for HEAD in a repository with no commit yet. */
  readonly commit: string | undefined;
  readonly description: string;
  /** What display paths start with. */
  readonly display: string;
  /** The schema's directory inside the repository: "" at the top, else "a/b". */
  readonly prefix: string;
  /** The top of the repository in the file system, written from the paths the user gave. */
  readonly top: string;
  /** How git names a path of this version: `main:proto/a.proto`, `:proto/a.proto` for the index. */
  readonly name: (path: string) => string;
}

/** Where an input is: a directory or descriptor set in the file system, or a place in git. */
type Place = { readonly kind: "path"; readonly path: string } | GitPlace;

export interface SourceReaderOptions {
  /** Directory the inputs are relative to. */
  readonly cwd: string;
  /** Import paths, relative to cwd. */
  readonly include?: readonly string[];
}

/** What readers made from one another share: the repositories, the sources read and the places found. */
interface ReaderState {
  readonly repos: Map<string, Promise<GitRepo | undefined>>;
  readonly byTop: Map<string, GitRepo>;
  readonly anchors: WeakMap<Source, GitAnchor>;
  readonly places: Map<string, Promise<Place>>;
}

/** The top of the repository, for a directory `dir` that is at `path` inside it. */
function above(dir: string, path: string): string {
  return path === "" ? dir : resolve(dir, ...path.split("/").map(() => ".."));
}

/**
 * Reads inputs (directories, descriptor sets, git revisions, the git index)
 * into sources. One reader serves both sides of a comparison, so they share
 * one repository and the blobs read from it.
 */
export class SourceReader {
  private readonly cwd: string;
  private readonly include: readonly string[];
  private readonly state: ReaderState;

  constructor(options: SourceReaderOptions, state?: ReaderState) {
    this.cwd = options.cwd;
    this.include = options.include ?? [];
    this.state = state ?? { repos: new Map(), byTop: new Map(), anchors: new WeakMap(), places: new Map() };
  }

  /** A reader with other import paths that shares this one's repositories, blobs and sources. */
  withInclude(include: readonly string[]): SourceReader {
    return new SourceReader({ cwd: this.cwd, include }, this.state);
  }

  /** Git processes started and blobs read so far, over every repository. */
  async gitStats(): Promise<GitReadStats> {
    const total: GitReadStats = { catFileProcesses: 0, blobsRead: 0 };
    await Promise.all(this.state.repos.values());
    for (const repo of this.state.byTop.values()) {
      total.catFileProcesses += repo.stats.catFileProcesses;
      total.blobsRead += repo.stats.blobsRead;
    }
    return total;
  }

  /**
   * Reads an input spec: a directory of `.proto` files, a descriptor set
   * (`.binpb`, `.pb`, `.bin`, `.json`), buf's `.git#branch=…,subdir=…`, or a
   * git revision (`main`, `HEAD~1`, `v1.2.0`, `main...HEAD`). A name that
   * exists on disk is a directory or file; otherwise it is a revision.
   * Revisions are read at the subdirectory of `relativeTo` (the other
   * side), so `proto --against main` compares proto/ with main's proto/.
   * `what` names the input in messages.
   */
  async read(spec: string, what: string, relativeTo?: Source): Promise<Source> {
    const place = await this.placeOf(spec, what, false, relativeTo);
    return place.kind === "path" ? this.readPath(spec, place.path, what) : this.readGit(spec, place);
  }

  /**
   * Reads the git index below a directory of the work tree: the content
   * `git commit` would record, without unstaged edits or untracked files.
   */
  async readStaged(spec: string, what = "--staged"): Promise<Source> {
    return this.readGit(spec, (await this.placeOf(spec, what, true)) as GitPlace);
  }

  /**
   * The files with these names in the directory an input's schema is read
   * at and in each directory above it, up to the top of the repository, as
   * of the input's revision or, with `staged`, of the index: what the input's
   * own configuration is read from. Undefined for an input read from the
   * file system (a directory, a descriptor set). The files are read in one
   * `git cat-file --batch`, with the same errors as reading the input.
   */
  async filesAbove(spec: string, what: string, staged: boolean, names: readonly string[]): Promise<GitFiles | undefined> {
    const place = await this.placeOf(spec, what, staged);
    if (place.kind === "path") return undefined;
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

  /** Where an input is; found once for the side read first (which names no other side). */
  private placeOf(spec: string, what: string, staged: boolean, relativeTo?: Source): Promise<Place> {
    if (relativeTo !== undefined) return this.locate(spec, what, relativeTo);
    const key = `${staged ? "staged" : "read"}\0${what}\0${spec}`;
    let place = this.state.places.get(key);
    if (place === undefined) {
      place = staged ? this.locateStaged(spec, what) : this.locate(spec, what, undefined);
      this.state.places.set(key, place);
    }
    return place;
  }

  private async locate(spec: string, what: string, relativeTo: Source | undefined): Promise<Place> {
    if (spec === "") throw new InputError(`${what}: an empty input`);
    const path = resolve(this.cwd, spec);
    const onDisk = existsSync(path);
    if (onDisk && (statSync(path).isDirectory() || setFormat(spec) !== undefined)) return { kind: "path", path };
    if (onDisk) {
      // A file that is no descriptor set may share its name with a revision (a binary named "main").
      const notASet = new InputError(`${what} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
      let revision: RevisionSpec;
      try {
        revision = parseRevision(spec, what);
      } catch {
        throw notASet;
      }
      try {
        return await this.locateNamedRevision(spec, what, revision, relativeTo);
      } catch (err) {
        throw err instanceof RevisionNotFound ? notASet : err;
      }
    }
    const buf = parseBufGitInput(spec, what);
    if (buf !== undefined) {
      const at = resolve(this.cwd, buf.repository);
      if (!existsSync(at)) throw new InputError(`${what} "${spec}": no git repository at ${buf.repository}`);
      const dir = basename(at) === ".git" ? dirname(at) : at;
      const repo = await this.repo(dir);
      if (repo === undefined) throw new InputError(`${what} "${spec}": ${buf.repository} is not a git repository`);
      return this.locateRevision(spec, what, repo, buf.revision, buf.subdir, dir, true);
    }
    return this.locateNamedRevision(spec, what, parseRevision(spec, what), relativeTo);
  }

  /** A revision of the repository of `relativeTo` (or of cwd), at the same subdirectory. */
  private async locateNamedRevision(
    spec: string,
    what: string,
    revision: RevisionSpec,
    relativeTo: Source | undefined,
  ): Promise<GitPlace> {
    const anchor = (relativeTo && this.state.anchors.get(relativeTo)) ?? { dir: this.cwd };
    let repo = anchor.repo ?? (await this.repo(anchor.dir));
    let prefixDir = anchor.dir;
    if (repo === undefined && anchor.dir !== this.cwd) {
      repo = await this.repo(this.cwd);
      prefixDir = this.cwd;
    }
    if (repo === undefined) {
      throw new RevisionNotFound(`${what} "${spec}": no directory, file or git revision by that name (not in a git repository)`);
    }
    if (anchor.repo === repo && anchor.prefix !== undefined) {
      return this.locateRevision(spec, what, repo, revision, anchor.prefix, anchor.top ?? repo.top, false);
    }
    const prefix = await repo.prefixOf(prefixDir);
    return this.locateRevision(spec, what, repo, revision, prefix, repo.bare ? repo.top : above(prefixDir, prefix), false);
  }

  /** The index below a directory of the work tree. */
  private async locateStaged(spec: string, what: string): Promise<GitPlace> {
    const dir = resolve(this.cwd, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`${what}: "${spec}" is not a directory (with --staged, INPUT is the schema's directory in the work tree)`);
    }
    const repo = await this.repo(dir);
    if (repo === undefined || repo.bare) throw new InputError(`${what}: ${spec} is not in a git work tree`);
    const prefix = await repo.prefixOf(dir);
    return {
      kind: "staged",
      repo,
      commit: undefined,
      description: `${spec} (staged: the git index)`,
      display: spec === "." ? "" : spec,
      prefix,
      top: above(dir, prefix),
      name: (path) => `:${path}`,
    };
  }

  /** The repository that contains a directory; one GitRepo per repository, whichever directory finds it. */
  private repo(dir: string): Promise<GitRepo | undefined> {
    let pending = this.state.repos.get(dir);
    if (pending === undefined) {
      pending = GitRepo.open(dir).then((repo) => {
        if (repo === undefined) return undefined;
        const same = this.state.byTop.get(repo.top);
        if (same !== undefined) return same;
        this.state.byTop.set(repo.top, repo);
        return repo;
      });
      this.state.repos.set(dir, pending);
    }
    return pending;
  }

  private readPath(spec: string, path: string, what: string): Source {
    if (statSync(path).isDirectory()) {
      const source: FilesSource = {
        kind: "dir",
        spec,
        description: `${spec} (directory)`,
        display: spec,
        files: readProtoDir(path),
        readImport: includeReader(this.include.map((dir) => resolve(this.cwd, dir))),
      };
      this.state.anchors.set(source, { dir: path });
      return source;
    }
    const format = setFormat(spec);
    if (format === undefined) {
      throw new InputError(`${what} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
    }
    const inputs = readDescriptorSet(readFileSync(path), format, spec);
    const positionsKnown = inputs.some((i) => !i.isImport && (i.proto.sourceCodeInfo?.location.length ?? 0) > 0);
    const source: DescriptorSetSource = {
      kind: "descriptor-set",
      spec,
      description: positionsKnown
        ? `${spec} (descriptor set)`
        : `${spec} (descriptor set without source info: positions unknown)`,
      display: "",
      inputs,
      positionsKnown,
    };
    this.state.anchors.set(source, { dir: this.cwd });
    return source;
  }

  /** The commit a revision names in a repository, and how its files are named. */
  private async locateRevision(
    spec: string,
    what: string,
    repo: GitRepo,
    revision: RevisionSpec,
    prefix: string,
    top: string,
    explicitSubdir: boolean,
  ): Promise<GitPlace> {
    const at = prefix === "" ? "" : ` at ${prefix}/`;
    const place = (commit: string | undefined, label: string, description: string): GitPlace => ({
      kind: "git",
      repo,
      commit,
      description,
      display: `${label}:${prefix}`,
      prefix,
      top,
      name: (path) => `${label}:${path}`,
    });
    let commit: string;
    let label: string;
    let description: string;
    if (revision.kind === "revision") {
      const found = await repo.resolve(revision.revision);
      if (found === undefined) {
        if (revision.revision === "HEAD" && !repo.shallow) return place(undefined, "HEAD", `${spec} (no commits yet: an empty schema)`);
        throw await this.notFound(repo, spec, what, revision.label);
      }
      commit = found;
      label = revision.label;
      description = `${spec} (git revision ${await repo.short(commit)}${at})`;
    } else {
      const from = await repo.resolve(revision.from);
      if (from === undefined) throw await this.notFound(repo, spec, what, revision.from);
      const to = await repo.resolve(revision.to);
      if (to === undefined) throw await this.notFound(repo, spec, what, revision.to);
      const base = await repo.mergeBase(from, to);
      if (base === undefined) {
        throw new InputError(
          repo.shallow
            ? `${what} "${spec}": the merge base of ${revision.from} and ${revision.to} is not in this shallow clone. ${SHALLOW_FIX}`
            : `${what} "${spec}": ${revision.from} and ${revision.to} have no common ancestor`,
        );
      }
      commit = base;
      label = await repo.short(base);
      description = `${spec} (merge base ${label}${at})`;
    }
    if (explicitSubdir && prefix !== "" && !(await repo.hasPath(commit, prefix))) {
      throw new InputError(`${what} "${spec}": ${label} has no directory ${prefix}`);
    }
    return place(commit, label, description);
  }

  /** Reads the `.proto` files of a place in git, and the include paths as of the same version. */
  private async readGit(spec: string, place: GitPlace): Promise<Source> {
    const { repo, prefix, commit } = place;
    let files: SourceFile[] = [];
    let readImport: (path: string) => Uint8Array | undefined = () => undefined;
    if (place.kind === "staged" || commit !== undefined) {
      const list = (p: string): Promise<GitEntry[]> => (commit === undefined ? repo.listIndex(p) : repo.listTree(commit, p));
      const entries = await list(prefix);
      const imports = await this.gitImports(repo, list);
      const blobs = await repo.readBlobs([...entries, ...imports.entries].map((e) => e.oid));
      files = moduleFiles(entries, prefix, blobs);
      readImport = imports.reader(blobs);
    }
    const source: FilesSource = { kind: place.kind, spec, description: place.description, display: place.display, files, readImport };
    const dir = place.kind === "staged" ? resolve(this.cwd, spec) : repo.top;
    this.state.anchors.set(source, { dir, repo, prefix, top: place.top });
    return source;
  }

  /** The error for a revision that names nothing: a hint for a typo, or the fix for a shallow clone. */
  private async notFound(repo: GitRepo, spec: string, what: string, name: string): Promise<InputError> {
    if (repo.shallow) {
      return new InputError(`${what} "${spec}": no directory, file or git revision by that name in this shallow clone. ${SHALLOW_FIX}`);
    }
    const hint = closest(name, await repo.refNames());
    return new RevisionNotFound(
      `${what} "${spec}": no directory, file or git revision by that name${hint ? ` (did you mean "${hint}"?)` : ""}`,
    );
  }

  /**
   * The include paths as of a revision (or the index): those inside the
   * repository are listed there and read with the schema's files; those
   * outside it are read from disk.
   */
  private async gitImports(
    repo: GitRepo,
    list: (prefix: string) => Promise<GitEntry[]>,
  ): Promise<{ entries: GitEntry[]; reader: (blobs: Map<string, Uint8Array>) => (path: string) => Uint8Array | undefined }> {
    const entries: GitEntry[] = [];
    const parts: ({ prefix: string; entries: GitEntry[] } | { disk: (path: string) => Uint8Array | undefined })[] = [];
    for (const include of this.include) {
      const abs = resolve(this.cwd, include);
      const rel = repo.bare ? ".." : relative(real(repo.top), real(abs)).split("\\").join("/");
      if (rel.startsWith("..") || isAbsolute(rel)) {
        parts.push({ disk: includeReader([abs]) });
        continue;
      }
      const found = await list(rel);
      entries.push(...found);
      parts.push({ prefix: rel, entries: found });
    }
    const reader = (blobs: Map<string, Uint8Array>) => {
      const lookups = parts.map((part) => {
        if ("disk" in part) return part.disk;
        const byPath = new Map(moduleFiles(part.entries, part.prefix, blobs).map((f) => [f.path, f.bytes]));
        return (path: string) => byPath.get(path);
      });
      return (path: string): Uint8Array | undefined => {
        for (const lookup of lookups) {
          const bytes = lookup(path);
          if (bytes !== undefined) return bytes;
        }
        return undefined;
      };
    };
    return { entries, reader };
  }
}

const SHALLOW_FIX =
  "Fetch the history before comparing: set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow.";

/** A path with symbolic links resolved, as far as it exists (an include path may be in a revision only). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const up = dirname(path);
    return up === path ? path : resolve(real(up), basename(path));
  }
}

/** Files below `prefix`, with paths relative to it, sorted, skipping the directories a directory input skips. */
function moduleFiles(entries: readonly GitEntry[], prefix: string, blobs: Map<string, Uint8Array>): SourceFile[] {
  const files: SourceFile[] = [];
  for (const e of entries) {
    const path = prefix === "" ? e.path : e.path.slice(prefix.length + 1);
    if (isSkippedPath(path)) continue;
    files.push({ path, bytes: blobs.get(e.oid) as Uint8Array });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
