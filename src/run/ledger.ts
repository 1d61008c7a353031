/**
 * The ledger of a schema: built from its git history (every blob of every
 * commit reachable from a revision, each parsed once and its outline cached
 * in the git directory), joined with the committed ledger file.
 */

import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { InputError } from "../model/errors.js";
import { parseLedgerFile } from "../model/ledger-file.js";
import { compareEntries, entryKey, entryOfKey, LEDGER_FILE, mergeEntries, missingEntries, type LedgerEntry } from "../model/ledger.js";
import type { GitRepo } from "../sources/git.js";
import { readSchemaHistory } from "../sources/history.js";
import type { Place } from "../sources/locate.js";
import { loadOutlines, loadRevisionLedger, saveOutlines, saveRevisionLedger } from "./ledger-cache.js";
import { createInterner, outlineOf, resolveExtendee, type OutlineResult } from "./ledger-outline.js";

export interface HistoryLedger {
  readonly entries: readonly LedgerEntry[];
  /** How many commits the history has. */
  readonly commits: number;
  /** True in a shallow clone: the history stops where the clone does. */
  readonly shallow: boolean;
  /** Files of old commits that do not parse, skipped: `proto/a.proto as of commit 3f9c2e1: 4:7: …`. */
  readonly notes: readonly string[];
}

/**
 * What the ledgers of one run share (the checks of `--against-tags` read the
 * histories of several revisions of one repository): outlines by blob, loaded
 * from the git directory once; ledgers built; trees listed.
 */
export interface HistoryCache {
  readonly outlines: Map<string, Map<string, OutlineResult>>;
  readonly ledgers: Map<string, HistoryLedger>;
  readonly trees: Map<string, readonly string[]>;
}

export function createHistoryCache(): HistoryCache {
  return { outlines: new Map(), ledgers: new Map(), trees: new Map() };
}

/** The cache directory of a repository: `<git common dir>/protoguard`. */
async function cacheDir(repo: GitRepo): Promise<string> {
  const common = (await repo.read(["rev-parse", "--git-common-dir"])).trim();
  return resolve(repo.top, common, "protoguard");
}

/**
 * The entries of the history of the `.proto` files below `prefix` as of
 * `commit`: those of the commit's own tree without a last use, every other
 * one with the last commit that had it.
 */
export async function historyLedger(
  repo: GitRepo,
  commit: string,
  prefix: string,
  cache: HistoryCache = createHistoryCache(),
  /**
   * Directories (from the top of the repository) to read the history of,
   * instead of all of `prefix`: a check reads the history where its change
   * adds something, a small part of a large repository's, and keeps nothing
   * of it on disk.
   */
  scope?: readonly string[],
): Promise<HistoryLedger> {
  const dir = await cacheDir(repo);
  const key = `${dir}\0${commit}\0${prefix}\0${scope?.join("\0") ?? ""}`;
  const known = cache.ledgers.get(key);
  if (known !== undefined) return known;
  let ledger: HistoryLedger | undefined;
  if (scope !== undefined) {
    ledger = await buildHistoryLedger(repo, commit, scope, cache.outlines.get(`${dir}\0scoped`) ?? new Map<string, OutlineResult>(), (outlines) => cache.outlines.set(`${dir}\0scoped`, outlines), cache.trees);
  } else {
    // A full clone's history of a commit never changes: the ledgers of the newest revisions built are kept.
    ledger = repo.shallow ? undefined : loadRevisionLedger(dir, commit, prefix);
    if (ledger === undefined) {
      let outlines = cache.outlines.get(dir);
      if (outlines === undefined) {
        outlines = loadOutlines(dir);
        cache.outlines.set(dir, outlines);
      }
      ledger = await buildHistoryLedger(repo, commit, [prefix], outlines, (o) => saveOutlines(dir, o), cache.trees);
      if (!repo.shallow) saveRevisionLedger(dir, commit, prefix, ledger);
    }
  }
  cache.ledgers.set(key, ledger);
  return ledger;
}

