import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FileOutline } from "../frontend/scan.js";

/** What an incremental plan knows of a file's bytes: its outline, and whether it may hold a directive. */
export interface Outlined {
  readonly outline: FileOutline;
  /** Whether the bytes hold `protoguard:ignore` anywhere (in a comment or not). */
  readonly directive: boolean;
}

/** The cache's place inside a repository's git directory, and its first line: a version and the body's digest. */
const DIR = "protoguard";
const FILE = "outlines";
const HEADER = "protoguard-outlines 1";
/** At most this many blobs are kept (the most recently used first), and a larger file is not read. */
const MAX_ENTRIES = 200_000;
const MAX_FILE_BYTES = 64 << 20;
const MAX_TEXT = 4096;
const MAX_IMPORTS = 10_000;
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

type Entry = [oid: string, pkg: string, flags: number, imports: string[]];

function digest(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function isText(v: unknown): v is string {
  return typeof v === "string" && v.length <= MAX_TEXT;
}

/** An entry as stored, or undefined when it is not one: a broken entry is ignored. */
function entryOf(raw: unknown): [string, Outlined] | undefined {
  if (!Array.isArray(raw) || raw.length !== 4) return undefined;
  const [oid, pkg, flags, imports] = raw as unknown[];
  if (typeof oid !== "string" || !OID.test(oid) || !isText(pkg)) return undefined;
  if (flags !== 0 && flags !== 1 && flags !== 2 && flags !== 3) return undefined;
  if (!Array.isArray(imports) || imports.length > MAX_IMPORTS || !imports.every(isText)) return undefined;
  return [oid, { outline: { package: pkg, imports, extends: (flags & 1) !== 0 }, directive: (flags & 2) !== 0 }];
}

function toEntry(oid: string, o: Outlined): Entry {
  return [oid, o.outline.package, (o.outline.extends ? 1 : 0) | (o.directive ? 2 : 0), [...o.outline.imports]];
}

/** Whether two outlines say the same. */
export function sameOutlined(a: Outlined, b: Outlined): boolean {
  const x = a.outline;
  const y = b.outline;
  return (
    a.directive === b.directive &&
    x.package === y.package &&
    x.extends === y.extends &&
    x.imports.length === y.imports.length &&
    x.imports.every((imp, i) => imp === y.imports[i])
  );
}

/**
 * The outlines of the blobs of a repository, by blob id, kept between runs
 * in its git directory (`.git/protoguard/outlines`), so that a file that did
 * not change since an earlier run need not be read from git at all. A blob
 * id names its bytes, so an entry never goes stale. The file starts with a
 * version and the digest of its body: a file that does not match, does not
 * parse or is too large is ignored, and so is each entry that is not well
 * formed. Writing it is best effort: a repository that cannot be written to
 * is read as before.
 */
export class OutlineCache {
  /** Entries read from the file. */
  private stored = new Map<string, Outlined>();
  /** Entries outlined in this run. */
  private readonly fresh = new Map<string, Outlined>();
  private readonly used = new Set<string>();
  /** Whether the entries read from the file were dropped, so the file is to be rewritten without them. */
  private forgotten = false;

  private constructor(private readonly file: string) {}

  /** The cache of the repository whose git directory this is (empty when it has none yet or it is unreadable). */
  static load(gitDir: string): OutlineCache {
    const cache = new OutlineCache(join(gitDir, DIR, FILE));
    let text: string;
    try {
      if (statSync(cache.file).size > MAX_FILE_BYTES) return cache;
      text = readFileSync(cache.file, "utf8");
    } catch {
      return cache;
    }
    const eol = text.indexOf("\n");
    const body = eol < 0 ? "" : text.slice(eol + 1);
    if (eol < 0 || text.slice(0, eol) !== `${HEADER} ${digest(body)}`) return cache;
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return cache;
    }
    if (!Array.isArray(raw)) return cache;
    for (const item of raw.slice(0, MAX_ENTRIES)) {
      const entry = entryOf(item);
      if (entry !== undefined) cache.stored.set(entry[0], entry[1]);
    }
    return cache;
  }

  /** The outline of a blob, when known. */
  get(oid: string): Outlined | undefined {
    const found = this.fresh.get(oid) ?? this.stored.get(oid);
    if (found !== undefined) this.used.add(oid);
    return found;
  }

  /** Whether the outline of a blob was read from the file rather than made in this run. */
  isStored(oid: string): boolean {
    return !this.fresh.has(oid) && this.stored.has(oid);
  }

  set(oid: string, outlined: Outlined): void {
    this.fresh.set(oid, outlined);
    this.used.add(oid);
  }

  /** Drops every entry read from the file: one of them did not match the blob it names. */
  distrust(): void {
    this.stored = new Map();
    this.forgotten = true;
  }

  /**
   * Writes the cache back when this run outlined something new (or found it
   * wrong): the blobs used in this run first, then the others, up to the bound.
   */
  save(): void {
    if (this.fresh.size === 0 && !this.forgotten) return;
    const entries: Entry[] = [];
    const add = (oid: string, o: Outlined): void => {
      if (entries.length < MAX_ENTRIES) entries.push(toEntry(oid, o));
    };
    for (const oid of this.used) {
      const o = this.fresh.get(oid) ?? this.stored.get(oid);
      if (o !== undefined) add(oid, o);
    }
    for (const [oid, o] of this.stored) if (!this.used.has(oid)) add(oid, o);
    const body = JSON.stringify(entries);
    const temp = `${this.file}.${String(process.pid)}.tmp`;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      writeFileSync(temp, `${HEADER} ${digest(body)}\n${body}`);
      renameSync(temp, this.file);
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing was written, or nothing can be removed: the cache stays as it was
      }
    }
  }
}
