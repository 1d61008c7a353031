import { evidenceLine } from "../model/evidence.js";
import type { Finding } from "../model/finding.js";
import { codeFrame } from "./codeframe.js";
import type { ReportContext } from "./context.js";
import { defuseCommands, escapeTerminal } from "./escape.js";
import { nothingToCompare, plural, releaseList, ruleDocUrl } from "./links.js";
import { findingFingerprint } from "../model/fingerprint.js";
import { approvalText, approveCommand, isApproved } from "./approval.js";
import { adviceLine, countLine, packageAdvice } from "./summary.js";
import { escapedView } from "./view.js";

/** Rows of the findings table, and code frames in the details, before the rest is only counted (a comment holds 64 KB). */
export const MARKDOWN_ROWS = 100;
export const MARKDOWN_FRAMES = 50;
/** The most characters the report takes: a pull request comment holds 65,536; fewer rows are shown to stay below. */
export const MARKDOWN_MAX = 60_000;

/** A zero-width space, written as a character reference: it breaks a mention, a reference or a link without showing. */
const ZWSP = "&#8203;";

/**
 * Escapes text for GitHub-flavoured Markdown, in a table cell or a paragraph:
 * line breaks become spaces and other control and bidirectional characters
 * are shown escaped (`\x1b`); Markdown's punctuation is backslash-escaped and
 * HTML written as entities; and a zero-width space stops GitHub from turning
 * `@name` into a mention, `#12` or `owner/repo#12` into a cross-reference
 * (which notifies), and `https://…` or `www.…` into a link.
 */
export function escapeMarkdown(s: string): string {
  return escapeTerminal(s.replace(/\r?\n/g, " "))
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/#(?=\w)/g, `#${ZWSP}`)
    .replaceAll("@", `@${ZWSP}`)
    .replaceAll("://", `:${ZWSP}//`)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`);
}

/** A fenced block that its content cannot close: the fence is longer than any run of backticks in it. */
function fenced(lang: string, content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content}\n${fence}`;
}

function place(f: Finding): string {
  return f.deleted ? `${f.file} (deleted)` : `${f.file}:${f.line}:${f.column}`;
}

/**
 * `--format markdown`: a pull request comment or job summary. A heading with
 * the count, a table of findings (file and line, rule linked to its doc,
 * change), the version bump each stable package needs, and the code frames in
 * a collapsible details block. Strings from input are escaped for a log on
 * the way in and for Markdown where they are written (escapeMarkdown), and no
 * line can be read as a workflow command.
 */
export function formatMarkdown(raw: readonly Finding[], rawContext: ReportContext): string {
  const { findings, context } = escapedView(raw, rawContext, escapeTerminal);
  let rows = MARKDOWN_ROWS;
  let frames = MARKDOWN_FRAMES;
  let out = render(findings, context, rows, frames);
  while (out.length > MARKDOWN_MAX && (rows > 1 || frames > 0)) {
    if (frames > 0) frames = 0;
    else rows = Math.floor(rows / 2);
    out = render(findings, context, rows, frames);
  }
  return out;
}

function render(findings: readonly Finding[], context: ReportContext, maxRows: number, maxFrames: number): string {
  const against = escapeMarkdown(context.against);
  const approved = approvedSection(context);
  if (findings.length === 0 && context.absentAgainst !== undefined) {
    return `### ✅ protoguard: nothing to compare against\n\n${nothingToCompare(escapeMarkdown(context.absentAgainst), context.filesCompared)}\n${approved === "" ? "" : `\n${defuseCommands(approved)}\n`}`;
  }
  if (findings.length === 0) {
    return `### ✅ protoguard: no breaking changes\n\n${plural(context.filesCompared, "file")} compared against ${against}.\n${approved === "" ? "" : `\n${defuseCommands(approved)}\n`}`;
  }
  const out: string[] = [];
  out.push(`### ❌ protoguard: ${countLine(findings)}`, "");
  const input = context.input === undefined ? "" : `${escapeMarkdown(context.input)} `;
  out.push(`Compared ${input}against ${against} (${plural(context.filesCompared, "file")}).`, "");
  out.push("| | Where | Rule | Change |", "|---|---|---|---|");
  for (const f of findings.slice(0, maxRows)) {
    const icon = f.severity === "error" ? "❌" : "⚠️";
    const approve = f.severity === "error" ? `<br>Approve: \`${approveCommand(findingFingerprint(f))}\`` : "";
    const releases = releaseList(f);
    const breaks = releases === undefined ? "" : `<br>Breaks: ${escapeMarkdown(releases)}`;
    out.push(`| ${icon} | ${escapeMarkdown(place(f))} | [${escapeMarkdown(f.rule)}](${ruleDocUrl(f.rule)}) | ${escapeMarkdown(f.message)}${f.fix === undefined ? "" : `<br>Fix: ${escapeMarkdown(f.fix)}.`}${breaks}${f.evidence === undefined ? "" : `<br>Evidence: ${escapeMarkdown(evidenceLine(f.evidence))}`}${approve} |`);
  }
  if (findings.length > maxRows) {
    out.push("", `…and ${plural(findings.length - maxRows, "more finding")}, listed in the log.`);
  }
  const bumps = packageAdvice(findings, context);
  if (bumps.length > 0) {
    out.push("");
    for (const b of bumps) out.push(`- ${escapeMarkdown(adviceLine(b))}`);
  }
  const frames: string[] = [];
  for (const f of findings) {
    if (frames.length >= maxFrames) break;
    const frame = codeFrame(f, context.sources?.get(f.path));
    if (!frame) continue;
    const gutter = String(frame.line);
    const body = `${gutter} | ${frame.text}\n${" ".repeat(gutter.length)} | ${frame.marker}`;
    frames.push(`${escapeMarkdown(place(f))} ${escapeMarkdown(f.rule)}\n\n${fenced("text", body)}`);
  }
  if (approved !== "") out.push("", approved);
  if (frames.length > 0) {
    out.push("", "<details>", `<summary>The source of each change (${frames.length})</summary>`, "");
    out.push(frames.join("\n\n"), "", "</details>");
  }
  return `${defuseCommands(out.join("\n"))}\n`;
}

/** The approved findings, each with who approved it and why; "" when there are none. */
function approvedSection(context: ReportContext): string {
  const approved = (context.suppressed ?? []).filter(isApproved);
  if (approved.length === 0) return "";
  const rows = approved.slice(0, MARKDOWN_ROWS).map(
    (f) => `| ✔️ | ${escapeMarkdown(place(f))} | ${escapeMarkdown(f.rule)} | ${escapeMarkdown(f.message)} | \`${findingFingerprint(f)}\` ${escapeMarkdown(approvalText(f.suppression))} |`,
  );
  const more = approved.length > MARKDOWN_ROWS ? ["", `…and ${plural(approved.length - MARKDOWN_ROWS, "more approved finding")}.`] : [];
  return [`#### Approved (${approved.length})`, "", "| | Where | Rule | Change | Approval |", "|---|---|---|---|---|", ...rows, ...more].join("\n");
}