async function buildHistoryLedger(
  repo: GitRepo,
  commit: string,
  dirs: readonly string[],
  outlines: Map<string, OutlineResult>,
  keep: (outlines: Map<string, OutlineResult>) => void,
  trees: Map<string, readonly string[]>,
): Promise<HistoryLedger> {
  const history = await readSchemaHistory(repo, commit, dirs, trees);
  const unread = history.blobs.filter((b) => !outlines.has(b.oid));
  // A blob the clone lacks (a snapshot without its largest files) is left out, not remembered: a later fetch may bring it.
  const absent = new Set<string>();
  if (unread.length > 0) {
    const pathOf = new Map(unread.map((b) => [b.oid, b.path]));
    const intern = createInterner();
    await repo.eachBlob([...pathOf.keys()], (oid, bytes) => {
      if (bytes === undefined) absent.add(oid);
      else outlines.set(oid, outlineOf(pathOf.get(oid) ?? "", bytes, intern));
    });
    keep(outlines);
  }
  // The blobs of the revision's tree first, then the newest: the first use of a key seen is its last.
  const ordered: { blob: (typeof history.blobs)[number]; current: boolean; result: OutlineResult }[] = [];
  const notes: string[] = [];
  for (const blob of history.blobs) {
    const result = outlines.get(blob.oid);
    if (result === undefined || absent.has(blob.oid)) {
      notes.push(`${blob.path} as of commit ${blob.last.commit.slice(0, 7)}: skipped, git object ${blob.oid.slice(0, 12)} is missing from the repository`);
      continue;
    }
    ordered.push({ blob, current: history.current.has(blob.oid), result });
  }
  ordered.sort((a, b) => Number(b.current) - Number(a.current) || a.blob.rank - b.blob.rank);
  const known = new Set<string>();
  for (const { result } of ordered) if ("outline" in result) for (const m of result.outline.messages) known.add(m);
  const byKey = new Map<string, LedgerEntry>();
  const keysOf = new Map<string, string[]>();
  for (const { blob, current, result } of ordered) {
    if ("error" in result) {
      notes.push(`${blob.path} as of commit ${blob.last.commit.slice(0, 7)}: skipped, it does not parse (${result.error})`);
      continue;
    }
    const keys = [...result.outline.entries];
    for (const x of result.outline.extensions) {
      keys.push(entryKey({ in: resolveExtendee(x, known, result.outline.package), kind: "extension", number: x.number, end: x.number, name: x.name, type: x.type }));
    }
    keysOf.set(blob.oid, keys);
    const last = current ? undefined : blob.last;
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, entryOfKey(key, last));
  }
  // The newest release whose tree had an entry that is gone.
  for (const release of history.releases) {
    for (const oid of release.blobs) {
      const keys = keysOf.get(oid);
      if (keys === undefined) continue; // a file that does not parse
      for (const key of keys) {
        const e = byKey.get(key);
        if (e?.last !== undefined && e.last.release === undefined) byKey.set(key, { ...e, last: { ...e.last, release: release.tag } });
      }
    }
  }
  return {
    entries: [...byKey.values()].sort(compareEntries),
    commits: history.commits,
    shallow: history.shallow,
    notes: [...new Set(notes)].sort(),
  };
}

/**
 * Entries of `first`, and those of `second` whose key `first` lacks: a
 * history's entries (with their last use) before a ledger file's.
 */
export function joinEntries(first: readonly LedgerEntry[], second: readonly LedgerEntry[]): LedgerEntry[] {
  return mergeEntries(first, missingEntries(second, first));
}

/** A ledger file read from one version of a schema, with how it is named in messages. */
export interface LedgerFile {
  readonly display: string;
  readonly entries: readonly LedgerEntry[];
}

/** The largest ledger file read from git or disk, in bytes (the parser refuses larger text with its location). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

function parseBytes(display: string, bytes: Uint8Array): LedgerFile {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new InputError(`${display}:1:1: the ledger file is too large`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${display}:1:1: the ledger file is not UTF-8 text`);
  }
  return { display, entries: parseLedgerFile(display, text) };
}

/** The ledger file beside a schema, at a place (a directory, a revision, the index), if there is one. */
export async function readLedgerFile(place: Place, cwd: string): Promise<LedgerFile | undefined> {
  if (place.kind === "path") {
    const file = join(place.path, LEDGER_FILE);
    if (!existsSync(file) || !statSync(place.path).isDirectory()) return undefined;
    return parseBytes(relative(cwd, file).split("\\").join("/") || LEDGER_FILE, readFileSync(file));
  }
  const path = place.prefix === "" ? LEDGER_FILE : `${place.prefix}/${LEDGER_FILE}`;
  const entries =
    place.kind === "staged" ? await place.repo.indexFiles([path]) : place.commit === undefined ? [] : await place.repo.treeFiles(place.commit, [path]);
  const found = entries[0];
  if (found === undefined) return undefined;
  const bytes = (await place.repo.readBlobs([found.oid])).get(found.oid) ?? new Uint8Array();
  return parseBytes(place.name(path), bytes);
}

/** How many missing entries a message about a stale ledger names. */
const LISTED = 5;

/** One entry for a person: `field 3 "coupon" of acme.v1.Order`. */
export function describeEntry(e: LedgerEntry): string {
  switch (e.kind) {
    case "field":
      return `field ${String(e.number)} "${e.name}" of ${e.in}`;
    case "value":
      return `value ${String(e.number)} "${e.name}" of ${e.in}`;
    case "extension":
      return `extension ${String(e.number)} "${e.name}" of ${e.in}`;
    case "reserved-number":
      return `reserved ${e.end === e.number ? String(e.number) : `${String(e.number)} to ${String(e.end)}`} of ${e.in}`;
    case "reserved-name":
      return `reserved name "${e.name}" of ${e.in}`;
    default:
      return e.kind satisfies never;
  }
}

/** What a stale ledger lacks, for a message: the first few entries and a count of the rest. */
export function listMissing(missing: readonly LedgerEntry[]): string {
  const named = missing.slice(0, LISTED).map(describeEntry).join(", ");
  const rest = missing.length - LISTED;
  return rest > 0 ? `${named} and ${String(rest)} more` : named;
}
