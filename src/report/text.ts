import type { Finding } from "../finding.js";
import type { Palette } from "./color.js";
import type { ReportContext } from "./json.js";
import { groupRelated } from "./related.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * `--format text`: findings grouped by file, one line each,
 * `file:line:col  RULE_ID  message`, then a summary line.
 */
export function formatText(findings: readonly Finding[], context: ReportContext, c: Palette): string {
  if (findings.length === 0) {
    return `No breaking changes: ${plural(context.filesCompared, "file")} compared against ${context.against}.\n`;
  }
  const { top, followers } = groupRelated(findings);
  const groups = new Map<string, Finding[]>();
  for (const f of top) {
    const key = f.deleted ? `${f.file} (deleted)` : f.file;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const lines: string[] = [];
  const line = (f: Finding, indent: string): string => {
    const where = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
    const severity = f.severity === "error" ? "" : `${c.warning("warning")}  `;
    return `${indent}${c.location(where)}  ${severity}${c.rule(f.rule)}  ${f.message}`;
  };
  for (const [name, group] of groups) {
    lines.push(c.bold(name));
    for (const f of group) {
      lines.push(line(f, "  "));
      const related = followers.get(f);
      if (related) {
        lines.push(`    ${c.dim("as buf reports the same change:")}`);
        for (const r of related) lines.push(line(r, "    "));
      }
    }
    lines.push("");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  let summary = `${plural(errors, "breaking change")} in ${plural(files, "file")}`;
  if (warnings > 0) summary += `, ${plural(warnings, "warning")}`;
  lines.push(errors > 0 ? c.error(`${summary}.`) : `${summary}.`);
  return `${lines.join("\n")}\n`;
}
