import type { Evidence } from "./evidence.js";

/** How bad a finding is; every breaking rule reports errors unless configured otherwise. */
export type Severity = "error" | "warning";

/** A position on the previous side of a comparison. */
export interface PreviousLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One breaking change, located in the current version. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The path as the user would open it: the input joined with `path`. */
  readonly file: string;
  /**
   * The path inside the input (module-relative, `/` separators), as buf prints it.
   * For a deleted file or package this is the previous path and `deleted` is true.
   */
  readonly path: string;
  /** True when the finding has no place in the current version (a deleted file or package). */
  readonly deleted?: true;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  /**
   * For buf's rules: the message `buf breaking` prints for the same change,
   * which `--format buf-json` prints; absent for protoguard's own rules.
   */
  readonly bufMessage?: string;
  readonly previous?: PreviousLocation;
  /** A suggested change that keeps old clients working (see Report.fix). */
  readonly fix?: string;
  /** What the finding is about, as twelve hex digits (fingerprint.ts): what an approval names. */
  readonly fingerprint?: string;
  /** For a wire or JSON finding with `--evidence`: an example the two versions read differently. */
  readonly evidence?: Evidence;
  /**
   * With `againstTags`: the releases (tag names, oldest first) this change
   * breaks compatibility with.
   */
  readonly releases?: readonly string[];
}

/** The message with the suggested fix on a line of its own, for formats that show one text. */
export function messageWithFix(f: Finding): string {
  return f.fix === undefined ? f.message : `${f.message}\nFix: ${f.fix}.`;
}

/**
 * Orders findings by file, line, column, rule and message, as buf does, and
 * drops duplicates. `messageOf` picks the message that counts (buf-json orders
 * by buf's message).
 */
export function sortFindings(findings: readonly Finding[], messageOf: (f: Finding) => string = (f) => f.message): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.path}\0${f.line}\0${f.column}\0${f.endLine}\0${f.endColumn}\0${f.rule}\0${messageOf(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort(
    (a, b) =>
      cmp(a.deleted ? "" : a.path, b.deleted ? "" : b.path) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.rule, b.rule) ||
      cmp(messageOf(a), messageOf(b)) ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn,
  );
}
