import type { Comparison } from "./compare/pair.js";
import { sortFindings, type Finding, type Severity } from "./finding.js";
import type { Span } from "./image/model.js";
import type { Report, Rule, Where } from "./rule.js";

/** How the two sides are shown to the user: each finding's file is its root joined with the path. */
export interface DisplayRoots {
  readonly current: string;
  readonly previous: string;
}

const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function locate(where: Where): Span {
  for (const loc of where.candidates) {
    const span = where.file.span(loc.path);
    if (span) return span;
  }
  return FILE_START;
}

/**
 * Joins a display root and a module path the way a user would type it: a
 * directory (`proto/a.proto`) or a git revision (`main:proto/a.proto`, `main:a.proto`).
 */
export function displayPath(root: string, path: string): string {
  if (root === "" || root === ".") return path;
  return root.endsWith("/") || root.endsWith(":") ? `${root}${path}` : `${root}/${path}`;
}

/**
 * Runs rules over a comparison and returns their findings, de-duplicated and
 * sorted. `severity` gives each rule's severity (default: error).
 */
export function runRules(
  comparison: Comparison,
  rules: readonly Rule[],
  roots: DisplayRoots = { current: "", previous: "" },
  severity: (rule: Rule) => Severity = () => "error",
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = severity(rule);
    const report = (r: Report): void => {
      const prevSpan = locate(r.previous);
      const previous = {
        file: displayPath(roots.previous, r.previous.file.path),
        line: prevSpan.line,
        column: prevSpan.column,
      };
      if (r.current === null) {
        findings.push({
          rule: rule.id,
          severity: level,
          file: previous.file,
          path: r.previous.file.path,
          deleted: true,
          ...FILE_START,
          message: r.message,
          previous,
        });
        return;
      }
      const span = locate(r.current);
      findings.push({
        rule: rule.id,
        severity: level,
        file: displayPath(roots.current, r.current.file.path),
        path: r.current.file.path,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        message: r.message,
        previous,
      });
    };
    rule.check(comparison, { report });
  }
  return sortFindings(findings);
}
