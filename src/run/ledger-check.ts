/**
 * The ledger a breaking check reads: the git history of the previous version
 * (when it is a git revision) joined with the previous version's ledger
 * file, and with the current version's when the history is not whole (a
 * shallow clone) or there is none.
 * In a shallow clone the history stops where the clone does, so the ledger
 * file must be there and current; otherwise the check says so.
 */

import { posix } from "node:path";
import { InputError } from "../model/errors.js";
import { createLedger, LEDGER_FILE, mergeEntries, missingEntries, type Ledger } from "../model/ledger.js";
import { plural } from "../report/links.js";
import type { SourceReader } from "../sources/index.js";
import type { Source } from "../sources/source.js";
import { historyLedger, joinEntries, listMissing, readLedgerFile, type HistoryCache, type HistoryLedger, type LedgerFile } from "./ledger.js";

/** One side of a check, as the ledger reads it: its spec, and whether it was read (undefined: given by the library). */
export interface LedgerSide {
  readonly spec: string;
  readonly label: string;
  readonly staged: boolean;
  readonly source: Source | undefined;
}

export interface CheckLedger {
  /** Undefined when there is neither a history nor a ledger file: the reuse rules then report nothing. */
  readonly ledger: Ledger | undefined;
  readonly warnings: readonly string[];
}

async function fileAt(reader: SourceReader, cwd: string, side: LedgerSide, relativeTo: Source | undefined): Promise<{ file: LedgerFile | undefined; place: Awaited<ReturnType<SourceReader["placeOf"]>> } | undefined> {
  if (side.source === undefined || side.source.kind === "descriptor-set") return undefined;
  const place = await reader.placeOf(side.spec, side.label, side.staged, relativeTo);
  return { file: await readLedgerFile(place, cwd), place };
}

/**
 * Builds the ledger of a breaking check. Throws InputError, located at the
 * ledger file, when a shallow clone's history lists what the file lacks.
 */
export async function ledgerForCheck(
  /** The files (paths in the module) that hold what the change adds: the history of their directories is read. */
  changed: readonly string[],
  reader: SourceReader,
  cwd: string,
  current: LedgerSide,
  previous: LedgerSide,
  cache: HistoryCache,
): Promise<CheckLedger> {
  const before = await fileAt(reader, cwd, previous, current.source);
  const place = before?.place;
  let history: HistoryLedger | undefined;
  if (place !== undefined && place.kind === "git" && place.commit !== undefined) {
    const scope = [...new Set(changed.map((f) => posix.join(place.prefix, posix.dirname(f))))].map((d) => (d === "." ? "" : d)).sort();
    history = await historyLedger(place.repo, place.commit, place.prefix, cache, scope);
  }
  // With the whole history, the current version's file adds only what it has not released yet.
  const now = history === undefined || history.shallow ? await fileAt(reader, cwd, current, undefined) : undefined;
  const files = [before?.file, now?.file].filter((f): f is LedgerFile => f !== undefined);
  const fileEntries = mergeEntries(...files.map((f) => f.entries));
  const warnings: string[] = [];
  if (history?.shallow === true) {
    const first = files[0];
    if (first === undefined) {
      warnings.push(
        `the ledger knows only the ${plural(history.commits, "commit")} of this shallow clone and there is no ${LEDGER_FILE}: a number or name used before them is not checked; fetch the whole history (fetch-depth: 0) or commit a ledger written by \`protoguard ledger\``,
      );
    } else {
      const missing = missingEntries(history.entries, fileEntries);
      if (missing.length > 0) {
        throw new InputError(
          `${first.display}:1:1: the ledger is not current: the history of this shallow clone has ${listMissing(missing)}, which it lacks; run \`protoguard ledger\` and commit ${LEDGER_FILE}`,
        );
      }
    }
  }
  if (history === undefined && files.length === 0) return { ledger: undefined, warnings };
  const entries = joinEntries(history?.entries ?? [], fileEntries);
  const from = history !== undefined && place?.kind === "git" ? place.revision : (files[0]?.display ?? LEDGER_FILE);
  return { ledger: createLedger(from, entries), warnings };
}
