import { evidenceLine } from "../model/evidence.js";
import type { Finding } from "../model/finding.js";
import { codeFrame } from "./codeframe.js";
import type { Palette } from "./color.js";
import type { ReportContext } from "./context.js";
import { defuseCommands, escapeTerminal } from "./escape.js";
import { nothingToCompare, plural } from "./links.js";
import { findingFingerprint } from "../model/fingerprint.js";
import { approvalText, isApproved } from "./approval.js";
import { groupRelated } from "./related.js";
import { adviceLine, countLine, packageAdvice } from "./summary.js";
import { escapedView } from "./view.js";

/** Where the element was, when that is not where the finding points (a deletion, a move). */
function wasAt(f: Finding): string | undefined {
  const p = f.previous;
  if (p === undefined || (p.line === f.line && p.column === f.column)) return undefined;
  return `${p.file}:${p.line}:${p.column}`;
}

/**
 * `--format text`: findings grouped by file, each with its place and rule
 * ID (`file:line:col  RULE_ID  message`), the source line with a `^^^` marker
 * under the span (when the context has the file's text) and where the element
 * was; then a summary: how many breaking changes in how many files, and for
 * each stable package the new major version its changes belong in. Strings
 * from input are escaped for a terminal on the way in, and no line can be
 * read as a workflow command.
 */
export function formatText(raw: readonly Finding[], rawContext: ReportContext, c: Palette): string {
  const { findings, context } = escapedView(raw, rawContext, escapeTerminal);
  return defuseCommands(render(findings, context, c));
}

function render(findings: readonly Finding[], context: ReportContext, c: Palette): string {
  if (findings.length === 0) {
    const clean =
      context.absentAgainst === undefined
        ? `No breaking changes: ${plural(context.filesCompared, "file")} compared against ${context.against}.`
        : nothingToCompare(context.absentAgainst, context.filesCompared);
    return `${[clean, ...approvedLines(context, c), ...suppressedLines(context, c)].join("\n")}\n`;
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
  // A follower's own fix would undo a symptom, not the cause: only the root cause's fix is shown.
  const finding = (f: Finding, indent: string, showFix = true): void => {
    const where = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
    const severity = f.severity === "error" ? "" : `${c.warning("warning")}  `;
    lines.push(`${indent}${c.location(where)}  ${severity}${c.rule(f.rule)}  ${f.message}`);
    const detail = `${indent}    `;
    const frame = codeFrame(f, context.sources?.get(f.path));
    if (frame) {
      const gutter = String(frame.line);
      const mark = f.severity === "error" ? c.error : c.warning;
      lines.push(`${detail}${c.dim(`${gutter} |`)} ${frame.text}`);
      lines.push(`${detail}${c.dim(`${" ".repeat(gutter.length)} |`)} ${mark(frame.marker)}`);
    }
    const was = wasAt(f);
    if (was !== undefined) lines.push(`${detail}${c.dim(`(was at ${was})`)}`);
    if (showFix && f.fix !== undefined) lines.push(`${detail}${c.dim("fix:")} ${f.fix}`);
    if (f.releases !== undefined) lines.push(`${detail}${c.dim("breaks:")} ${f.releases.join(", ")}`);
    if (f.evidence !== undefined) lines.push(`${detail}${c.dim("evidence:")} ${evidenceLine(f.evidence)}`);
    lines.push(`${detail}${c.dim(`fingerprint: ${findingFingerprint(f)}`)}`);
  };
  for (const [name, group] of groups) {
    lines.push(c.bold(name));
    for (const f of group) {
      finding(f, "  ");
      const related = followers.get(f);
      if (related) {
        lines.push(`    ${c.dim("as buf reports the same change:")}`);
        for (const r of related) finding(r, "    ", false);
      }
    }
    lines.push("");
  }
  const errors = findings.some((f) => f.severity === "error");
  const summary = `${countLine(findings, context.lint === true ? "problem" : "breaking change")}.`;
  lines.push(errors ? c.error(summary) : summary);
  for (const advice of packageAdvice(findings, context)) lines.push(adviceLine(advice));
  lines.push(...approvedLines(context, c));
  lines.push(...suppressedLines(context, c));
  return `${lines.join("\n")}\n`;
}

/**
 * How many findings were suppressed and by what; with `showSuppressed`, each
 * of them with its place, rule, message and the reason it was suppressed.
 */
function suppressedLines(context: ReportContext, c: Palette): string[] {
  const suppressed = (context.suppressed ?? []).filter((s) => !isApproved(s));
  if (suppressed.length === 0) return [];
  const byComment = suppressed.filter((s) => s.suppression.by === "comment").length;
  const byConfig = suppressed.length - byComment;
  const how = [
    ...(byComment > 0 ? [`${byComment} by a protoguard:ignore comment`] : []),
    ...(byConfig > 0 ? [`${byConfig} by the configuration's ignores`] : []),
  ].join(", ");
  const noun = suppressed.length === 1 ? "finding" : "findings";
  if (context.showSuppressed !== true) {
    return [c.dim(`${suppressed.length} ${noun} suppressed (${how}; --show-suppressed to list).`)];
  }
  const lines = [c.dim(`${suppressed.length} ${noun} suppressed (${how}):`)];
  for (const f of suppressed) {
    const where = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
    const s = f.suppression;
    const why = s.by === "comment" ? `comment${s.reason === undefined ? "" : `: ${s.reason}`}` : `${s.by}${s.reason === undefined ? "" : `: ${s.reason}`}`;
    lines.push(`  ${c.dim(where)}  ${c.rule(f.rule)}  ${f.message}`);
    lines.push(`      ${c.dim(`(suppressed by ${why}${s.at === undefined ? "" : ` at ${s.at}`})`)}`);
  }
  return lines;
}

/** The approved findings, always listed: each is a decision someone made, with who made it and why. */
function approvedLines(context: ReportContext, c: Palette): string[] {
  const approved = (context.suppressed ?? []).filter(isApproved);
  if (approved.length === 0) return [];
  const lines = [c.dim(`${plural(approved.length, "finding")} approved:`)];
  for (const f of approved) {
    const where = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
    lines.push(`  ${c.dim(where)}  ${c.rule(f.rule)}  ${f.message}`);
    lines.push(`      ${c.dim(`(approved ${findingFingerprint(f)} by ${approvalText(f.suppression)})`)}`);
  }
  return lines;
}
