import type { Finding } from "../model/finding.js";
import { stringifyJson } from "./escape.js";

/**
 * `--format buf-json`: buf's `--error-format json`, one object per line with
 * `path, start_line, start_column, end_line, end_column, type, message` in
 * that order; `path` (inside the input) is left out for a deleted file or
 * package, as buf does. Nothing for a clean run.
 */
export function formatBufJson(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${stringifyJson({
          ...(f.deleted ? {} : { path: f.path }),
          start_line: f.line,
          start_column: f.column,
          end_line: f.endLine,
          end_column: f.endColumn,
          type: f.rule,
          message: f.message,
        })}\n`,
    )
    .join("");
}
