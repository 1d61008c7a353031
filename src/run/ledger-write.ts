/**
 * `protoguard ledger`: the ledger of a schema in a git repository, built from
 * the history of a revision and joined with the ledger file already there
 * (an entry is never dropped), as the text of the ledger file; or, to check
 * the committed file, the entries the history has and the file lacks.
 */

import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { InputError } from "../model/errors.js";
import { ledgerFileText, parseLedgerFile } from "../model/ledger-file.js";
import { LEDGER_FILE, missingEntries, type LedgerEntry } from "../model/ledger.js";
import { GitRepo } from "../sources/git.js";
import { historyLedger, joinEntries } from "./ledger.js";

export interface LedgerOptions {
  readonly cwd: string;
  /** The schema's directory, in a git work tree (default: cwd). */
  readonly input?: string | undefined;
  /** The revision whose history is read (default HEAD). */
  readonly revision?: string | undefined;
  /** The ledger file read and written (default: protoguard.ledger.json in the input directory). */
  readonly file?: string | undefined;
}

export interface LedgerResult {
  /** The ledger file as it should be. */
  readonly text: string;
  readonly entries: readonly LedgerEntry[];
  /** Entries of the history that the existing file lacks (all of them when there is no file). */
  readonly missing: readonly LedgerEntry[];
  /** Whether the file exists. */
  readonly exists: boolean;
  /** The file, relative to cwd. */
  readonly display: string;
  readonly path: string;
  /** Commits read, and whether the repository is a shallow clone. */
  readonly commits: number;
  readonly shallow: boolean;
  /** Files of old commits that were skipped because they do not parse. */
  readonly notes: readonly string[];
}

/** Builds the ledger of a schema's directory from its history and the existing file. */
export async function buildLedger(options: LedgerOptions): Promise<LedgerResult> {
  const dir = resolve(options.cwd, options.input ?? ".");
  if (!existsSync(dir)) throw new InputError(`ledger: no directory ${options.input ?? "."}`);
  const repo = await GitRepo.open(dir);
  if (repo === undefined) throw new InputError(`ledger: ${options.input ?? "."} is not in a git repository; the ledger is read from git history`);
  const revision = options.revision ?? "HEAD";
  if (revision.startsWith("-")) throw new InputError(`ledger: --revision "${revision}": not a git revision`);
  const commit = await repo.resolve(revision);
  if (commit === undefined) throw new InputError(`ledger: --revision "${revision}": no commit by that name`);
  const prefix = await repo.prefixOf(dir);
  const path = options.file === undefined ? join(dir, LEDGER_FILE) : resolve(options.cwd, options.file);
  const display = relative(options.cwd, path).split("\\").join("/") || LEDGER_FILE;
  const exists = existsSync(path);
  const existing = exists ? parseLedgerFile(display, readFileSync(path, "utf8")) : [];
  const history = await historyLedger(repo, commit, prefix);
  const entries = joinEntries(history.entries, existing);
  return {
    text: ledgerFileText(entries),
    entries,
    missing: missingEntries(history.entries, existing),
    exists,
    display,
    path,
    commits: history.commits,
    shallow: history.shallow,
    notes: history.notes,
  };
}
