import { createHash } from "node:crypto";
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { SimpleGit } from "simple-git";
import { within } from "../model/confine.js";
import { InputError } from "../model/errors.js";

type ChildProcesses = typeof import("node:child_process");

let childProcesses: ChildProcesses | undefined;

/** node:child_process, loaded when git is first run: a run that reads only directories starts no process and loads none of it. */
function processes(): ChildProcesses {
  childProcesses ??= createRequire(import.meta.url)("node:child_process") as ChildProcesses;
  return childProcesses;
}

/**
 * The environment variables through which git (and git hooks) say which
 * repository, work tree, index and configuration to use. They are passed on
 * to every git process; other GIT_* variables are not.
 */
const GIT_LOCATION_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM",
  "GIT_CONFIG_NOSYSTEM",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
];

/** A path given to git as a pathspec that means that path, whatever characters it holds. */
function literal(path: string): string {
  return `:(literal)${path}`;
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toUpperCase().startsWith("GIT_") || GIT_LOCATION_ENV.includes(key)) env[key] = value;
  }
  return env;
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim();
}

/** One file of a tree or of the index: its path from the top of the repository and its blob. */
export interface GitEntry {
  readonly path: string;
  readonly oid: string;
}

/** How much a repository was read: git processes started for file contents, and blobs read. */
export interface GitReadStats {
  catFileProcesses: number;
  blobsRead: number;
}

/** A commit as its message is read for trailers. */
export interface CommitInfo {
  readonly hash: string;
  readonly author: string;
  readonly message: string;
}

const BLOB_MODES = new Set(["100644", "100755"]);

/**
 * A git repository, for the questions asked of it (simple-git) and for bulk
 * reads of file contents (one `git cat-file --batch` per read, whatever the
 * number of files). Blobs already read are kept, so a file that is the same
 * on both sides of a comparison is read once.
 */
export class GitRepo {
  readonly stats: GitReadStats = { catFileProcesses: 0, blobsRead: 0 };
  private readonly blobs = new Map<string, Uint8Array>();
  /** Answers already given, by question: a run asks some more than once (each side, then its approvals). */
  private readonly answers = new Map<string, Promise<string | undefined>>();

  private constructor(
    /** The top of the work tree (or the repository itself, when bare): where git runs. */
    readonly top: string,
    readonly shallow: boolean,
    readonly bare: boolean,
    /** The repository's own directory (shared by its worktrees): where a cache of what was read from it is kept. */
    readonly gitDir: string,
    private readonly git: SimpleGit,
  ) {}

