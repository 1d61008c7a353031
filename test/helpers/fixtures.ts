import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compareImages } from "../../src/compare/pair.js";
import { runRules } from "../../src/run/engine.js";
import { buildImage, createImageCache, type ImageInput } from "../../src/image/build.js";
import { ruleSlug, type Rule } from "../../src/model/rule.js";
import { parseLedgerFile } from "../../src/model/ledger-file.js";
import { createLedger, LEDGER_FILE, type Ledger } from "../../src/model/ledger.js";
import { toRow, type Row } from "./rows.js";

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures");

/** Every directory named previous/ or current/ below `dir` (by default fixtures/). */
export function fixtureSides(dir: string = FIXTURES, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (!statSync(full).isDirectory()) continue;
    if (name === "previous" || name === "current") out.push(full);
    else fixtureSides(full, out);
  }
  return out;
}


export interface FixtureCase {
  readonly rule: Rule;
  readonly name: string;
  readonly dir: string;
  readonly expected: readonly Row[];
  /** The case's ledger (protoguard.ledger.json beside previous/ and current/), for the rules that read one. */
  readonly ledger: Ledger | undefined;
}

/** The cases of a rule: fixtures/<rule>/<case>/{previous,current,expected.json}. */
export function casesOf(rule: Rule): FixtureCase[] {
  const root = join(FIXTURES, ruleSlug(rule.id));
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const file = join(dir, "expected.json");
      // A case without expected.json is an error, except while UPDATE_FIXTURES=1 writes it.
      if (!existsSync(file) && process.env["UPDATE_FIXTURES"] !== "1") throw new Error(`${file} is missing: write it, or run with UPDATE_FIXTURES=1 to write protoguard's findings`);
      const expected = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Row[]) : [];
      const ledgerFile = join(dir, LEDGER_FILE);
      const ledger = existsSync(ledgerFile) ? createLedger(LEDGER_FILE, parseLedgerFile(LEDGER_FILE, readFileSync(ledgerFile, "utf8"))) : undefined;
      return { rule, name, dir, expected, ledger };
    });
}

/** Runs one rule over two sides given as image inputs (and the case's ledger, if any), returning rows with messages. */
export function runOne(rule: Rule, previous: readonly ImageInput[], current: readonly ImageInput[], ledger?: Ledger): Row[] {
  // Shared as in the CLI: files the frontend gave both sides as one descriptor become one element.
  const images = createImageCache();
  const comparison = { ...compareImages(buildImage(previous, images), buildImage(current, images)), ledger };
  return runRules(comparison, [rule]).map((f) => toRow(f));
}

/** Runs pool-limited async jobs. */
export async function inPool<T, R>(items: readonly T[], size: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

/**
 * With UPDATE_FIXTURES=1, writes our findings as the case's expected.json
 * (like a snapshot update); the buf parity test keeps the places honest.
 */
export function maybeUpdate(c: FixtureCase, rows: readonly Row[]): boolean {
  if (process.env["UPDATE_FIXTURES"] !== "1") return false;
  writeFileSync(join(c.dir, "expected.json"), `${JSON.stringify(rows, null, 2)}\n`);
  return true;
}
