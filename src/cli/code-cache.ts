/**
 * V8's compiled code for the CLI bundle, kept on disk between runs: Node 20
 * has no compile cache of its own, and the one of Node 22 caches a script as
 * compiled before it runs, without the functions the run compiles lazily.
 * The bundle is compiled with the code of the runs before, written after a
 * run when the cache had none or V8 refused it (another Node, V8 flags or
 * bundle), and again after the first check of each kind (`breaking` with
 * each output format) the cache does not hold yet: V8 writes the code it was
 * given with the code the run compiled, so that a cache first written by a
 * check in JSON still holds, once a check in text has run, the text
 * report's code, which it otherwise compiles at every start.
 *
 * A code cache is code that runs: it lives in the user's own cache directory
 * (never a shared one), which must be a directory, not a symbolic link, owned
 * by the user and writable by no one else. Every failure (no home, a
 * read-only or full disk, a corrupt or foreign file) leaves the run uncached
 * and otherwise the same.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { constants as vmConstants, Script } from "node:vm";
import { errorCode } from "../model/narrow.js";

/** A cache file larger than this is neither written nor read. */
export const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** How many cache files a directory keeps: the one written and the newest others (other versions, other Nodes). */
export const MAX_CACHE_FILES = 4;

/**
 * The first bytes of a cache file; then one byte, the length of the list of
 * the kinds of runs whose code it holds (see LoadedBundle.save), then that
 * list, names separated by commas; then the SHA-1 of V8's data (20 bytes);
 * then V8's data.
 */
const MAGIC = Buffer.from("protoguard-v8-cache-3\n", "latin1");
const DIGEST_BYTES = 20;
/** How many kinds of runs a cache file lists at most; a run of another kind does not write it again. */
export const MAX_CACHED_RUNS = 12;
/** A kind of run: a command and an output format (`breaking json`). */
const RUN = /^[a-z][a-z-]{0,15} [a-z][a-z-]{0,15}$/;
/** Node's own loader for `import()` in a script, where Node has it. */
const IMPORT_AS_FILE = (vmConstants as Partial<typeof vmConstants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** Opening a cache file does not follow a symbolic link (Windows has no such flag). */
const NO_FOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;
const ENTRY = /^cli-[0-9a-f]{40}-.+\.v8cache$/;
const TEMP = /^cli-[0-9a-f]{40}-.+\.v8cache\.\d+\.tmp$/;

/** What became of the cache in a run, for `PROTOGUARD_DEBUG_CACHE=1` and the tests. */
export type CacheState =
  /** Turned off (NODE_DISABLE_COMPILE_CACHE), or no usable directory. */
  | "off"
  /** No cache file yet (or one that is not a cache file): compiled afresh. */
  | "missing"
  /** V8 took the cached code. */
  | "accepted"
  /** V8 refused the cached code: compiled afresh. */
  | "rejected";

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  readonly exports: unknown;
  readonly state: CacheState;
  /** The cache file, when there is a usable directory. */
  readonly file: string | undefined;
  /**
   * After the run: writes the cache when it was missing or refused, or when
   * this run is of a kind (`run`, such as `breaking text`; undefined for
   * `--help` and other runs whose code is not worth keeping on its own) the
   * cache does not list and V8's data grew with the code it compiled. True
   * when written. Never throws.
   */
  readonly save: (run: string | undefined) => boolean;
}