  /**
   * The repository that contains `dir`, or undefined when there is none. One
   * git process says what the repository is, where its top is and where
   * `dir` is in it; a bare repository, which has no top, is asked again
   * without those.
   */
  static async open(dir: string): Promise<GitRepo | undefined> {
    const probe = await client(dir);
    const ask = async (args: readonly string[]): Promise<string[] | Error> => {
      try {
        return (await probe.raw(["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--git-common-dir", ...args])).split("\n");
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    };
    let lines = await ask(["--show-toplevel", "--show-prefix"]);
    const inWorkTree = !(lines instanceof Error);
    if (lines instanceof Error && !/not a git repository/i.test(message(lines))) lines = await ask([]);
    if (lines instanceof Error) {
      if (/not a git repository/i.test(message(lines))) return undefined;
      throw new InputError(`cannot run git in ${dir}: ${message(lines)}`);
    }
    const bare = lines[0] === "true";
    const shallow = lines[1] === "true";
    const gitDir = resolve(dir, lines[2] ?? ".");
    if (bare) return new GitRepo(dir, shallow, true, gitDir, probe);
    // Not bare, yet no work tree: `dir` is inside the repository's own directory.
    if (!inWorkTree) return undefined;
    const top = lines[3] ?? "";
    const repo = new GitRepo(top, shallow, false, gitDir, await client(top));
    repo.answers.set(`prefix\0${dir}`, Promise.resolve(lines[4] ?? ""));
    return repo;
  }

  /** The answer to a question asked before in this run, else `ask()`'s, kept. */
  private once(key: string, ask: () => Promise<string | undefined>): Promise<string | undefined> {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = ask();
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Where `dir` is inside the work tree: "" at the top, else "a/b" (without a trailing slash). */
  async prefixOf(dir: string): Promise<string> {
    if (this.bare) return "";
    const prefix = await this.once(`prefix\0${dir}`, async () => (await (await client(dir)).raw(["rev-parse", "--show-prefix"])).trim());
    return (prefix ?? "").replace(/\/$/, "");
  }

  /**
   * The commit a revision names, or undefined. The revision is only ever
   * given after `--end-of-options`; callers also refuse a leading "-".
   */
  resolve(revision: string): Promise<string | undefined> {
    return this.once(`resolve\0${revision}`, async () => {
      try {
        const out = await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
        const sha = out.trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
      } catch {
        return undefined;
      }
    });
  }

  /** The best common ancestor of two commits, or undefined when they have none (or it was not fetched). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      const sha = (await this.git.raw(["merge-base", "--end-of-options", a, b])).trim();
      return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The commits reachable from `to` and not from `from`, newest first, at
   * most `max`: each one's hash, author name and message. Both are commit
   * hashes (resolved by the caller), never user text.
   */
  async commitsBetween(from: string, to: string, max: number): Promise<CommitInfo[]> {
    const out = await this.git.raw(["log", `--max-count=${max}`, "--format=%H%x00%an%x00%B%x00%x01", "--end-of-options", `${from}..${to}`]);
    const commits: CommitInfo[] = [];
    for (const entry of out.split("\0\x01")) {
      const trimmed = entry.replace(/^\n/, "");
      const first = trimmed.indexOf("\0");
      const second = first < 0 ? -1 : trimmed.indexOf("\0", first + 1);
      if (second < 0) continue;
      commits.push({ hash: trimmed.slice(0, first), author: trimmed.slice(first + 1, second), message: trimmed.slice(second + 1) });
    }
    return commits;
  }

  /**
   * The output of a git command that only reads, with arguments the caller
   * builds from constants and commit hashes (never from user text).
   */
  async read(args: readonly string[]): Promise<string> {
    try {
      return await this.git.raw([...args]);
    } catch (err) {
      throw new InputError(`git ${args[0] ?? ""} failed in ${this.top}: ${message(err)}`);
    }
  }

  /** Whether HEAD points at a commit (false in a repository with no commit yet). */
  async hasHead(): Promise<boolean> {
    return (await this.resolve("HEAD")) !== undefined;
  }

  /** Short names of the branches, remote branches and tags, for "did you mean" hints. */
  async refNames(): Promise<string[]> {
    try {
      const out = await this.git.raw([
        "for-each-ref",
        "--format=%(refname:short)",
        "refs/heads",
        "refs/remotes",
        "refs/tags",
      ]);
      return out.split("\n").filter((s) => s !== "");
    } catch {
      return [];
    }
  }

  /** The tags that match a `git tag --list` pattern (`v*`), in git's order. */
  async tags(pattern: string): Promise<string[]> {
    let out: string;
    try {
      out = await this.git.raw(["tag", "--list", "--", pattern]);
    } catch (err) {
      throw new InputError(`cannot list the tags of ${this.top}: ${message(err)}`);
    }
    return out.split("\n").filter((s) => s !== "");
  }

  /** A commit's abbreviated name, as git prints it. */
  async short(commit: string): Promise<string> {
    const name = await this.once(`short\0${commit}`, async () => {
      try {
        return (await this.git.raw(["rev-parse", "--short", commit])).trim();
      } catch {
        return commit.slice(0, 7);
      }
    });
    return name ?? commit.slice(0, 7);
  }

  /** Whether a path (a directory) exists in a commit. */
  async hasPath(commit: string, path: string): Promise<boolean> {
    try {
      const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", literal(path)]);
      return out !== "";
    } catch {
      return false;
    }
  }

  /** The `.proto` files of a commit below `prefix`, or below any of several directories ("" for all). */
  async listTree(commit: string, prefix: string | readonly string[]): Promise<GitEntry[]> {
    const dirs = typeof prefix === "string" ? [prefix] : prefix;
    const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
    if (!dirs.includes("")) args.push("--", ...dirs.map(literal));
    return treeEntries(await this.git.raw(args), (path) => path.endsWith(".proto"));
  }

  /** The regular files of a commit at exactly these paths (those that are there). */
  async treeFiles(commit: string, paths: readonly string[]): Promise<GitEntry[]> {
    if (paths.length === 0) return [];
    const wanted = new Set(paths);
    const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", ...paths.map(literal)]);
    return treeEntries(out, (path) => wanted.has(path));
  }

  /**
   * The `.proto` files of the index below `prefix`: what `git commit` would
   * record. Unstaged edits and untracked files are not in it.
   */
  async listIndex(prefix: string): Promise<GitEntry[]> {
    const args = ["ls-files", "-z", "--stage", "--full-name"];
    if (prefix !== "") args.push("--", literal(prefix));
    return indexEntries(await this.git.raw(args), (path) => path.endsWith(".proto"));
  }

  /** The regular files staged in the index at exactly these paths (those that are there). */
  async indexFiles(paths: readonly string[]): Promise<GitEntry[]> {
    if (paths.length === 0) return [];
    const wanted = new Set(paths);
    const out = await this.git.raw(["ls-files", "-z", "--stage", "--full-name", "--", ...paths.map(literal)]);
    return indexEntries(out, (path) => wanted.has(path));
  }

  /**
   * The contents of blobs, read in one `git cat-file --batch` process for all
   * of them (none when every blob was read before).
   */
  async readBlobs(oids: readonly string[], workTree?: ReadonlyMap<string, string>): Promise<Map<string, Uint8Array>> {
    let wanted = [...new Set(oids)].filter((oid) => !this.blobs.has(oid));
    if (workTree !== undefined && !this.bare && wanted.length > 0) wanted = this.fromWorkTree(wanted, workTree);
    if (wanted.length > 0) {
      const read = await catFileBatch(this.top, wanted);
      this.stats.catFileProcesses += 1;
      this.stats.blobsRead += read.size;
      for (const [oid, bytes] of read) this.blobs.set(oid, bytes);
    }
    return this.readBlobsFrom(oids);
  }

  /**
   * As readBlobs, blocking until git is done: for contents asked for
   * where nothing can wait (a file's bytes read on demand).
   */
  readBlobsSync(oids: readonly string[]): Map<string, Uint8Array> {
    const wanted = [...new Set(oids)].filter((oid) => !this.blobs.has(oid));
    if (wanted.length > 0) {
      const read = catFileBatchSync(this.top, wanted);
      this.stats.catFileProcesses += 1;
      this.stats.blobsRead += read.size;
      for (const [oid, bytes] of read) this.blobs.set(oid, bytes);
    }
    return this.readBlobsFrom(oids);
  }

  /**
   * Takes the blobs whose file in the work tree (by `paths`: blob id → path
   * from the top) has the blob's id: those bytes are the blob, without git
   * inflating it. A file that is not there, is not a regular file, lies
   * below a directory that leads out of the work tree, or has other bytes
   * (an unstaged edit, a line-ending conversion) is left to git. Returns the
   * blobs left.
   */
  private fromWorkTree(wanted: readonly string[], paths: ReadonlyMap<string, string>): string[] {
    let top: string;
    try {
      top = realpathSync.native(this.top);
    } catch {
      return [...wanted];
    }
    const inside = new Map<string, boolean>();
    const dirInside = (dir: string): boolean => {
      let known = inside.get(dir);
      if (known === undefined) {
        try {
          known = within(top, realpathSync.native(dir));
        } catch {
          known = false;
        }
        inside.set(dir, known);
      }
      return known;
    };
    const left: string[] = [];
    for (const oid of wanted) {
      const path = paths.get(oid);
      const file = path === undefined ? undefined : join(this.top, path);
      let bytes: Buffer | undefined;
      try {
        if (file !== undefined && dirInside(dirname(file)) && lstatSync(file).isFile()) bytes = readFileSync(file);
      } catch {
        bytes = undefined;
      }
      if (bytes !== undefined && blobId(bytes, oid.length === 64 ? "sha256" : "sha1") === oid) {
        this.blobs.set(oid, bytes);
        this.stats.blobsRead += 1;
      } else {
        left.push(oid);
      }
    }
    return left;
  }

  /** A blob already read, or undefined. */
  blob(oid: string): Uint8Array | undefined {
    return this.blobs.get(oid);
  }

  private readBlobsFrom(oids: readonly string[]): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const oid of oids) {
      const bytes = this.blobs.get(oid);
      if (bytes === undefined) throw new InputError(`git object ${oid} is missing from the repository`);
      out.set(oid, bytes);
    }
    return out;
  }

