import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { closest } from "../config/suggest.js";
import { InputError } from "../errors.js";
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
}

export interface SourceReaderOptions {
  /** Directory the inputs are relative to. */
  readonly cwd: string;
  /** Import paths, relative to cwd. */
  readonly include?: readonly string[];
}

/**
 * Reads inputs (directories, descriptor sets, git revisions, the git index)
 * into sources. One reader serves both sides of a comparison, so they share
 * one repository and the blobs read from it.
 */
export class SourceReader {
  private readonly cwd: string;
  private readonly include: readonly string[];
  private readonly repos = new Map<string, Promise<GitRepo | undefined>>();
  private readonly byTop = new Map<string, GitRepo>();
  private readonly anchors = new WeakMap<Source, GitAnchor>();

  constructor(options: SourceReaderOptions) {
    this.cwd = options.cwd;
    this.include = options.include ?? [];
  }

  /** Git processes started and blobs read so far, over every repository. */
  async gitStats(): Promise<GitReadStats> {
    const total: GitReadStats = { catFileProcesses: 0, blobsRead: 0 };
    await Promise.all(this.repos.values());
    for (const repo of this.byTop.values()) {
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
    if (spec === "") throw new InputError(`${what}: an empty input`);
    const path = resolve(this.cwd, spec);
    const onDisk = existsSync(path);
    if (onDisk && (statSync(path).isDirectory() || setFormat(spec) !== undefined)) return this.readPath(spec, path, what);
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
        return await this.readNamedRevision(spec, what, revision, relativeTo);
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
      return this.readRevision(spec, what, repo, buf.revision, buf.subdir, true);
    }
    return this.readNamedRevision(spec, what, parseRevision(spec, what), relativeTo);
  }

  /** A revision of the repository of `relativeTo` (or of cwd), at the same subdirectory. */
  private async readNamedRevision(
    spec: string,
    what: string,
    revision: RevisionSpec,
    relativeTo: Source | undefined,
  ): Promise<Source> {
    const anchor = (relativeTo && this.anchors.get(relativeTo)) ?? { dir: this.cwd };
    let repo = anchor.repo ?? (await this.repo(anchor.dir));
    let prefixDir = anchor.dir;
    if (repo === undefined && anchor.dir !== this.cwd) {
      repo = await this.repo(this.cwd);
      prefixDir = this.cwd;
    }
    if (repo === undefined) {
      throw new RevisionNotFound(`${what} "${spec}": no directory, file or git revision by that name (not in a git repository)`);
    }
    const prefix = anchor.repo === repo && anchor.prefix !== undefined ? anchor.prefix : await repo.prefixOf(prefixDir);
    return this.readRevision(spec, what, repo, revision, prefix, false);
  }

  /**
   * Reads the git index below a directory of the work tree: the content
   * `git commit` would record, without unstaged edits or untracked files.
   */
  async readStaged(spec: string, what = "--staged"): Promise<Source> {
    const dir = resolve(this.cwd, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`${what}: "${spec}" is not a directory (with --staged, INPUT is the schema's directory in the work tree)`);
    }
    const repo = await this.repo(dir);
    if (repo === undefined || repo.bare) throw new InputError(`${what}: ${spec} is not in a git work tree`);
    const prefix = await repo.prefixOf(dir);
    const entries = await repo.listIndex(prefix);
    const imports = await this.gitImports(repo, (p) => repo.listIndex(p));
    const blobs = await repo.readBlobs([...entries, ...imports.entries].map((e) => e.oid));
    const source: FilesSource = {
      kind: "staged",
      spec,
      description: `${spec} (staged: the git index)`,
      display: spec === "." ? "" : spec,
      files: moduleFiles(entries, prefix, blobs),
      readImport: imports.reader(blobs),
    };
    this.anchors.set(source, { dir, repo, prefix });
    return source;
  }

  /** The repository that contains a directory; one GitRepo per repository, whichever directory finds it. */
  private repo(dir: string): Promise<GitRepo | undefined> {
    let pending = this.repos.get(dir);
    if (pending === undefined) {
      pending = GitRepo.open(dir).then((repo) => {
        if (repo === undefined) return undefined;
        const same = this.byTop.get(repo.top);
        if (same !== undefined) return same;
        this.byTop.set(repo.top, repo);
        return repo;
      });
      this.repos.set(dir, pending);
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
      this.anchors.set(source, { dir: path });
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
    this.anchors.set(source, { dir: this.cwd });
    return source;
  }

  private async readRevision(
    spec: string,
    what: string,
    repo: GitRepo,
    revision: RevisionSpec,
    prefix: string,
    explicitSubdir: boolean,
  ): Promise<Source> {
    const at = prefix === "" ? "" : ` at ${prefix}/`;
    let commit: string;
    let label: string;
    let description: string;
    if (revision.kind === "revision") {
      const found = await repo.resolve(revision.revision);
      if (found === undefined) {
        if (revision.revision === "HEAD" && !repo.shallow) {
          const source: FilesSource = {
            kind: "git",
            spec,
            description: `${spec} (no commits yet: an empty schema)`,
            display: `HEAD:${prefix}`,
            files: [],
            readImport: () => undefined,
          };
          this.anchors.set(source, { dir: repo.top, repo, prefix });
          return source;
        }
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
    const entries = await repo.listTree(commit, prefix);
    const imports = await this.gitImports(repo, (p) => repo.listTree(commit, p));
    const blobs = await repo.readBlobs([...entries, ...imports.entries].map((e) => e.oid));
    const source: FilesSource = {
      kind: "git",
      spec,
      description,
      display: `${label}:${prefix}`,
      files: moduleFiles(entries, prefix, blobs),
      readImport: imports.reader(blobs),
    };
    this.anchors.set(source, { dir: repo.top, repo, prefix });
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

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
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
