/**
 * What the ledger keeps inside the repository's git directory
 * (`<git dir>/protoguard/`): the outlines of blobs already read
 * (`ledger-outlines.json`: a blob never changes, so its outline is read once),
 * and the ledgers of the last revisions built (`ledger-<hash of revision
 * and directory>.json`, the newest 8). A cache of another version, a broken or
 * oversized one is ignored and written again; one larger than MAX_CACHE_BYTES
 * is not written.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { ledgerFileText, parseLedgerFile } from "../model/ledger-file.js";
import type { OutlineResult } from "./ledger-outline.js";
import type { HistoryLedger } from "./ledger.js";

const CACHE_VERSION = 4;
const CACHE_FILE = "ledger-outlines.json";
/** The largest cache read, in bytes. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

function isOutlineResult(value: unknown): value is OutlineResult {
  if (typeof value !== "object" || value === null) return false;
  if ("error" in value) return typeof value.error === "string";
  if (!("outline" in value) || typeof value.outline !== "object" || value.outline === null) return false;
  const o = value.outline as Record<string, unknown>;
  return (
    typeof o["package"] === "string" &&
    Array.isArray(o["entries"]) &&
    o["entries"].every((e) => typeof e === "string") &&
    Array.isArray(o["extensions"]) &&
    Array.isArray(o["messages"])
  );
}

/**
 * Replaces a cache file in one rename. A cache larger than a read accepts is
 * not kept (an older one is removed): it would only take room.
 */
function writeCache(file: string, text: string): void {
  if (Buffer.byteLength(text) > MAX_CACHE_BYTES) {
    rmSync(file, { force: true });
    return;
  }
  const temp = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The cached outlines by blob, or none when there is no usable cache. */
export function loadOutlines(dir: string): Map<string, OutlineResult> {
  const out = new Map<string, OutlineResult>();
  const file = join(dir, CACHE_FILE);
  try {
    if (statSync(file).size > MAX_CACHE_BYTES) return out;
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (typeof parsed !== "object" || parsed === null || !("version" in parsed) || parsed.version !== CACHE_VERSION) return out;
    if (!("blobs" in parsed) || typeof parsed.blobs !== "object" || parsed.blobs === null) return out;
    for (const [oid, value] of Object.entries(parsed.blobs)) {
      if (/^[0-9a-f]{40,64}$/.test(oid) && isOutlineResult(value)) out.set(oid, value);
    }
  } catch {
    return new Map();
  }
  return out;
}

/** At least the bytes the outlines take as JSON: their entries' texts, each quoted and separated. */
function leastSize(outlines: ReadonlyMap<string, OutlineResult>): number {
  let n = 0;
  for (const result of outlines.values()) {
    if ("outline" in result) for (const e of result.outline.entries) n += e.length + 3;
  }
  return n;
}

/** Writes the outlines (replacing the file in one rename); a directory that cannot be written is left alone. */
export function saveOutlines(dir: string, outlines: ReadonlyMap<string, OutlineResult>): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, CACHE_FILE);
    // Too large to be read back: not even written out as text.
    if (leastSize(outlines) > MAX_CACHE_BYTES) {
      rmSync(file, { force: true });
      return;
    }
    writeCache(file, JSON.stringify({ version: CACHE_VERSION, blobs: Object.fromEntries(outlines) }));
  } catch {
    // A read-only repository is read without a cache.
  }
}

/** The most revision ledgers kept (the newest written); older ones are removed. */
const MAX_REVISIONS = 8;
const REVISION_FILE = /^ledger-[0-9a-f]{16}\.json$/;

function revisionFile(dir: string, commit: string, prefix: string): string {
  return join(dir, `ledger-${createHash("sha256").update(`${commit}:${prefix}`).digest("hex").slice(0, 16)}.json`);
}

/** The ledger built before for this revision and directory, if it is kept. */
export function loadRevisionLedger(dir: string, commit: string, prefix: string): HistoryLedger | undefined {
  const file = revisionFile(dir, commit, prefix);
  try {
    if (statSync(file).size > MAX_CACHE_BYTES) return undefined;
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const { version, revision, commits, notes, ledger } = parsed;
    if (version !== CACHE_VERSION || revision !== `${commit}:${prefix}` || typeof commits !== "number" || typeof ledger !== "string") return undefined;
    if (!Array.isArray(notes) || !notes.every((n) => typeof n === "string")) return undefined;
    return { entries: parseLedgerFile(file, ledger), commits, shallow: false, notes };
  } catch {
    return undefined;
  }
}

/** Keeps a revision's ledger, and removes the oldest beyond MAX_REVISIONS. */
export function saveRevisionLedger(dir: string, commit: string, prefix: string, built: HistoryLedger): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = revisionFile(dir, commit, prefix);
    const content = { version: CACHE_VERSION, revision: `${commit}:${prefix}`, commits: built.commits, notes: built.notes, ledger: ledgerFileText(built.entries) };
    writeCache(file, JSON.stringify(content));
    const kept = readdirSync(dir)
      .filter((name) => REVISION_FILE.test(name))
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of kept.slice(MAX_REVISIONS)) rmSync(old.path, { force: true });
  } catch {
    // A read-only repository is read without a cache.
  }
}