  /**
   * Hands every blob to `each`, read in batches of `batch` objects and kept
   * by none: a whole history's blobs are read this way, which would not fit
   * in memory at once. A blob the repository lacks (a snapshot or a partial
   * clone without it) is handed as undefined.
   */
  async eachBlob(oids: readonly string[], each: (oid: string, bytes: Uint8Array | undefined) => void, batch = 2000): Promise<void> {
    for (let start = 0; start < oids.length; start += batch) {
      const part = oids.slice(start, start + batch);
      const read = await catFileBatch(this.top, part, "skip");
      this.stats.catFileProcesses += 1;
      this.stats.blobsRead += read.size;
      for (const oid of part) each(oid, read.get(oid));
    }
  }
}

/** The id git gives a blob of these bytes, in a repository of that object format. */
export function blobId(bytes: Uint8Array, format: "sha1" | "sha256"): string {
  return createHash(format).update(`blob ${String(bytes.byteLength)}\0`).update(bytes).digest("hex");
}

/** The blobs of `git ls-tree -z` output whose path is kept. */
function treeEntries(out: string, keep: (path: string) => boolean): GitEntry[] {
  const entries: GitEntry[] = [];
  for (const record of out.split("\0")) {
    if (record === "") continue;
    // <mode> SP <type> SP <object> TAB <path>
    const tab = record.indexOf("\t");
    const [mode, type, oid] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (type === "blob" && BLOB_MODES.has(mode ?? "") && keep(path) && oid !== undefined) entries.push({ path, oid });
  }
  return entries;
}