/**
 * The directory for protoguard's code cache, or undefined when the cache is
 * off: `PROTOGUARD_CACHE_DIR` when set, else `%LOCALAPPDATA%\protoguard` on
 * Windows, else `$XDG_CACHE_HOME/protoguard` (an absolute XDG_CACHE_HOME
 * only), else `~/.cache/protoguard`. `NODE_DISABLE_COMPILE_CACHE` (Node's own
 * switch) turns it off.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | undefined {
  if (nonEmpty(env["NODE_DISABLE_COMPILE_CACHE"]) !== undefined) return undefined;
  const own = nonEmpty(env["PROTOGUARD_CACHE_DIR"]);
  if (own !== undefined) return resolve(own);
  if (platform === "win32") {
    const local = nonEmpty(env["LOCALAPPDATA"]);
    return local !== undefined && isAbsolute(local) ? join(local, "protoguard") : undefined;
  }
  const xdg = nonEmpty(env["XDG_CACHE_HOME"]);
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "protoguard");
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  return dir !== "" && isAbsolute(dir) ? join(dir, ".cache", "protoguard") : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

/**
 * Creates the directory (0700) if needed, and its parent if that is missing
 * (`~/.cache`), and says whether code may be cached in it: a real directory,
 * not a symbolic link; on POSIX owned by this user and not writable by group
 * or others. Node's recursive mkdir never returns for a path below /proc or a
 * dangling link, so the directories are made one at a time.
 */
export function usableCacheDir(dir: string): boolean {
  try {
    if (!makeDir(dir)) {
      makeDir(dirname(dir));
      makeDir(dir);
    }
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return false;
    if (process.platform === "win32") return true;
    return st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Creates `dir` (0700); false when its parent is missing, true when made or there. */
function makeDir(dir: string): boolean {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT") return false;
    if (code !== "EEXIST") throw err;
  }
  return true;
}

/**
 * The cache file's name: the bundle's SHA-1, the Node and V8 versions, the
 * architecture. A loader built with its bundle (see loadBundle) gives the
 * SHA-1 the build computed, and the file's size and modification time,
 * rather than hash 1 MB at each start; otherwise the SHA-1 of `source`.
 */
export function cacheFileName(source: string, built?: BuiltBundle): string {
  const digest = built === undefined ? createHash("sha1").update(source, "latin1").digest("hex") : `${built.sha1}-${String(built.size)}.${String(Math.trunc(built.mtimeMs))}`;
  const runtime = `${process.version}-v8-${process.versions.v8}-${process.arch}`.replace(/[^A-Za-z0-9.+-]/g, "_");
  return `cli-${digest}-${runtime}.v8cache`;
}

/** What the loader knows of the bundle it was built with, and what the file beside it is. */
export interface BuiltBundle {
  /** The SHA-1 of the bundle, as the build wrote it, in hex. */
  readonly sha1: string;
  /** The file's size and modification time: an edited bundle is cached under another name. */
  readonly size: number;
  readonly mtimeMs: number;
}

const SHA1 = /^[0-9a-f]{40}$/;

/** What a cache file holds. */
export interface CacheFile {
  /** V8's data. */
  readonly data: Buffer;
  /** The kinds of runs whose code it holds; none for a cache written after `--help`, say. */
  readonly runs: readonly string[];
}

/** A cache file, or undefined for a file that is missing, too large, a link, or not whole. */
export function readCacheFile(file: string): CacheFile | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW);
    const size = fstatSync(fd).size;
    if (size <= MAGIC.length + 1 + DIGEST_BYTES || size > MAX_CACHE_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const listEnd = MAGIC.length + 1 + (bytes[MAGIC.length] as number);
    const header = listEnd + DIGEST_BYTES;
    if (size <= header) return undefined;
    const list = bytes.subarray(MAGIC.length + 1, listEnd).toString("latin1");
    const runs = list === "" ? [] : list.split(",");
    if (runs.length > MAX_CACHED_RUNS || !runs.every((r) => RUN.test(r))) return undefined;
    const data = bytes.subarray(header);
    const digest = createHash("sha1").update(data).digest();
    return digest.equals(bytes.subarray(listEnd, header)) ? { data, runs } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes V8's data to `file` through a temporary file renamed over it, so a
 * reader sees a whole file or none; then removes the oldest other cache files
 * beyond MAX_CACHE_FILES. True when written; never throws.
 */
export function writeCacheFile(file: string, data: Buffer, runs: readonly string[]): boolean {
  const list = Buffer.from(runs.join(","), "latin1");
  if (runs.length > MAX_CACHED_RUNS || !runs.every((r) => RUN.test(r)) || list.length > 255) return false;
  if (data.length === 0 || MAGIC.length + 1 + list.length + DIGEST_BYTES + data.length > MAX_CACHE_BYTES) return false;
  const temp = `${file}.${String(process.pid)}.tmp`;
  try {
    const digest = createHash("sha1").update(data).digest();
    writeFileSync(temp, Buffer.concat([MAGIC, Buffer.of(list.length), list, digest, data]), { mode: 0o600, flag: "wx" });
    renameSync(temp, file);
  } catch {
    remove(temp);
    return false;
  }
  pruneCacheDir(dirname(file), file);
  return true;
}

/**
 * Removes the cache files of `dir` other than `keep`, past the newest
 * MAX_CACHE_FILES - 1 of them, and temporary files left an hour ago or more
 * by runs that ended before renaming theirs.
 */
function pruneCacheDir(dir: string, keep: string): void {
  try {
    const others: { path: string; mtime: number }[] = [];
    const stale = Date.now() - 3_600_000;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const temp = TEMP.test(name);
      if (path === keep || (!temp && !ENTRY.test(name))) continue;
      const mtime = mtimeOf(path);
      if (mtime === undefined) continue;
      if (!temp) others.push({ path, mtime });
      else if (mtime < stale) remove(path);
    }
    others.sort((a, b) => b.mtime - a.mtime);
    for (const { path } of others.slice(MAX_CACHE_FILES - 1)) remove(path);
  } catch {
    // A directory that cannot be listed keeps what it has.
  }
}

