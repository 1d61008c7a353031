import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { closest } from "../model/suggest.js";
import { InputError } from "../model/errors.js";
import { setFormat } from "./descriptor-set.js";
import { GitRepo, type GitReadStats } from "./git.js";
import { parseBufGitInput, parseRevision, type RevisionSpec } from "./revision.js";
import type { Source } from "./source.js";

/** Where an input's files are in git: a commit of a repository, or its index, below a subdirectory. */
export interface GitPlace {
  readonly kind: "git" | "staged";
  readonly repo: GitRepo;
  /** The commit (kind "git"); undefined for the index, and for HEAD in a repository with no commit yet. */
  readonly commit: string | undefined;
  /** The revision as named in messages (`main`, a short merge base, `HEAD`); "" for the index. */
  readonly revision: string;
  /**
   * The version as described in messages (`main (git revision 1a2b3c4)`).
   * A promise: naming a commit as git abbreviates it is a git process of
   * its own, which runs beside the listing of the commit's files.
   */
  readonly description: Promise<string>;
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
export type Place = { readonly kind: "path"; readonly path: string } | GitPlace;

/** Where git revisions are read relative to a source: the repository and the subdirectory its schema sits in. */
export interface GitAnchor {
  readonly dir: string;
  readonly repo?: GitRepo;
  readonly prefix?: string;
  /** The top of the repository, written from the paths the user gave. */
  readonly top?: string;
}

/** A name that is no directory, file or revision. */
class RevisionNotFound extends InputError {}

const SHALLOW_FIX =
  "Fetch the history before comparing: set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow.";

/** The top of the repository, for a directory `dir` that is at `path` inside it. */
function above(dir: string, path: string): string {
  return path === "" ? dir : resolve(dir, ...path.split("/").map(() => ".."));
}

/**
 * Finds where input specs are: a directory or a descriptor set on disk,
 * buf's `.git#branch=…,subdir=…`, a git revision (`main`, `HEAD~1`,
 * `main...HEAD`) or the git index. It opens each repository once, and
 * remembers where each source read was anchored so that the other side's
 * revision is read at the same subdirectory. `label` names the side in
 * messages ("the previous version", or a flag the caller reports with).
 */
export class Locator {
  private readonly repos = new Map<string, Promise<GitRepo | undefined>>();
  private readonly byTop = new Map<string, GitRepo>();
  private readonly anchors = new WeakMap<Source, GitAnchor>();
  private readonly places = new Map<string, Promise<Place>>();

  constructor(private readonly cwd: string) {}

