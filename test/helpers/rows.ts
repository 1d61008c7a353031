import type { Finding } from "../../src/model/finding.js";

/** A finding reduced to what is compared with buf: rule and place (null path: a deleted file or package). */
export interface Row {
  readonly rule: string;
  readonly path: string | null;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message?: string;
  readonly fix?: string;
}

export function toRow(f: Finding, withMessage = true): Row {
  const row: Row = {
    rule: f.rule,
    path: f.deleted ? null : f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (!withMessage) return row;
  return { ...row, message: f.message, ...(f.fix === undefined ? {} : { fix: f.fix }) };
}

/** Rows without messages, sorted, for set comparison. */
export function placeKeys(rows: readonly Row[]): string[] {
  return rows
    .map((r) => `${r.rule} ${r.path ?? "<deleted>"}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`)
    .sort();
}