/** A file's modification time; undefined once another run has removed it. */
function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Removed meanwhile by another run.
  }
}

/**
 * Compiles and runs the CommonJS bundle `file` (an ASCII file) with the code
 * cache of `env` (see codeCacheDir), and returns its exports. `sha1` is the
 * bundle's SHA-1 as the build computed it, when the loader has it. Errors of the
 * bundle itself (a syntax error, a throw at its top level) are thrown as
 * `require` would throw them.
 */
export function loadBundle(file: string, env: NodeJS.ProcessEnv, sha1?: string): LoadedBundle {
  const { source, size, mtimeMs } = readBundle(file);
  const dir = codeCacheDir(env);
  const built = sha1 !== undefined && SHA1.test(sha1) ? { sha1, size, mtimeMs } : undefined;
  const cacheFile = dir !== undefined && usableCacheDir(dir) ? join(dir, cacheFileName(source, built)) : undefined;
  const cached = cacheFile === undefined ? undefined : readCacheFile(cacheFile);
  const cachedData = cached?.data;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
    // An `import()` in the code loads as it would from a file (Node 20.12 and later).
    ...(IMPORT_AS_FILE === undefined ? {} : { importModuleDynamically: IMPORT_AS_FILE }),
  });
  const state: CacheState = cacheFile === undefined ? "off" : cachedData === undefined ? "missing" : script.cachedDataRejected === true ? "rejected" : "accepted";
  const module = { exports: {} as unknown };
  const init = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  init(module.exports, createRequire(file), module, file, dirname(file));
  const save = (run: string | undefined): boolean => {
    if (cacheFile === undefined) return false;
    let runs: readonly string[] = run === undefined ? [] : [run];
    if (state === "accepted") {
      const held = cached?.runs ?? [];
      if (run === undefined || held.includes(run) || held.length >= MAX_CACHED_RUNS || !RUN.test(run)) return false;
      runs = [...held, run];
    }
    try {
      const data = script.createCachedData();
      // Less data than was given: V8 dropped the code of functions this long run did not call again (bytecode flushing).
      if (state === "accepted" && data.length <= (cached?.data.length ?? 0)) return false;
      return writeCacheFile(cacheFile, data, runs);
    } catch {
      return false;
    }
  };
  return { exports: module.exports, state, file: cacheFile, save };
}

/** The bundle's text, size and modification time, from one open file. */
function readBundle(file: string): { source: string; size: number; mtimeMs: number } {
  const fd = openSync(file, constants.O_RDONLY);
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { source: bytes.toString("latin1", 0, read), size: read, mtimeMs };
  } finally {
    closeSync(fd);
  }
}
