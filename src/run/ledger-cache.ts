/**
 * The outlines of blobs already read, kept inside the repository's git
 * directory (`<git dir>/protoguard/ledger-outlines.json`): a blob never
 * changes, so its outline is read once. A cache of another version, a broken
 * or oversized one is ignored and written again.
 */

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { OutlineResult } from "./ledger-outline.js";

const CACHE_VERSION = 1;
const CACHE_FILE = "ledger-outlines.json";
/** The largest cache read, in bytes. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

function isOutlineResult(value: unknown): value is OutlineResult {
  if (typeof value !== "object" || value === null) return false;
  if ("error" in value) return typeof value.error === "string";
  if (!("outline" in value) || typeof value.outline !== "object" || value.outline === null) return false;
  const o = value.outline as Record<string, unknown>;
  return typeof o["package"] === "string" && Array.isArray(o["entries"]) && Array.isArray(o["extensions"]) && Array.isArray(o["messages"]);
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

/** Writes the outlines (replacing the file in one rename); a directory that cannot be written is left alone. */
export function saveOutlines(dir: string, outlines: ReadonlyMap<string, OutlineResult>): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, CACHE_FILE);
    const temp = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: CACHE_VERSION, blobs: Object.fromEntries(outlines) }));
    renameSync(temp, file);
  } catch {
    // A read-only repository is read without a cache.
  }
}