/** The blobs of `git ls-files -z --stage` output whose path is kept; a path in conflict is an InputError. */
function indexEntries(out: string, keep: (path: string) => boolean): GitEntry[] {
  const entries: GitEntry[] = [];
  const conflicts = new Set<string>();
  for (const record of out.split("\0")) {
    if (record === "") continue;
    // <mode> SP <object> SP <stage> TAB <path>
    const tab = record.indexOf("\t");
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (!keep(path) || !BLOB_MODES.has(mode ?? "") || oid === undefined) continue;
    if (stage !== "0") conflicts.add(path);
    else entries.push({ path, oid });
  }
  if (conflicts.size > 0) {
    throw new InputError(
      `${[...conflicts].sort().join(", ")}: unresolved merge conflict in the git index; resolve it and stage the result first`,
    );
  }
  return entries;
}

/** A simple-git client; the module is loaded by the first input that needs git, not at start-up. */
async function client(dir: string): Promise<SimpleGit> {
  const { simpleGit } = await import("simple-git");
  return simpleGit({ baseDir: dir, allowEnvironment: GIT_LOCATION_ENV, trimmed: false });
}

/** What a batch read does with an object the repository lacks: fail, or leave it out of its answer. */
type Missing = "throw" | "skip";

/**
 * Runs `git cat-file --batch` once: writes every object name on stdin, then
 * reads `<oid> <type> <size>\n<bytes>\n` for each, by byte counts.
 */
function catFileBatch(cwd: string, oids: readonly string[], missing: Missing = "throw"): Promise<Map<string, Uint8Array>> {
  return new Promise((resolvePromise, reject) => {
    const child = processes().spawn("git", ["cat-file", "--batch", "--buffer"], {
      cwd,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on("error", () => {
      // git exited early; its exit code and stderr say why
    });
    child.on("error", (err) => reject(new InputError(`cannot run git cat-file: ${err.message}`)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new InputError(`git cat-file failed (exit ${String(code)}): ${stderr.trim()}`));
        return;
      }
      try {
        resolvePromise(parseBatch(Buffer.concat(chunks), oids, missing));
      } catch (err) {
        reject(err instanceof Error ? err : new InputError(String(err)));
      }
    });
    child.stdin.end(`${oids.join("\n")}\n`);
  });
}

/** The largest output a blocking `git cat-file --batch` may give: the most a Buffer holds. */
const MAX_BATCH_OUTPUT = 2 ** 31 - 1;

/** As catFileBatch, blocking until git exits. */
function catFileBatchSync(cwd: string, oids: readonly string[]): Map<string, Uint8Array> {
  const result = processes().spawnSync("git", ["cat-file", "--batch", "--buffer"], {
    cwd,
    env: gitEnv(),
    input: `${oids.join("\n")}\n`,
    maxBuffer: MAX_BATCH_OUTPUT,
  });
  if (result.error !== undefined) throw new InputError(`cannot run git cat-file: ${result.error.message}`);
  if (result.status !== 0) {
    throw new InputError(`git cat-file failed (exit ${String(result.status)}): ${result.stderr.toString().trim()}`);
  }
  return parseBatch(result.stdout, oids, "throw");
}

/**
 * Splits `git cat-file --batch` output into blobs. Each blob is a view of the
 * output, not a copy: the output is read once and every byte of it is a blob
 * that is kept.
 */
function parseBatch(out: Buffer, oids: readonly string[], missing: Missing): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let pos = 0;
  for (const oid of oids) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) throw new InputError(`git cat-file: output ended before ${oid}`);
    // <oid> SP <type> SP <size>, or <name> SP missing|ambiguous
    const lastSpace = out.lastIndexOf(0x20, eol);
    const typeEnd = lastSpace;
    const typeStart = out.lastIndexOf(0x20, typeEnd - 1) + 1;
    const last = out.toString("latin1", lastSpace + 1, eol);
    if (last === "missing" || last === "ambiguous" || typeStart <= pos) {
      const name = out.toString("utf8", pos, lastSpace > pos ? lastSpace : eol);
      if (missing === "throw") throw new InputError(`git object ${name === "" ? oid : name} is missing from the repository (a partial or shallow clone?)`);
      pos = eol + 1;
      continue;
    }
    const length = Number(last);
    pos = eol + 1;
    blobs.set(oid, out.subarray(pos, pos + length));
    pos += length + 1;
  }
  return blobs;
}
