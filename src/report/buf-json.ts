import { posix } from "node:path";
import { sortFindings, type Finding } from "../model/finding.js";
import { stringifyJson } from "./escape.js";

/**
 * The path buf prints for a file of a directory input: the input as typed,
 * cleaned (`./proto/` → `proto`), joined with the path inside it; a file of
 * any other input (a git revision, a descriptor set) is printed as its path
 * inside the module, as buf prints image inputs.
 */
function bufPath(input: string | undefined, path: string): string {
  if (input === undefined) return path;
  const joined = posix.normalize(`${input.replaceAll("\\", "/")}/${path}`);
  return joined.startsWith("./") ? joined.slice(2) : joined;
}

/** The message buf prints: buf's own text for buf's rules, protoguard's for its own rules. */
function bufMessage(f: Finding): string {
  return f.bufMessage ?? f.message;
}

/**
 * `--format buf-json`: buf's `--error-format json`, one object per line with
 * `path, start_line, start_column, end_line, end_column, type, message` in
 * that order; `path` is left out for a deleted file or package, as buf does.
 * The message is buf's text, and the lines are in buf's order (which sorts on
 * that text). `input` is the directory input as typed (undefined for other
 * inputs). Nothing for a clean run.
 */
export function formatBufJson(findings: readonly Finding[], input?: string): string {
  return sortFindings(findings, bufMessage)
    .map(
      (f) =>
        `${stringifyJson({
          ...(f.deleted ? {} : { path: bufPath(input, f.path) }),
          start_line: f.line,
          start_column: f.column,
          end_line: f.endLine,
          end_column: f.endColumn,
          type: f.rule,
          message: bufMessage(f),
        })}\n`,
    )
    .join("");
}
