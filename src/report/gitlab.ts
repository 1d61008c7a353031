import { findingFingerprint } from "../model/fingerprint.js";
import type { Finding } from "../model/finding.js";
import { releaseList, workspacePath } from "./links.js";
import { stringifyJson } from "./escape.js";

/** The issue's text: the message, and the releases it breaks (`--against-tags`). */
function description(f: Finding): string {
  const releases = releaseList(f);
  return releases === undefined ? f.message : `${f.message} Breaks: ${releases}.`;
}

/**
 * `--format gitlab`: a GitLab code quality report (the Code Climate subset
 * GitLab reads), for `artifacts: reports: codequality`. Each issue has the
 * rule as `check_name` and a fingerprint from the rule, the file's path and
 * the message, so GitLab matches it across pipelines even when lines move.
 */
export function formatGitlab(findings: readonly Finding[]): string {
  const issues = findings.map((f) => ({
    type: "issue",
    description: description(f),
    check_name: f.rule,
    fingerprint: findingFingerprint(f),
    severity: f.severity === "error" ? "major" : "minor",
    categories: ["Compatibility"],
    location: {
      path: workspacePath(f),
      lines: { begin: f.line, end: f.endLine },
    },
  }));
  return `${stringifyJson(issues, 2)}\n`;
}