  /** Remembers where a source was read, for revisions read relative to it. */
  anchor(source: Source, anchor: GitAnchor): void {
    this.anchors.set(source, anchor);
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

  /** Where an input is; found once for the side read first (which names no other side). */
  placeOf(spec: string, label: string, staged: boolean, relativeTo?: Source): Promise<Place> {
    if (relativeTo !== undefined) return this.locate(spec, label, relativeTo);
    const key = `${staged ? "staged" : "read"}\0${label}\0${spec}`;
    let place = this.places.get(key);
    if (place === undefined) {
      place = staged ? this.locateStaged(spec, label) : this.locate(spec, label, undefined);
      this.places.set(key, place);
    }
    return place;
  }

  private async locate(spec: string, label: string, relativeTo: Source | undefined): Promise<Place> {
    if (spec === "") throw new InputError(`${label}: an empty input`);
    // buf's git syntax first: as a path, `.git#branch=main,subdir=x/..` would name the current directory.
    const buf = parseBufGitInput(spec, label);
    if (buf !== undefined) {
      const at = resolve(this.cwd, buf.repository);
      if (!existsSync(at)) throw new InputError(`${label} "${spec}": no git repository at ${buf.repository}`);
      const dir = basename(at) === ".git" ? dirname(at) : at;
      const repo = await this.repo(dir);
      if (repo === undefined) throw new InputError(`${label} "${spec}": ${buf.repository} is not a git repository`);
      return this.locateRevision(spec, label, repo, buf.revision, buf.subdir, dir, true);
    }
    const path = resolve(this.cwd, spec);
    const onDisk = existsSync(path);
    if (onDisk && (statSync(path).isDirectory() || setFormat(spec) !== undefined)) return { kind: "path", path };
    if (onDisk) {
      // A file that is no descriptor set may share its name with a revision (a binary named "main").
      const notASet = new InputError(`${label} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
      let revision: RevisionSpec;
      try {
        revision = parseRevision(spec, label);
      } catch {
        throw notASet;
      }
      try {
        return await this.locateNamedRevision(spec, label, revision, relativeTo);
      } catch (err) {
        throw err instanceof RevisionNotFound ? notASet : err;
      }
    }
    return this.locateNamedRevision(spec, label, parseRevision(spec, label), relativeTo);
  }

  /** A revision of the repository of `relativeTo` (or of cwd), at the same subdirectory. */
  private async locateNamedRevision(
    spec: string,
    label: string,
    revision: RevisionSpec,
    relativeTo: Source | undefined,
  ): Promise<GitPlace> {
    const anchor = (relativeTo && this.anchors.get(relativeTo)) ?? { dir: this.cwd };
    let repo = anchor.repo ?? (await this.repo(anchor.dir));
    let prefixDir = anchor.dir;
    if (repo === undefined && anchor.dir !== this.cwd) {
      repo = await this.repo(this.cwd);
      prefixDir = this.cwd;
    }
    if (repo === undefined) {
      throw new RevisionNotFound(`${label} "${spec}": no directory, file or git revision by that name (not in a git repository)`);
    }
    if (anchor.repo === repo && anchor.prefix !== undefined) {
      return this.locateRevision(spec, label, repo, revision, anchor.prefix, anchor.top ?? repo.top, false);
    }
    const prefix = await repo.prefixOf(prefixDir);
    return this.locateRevision(spec, label, repo, revision, prefix, repo.bare ? repo.top : above(prefixDir, prefix), false);
  }

  /** The index below a directory of the work tree. */
  private async locateStaged(spec: string, label: string): Promise<GitPlace> {
    const dir = resolve(this.cwd, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`${label}: "${spec}" is not a directory (the staged schema is read below a directory of the work tree)`);
    }
    const repo = await this.repo(dir);
    if (repo === undefined || repo.bare) throw new InputError(`${label}: ${spec} is not in a git work tree`);
    // A staged check compares with HEAD unless told otherwise: git resolves it while the index is read.
    // The answer is kept (see GitRepo.resolve), and its failure is the comparison's to report.
    repo.resolve("HEAD").catch(() => undefined);
    const prefix = await repo.prefixOf(dir);
    return {
      kind: "staged",
      repo,
      commit: undefined,
      revision: "",
      description: Promise.resolve(`${spec} (staged: the git index)`),
      display: spec === "." ? "" : spec,
      prefix,
      top: above(dir, prefix),
      name: (path) => `:${path}`,
    };
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

  /** The commit a revision names in a repository, and how its files are named. */
  private async locateRevision(
    spec: string,
    label: string,
    repo: GitRepo,
    revision: RevisionSpec,
    prefix: string,
    top: string,
    explicitSubdir: boolean,
  ): Promise<GitPlace> {
    const at = prefix === "" ? "" : ` at ${prefix}/`;
    const place = (commit: string | undefined, name: string, description: Promise<string>): GitPlace => ({
      kind: "git",
      repo,
      commit,
      revision: name,
      description,
      display: `${name}:${prefix}`,
      prefix,
      top,
      name: (path) => `${name}:${path}`,
    });
    let commit: string;
    let name: string;
    let description: Promise<string>;
    if (revision.kind === "revision") {
      const found = await repo.resolve(revision.revision);
      if (found === undefined) {
        if (revision.revision === "HEAD" && !repo.shallow) return place(undefined, "HEAD", Promise.resolve(`${spec} (no commits yet: an empty schema)`));
        throw await this.notFound(repo, spec, label, revision.label);
      }
      commit = found;
      name = revision.label;
      // GitRepo.short never fails (it falls back to the first 7 hex digits): the promise may wait unobserved.
      description = repo.short(commit).then((short) => `${spec} (git revision ${short}${at})`);
    } else {
      const from = await repo.resolve(revision.from);
      if (from === undefined) throw await this.notFound(repo, spec, label, revision.from);
      const to = await repo.resolve(revision.to);
      if (to === undefined) throw await this.notFound(repo, spec, label, revision.to);
      const base = await repo.mergeBase(from, to);
      if (base === undefined) {
        throw new InputError(
          repo.shallow
            ? `${label} "${spec}": the merge base of ${revision.from} and ${revision.to} is not in this shallow clone. ${SHALLOW_FIX}`
            : `${label} "${spec}": ${revision.from} and ${revision.to} have no common ancestor`,
        );
      }
      commit = base;
      name = await repo.short(base);
      description = Promise.resolve(`${spec} (merge base ${name}${at})`);
    }
    if (explicitSubdir && prefix !== "" && !(await repo.hasPath(commit, prefix))) {
      throw new InputError(`${label} "${spec}": ${name} has no directory ${prefix}`);
    }
    return place(commit, name, description);
  }

  /** The error for a revision that names nothing: a hint for a typo, or the fix for a shallow clone. */
  private async notFound(repo: GitRepo, spec: string, label: string, name: string): Promise<InputError> {
    if (repo.shallow) {
      return new InputError(`${label} "${spec}": no directory, file or git revision by that name in this shallow clone. ${SHALLOW_FIX}`);
    }
    const hint = closest(name, await repo.refNames());
    return new RevisionNotFound(
      `${label} "${spec}": no directory, file or git revision by that name${hint ? ` (did you mean "${hint}"?)` : ""}`,
    );
  }
}
