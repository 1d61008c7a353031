import { messageWithFix, type Finding } from "../model/finding.js";
import { findingFingerprint } from "../model/fingerprint.js";
import type { ReportContext } from "./context.js";
import { defuseCommand, escapeTerminal } from "./escape.js";
import { plural, releaseList } from "./links.js";
import { escapedView } from "./view.js";

/** GitHub shows at most this many error annotations, and as many warnings, per step; it drops the rest silently. */
export const ANNOTATION_LIMIT = 10;

/**
 * Escapes a workflow command's message as @actions/core does: `%` first, then
 * CR and LF; the other characters a log must not get raw (ESC, C1 controls,
 * bidirectional marks) are then shown escaped, as in text (`\x1b`).
 */
export function escapeData(s: string): string {
  return escapeTerminal(s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
}

/** Escapes a workflow command's property value as @actions/core does: the message escapes, then `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * One workflow command line, `::command key=value,...::message`, with the
 * properties in the order given and empty ones left out, as @actions/core writes it.
 */
export function workflowCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}

/** The annotation's text: the message, the fix, the releases it breaks, and the fingerprint an approval names. */
export function annotationText(f: Finding): string {
  const releases = releaseList(f);
  return `${messageWithFix(f)}${releases === undefined ? "" : `\nBreaks: ${releases}`}\nFingerprint: ${findingFingerprint(f)}`;
}

/** The annotation of a finding: on its file and span; a deleted file has no place, so no `file`. */
export function annotation(f: Finding): string {
  const command = f.severity === "error" ? "error" : "warning";
  if (f.deleted) return workflowCommand(command, { title: f.rule }, annotationText(f));
  const oneLine = f.line === f.endLine;
  return workflowCommand(
    command,
    {
      title: f.rule,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      // GitHub takes columns only on a one-line span.
      col: oneLine ? f.column : undefined,
      endColumn: oneLine ? f.endColumn : undefined,
    },
    annotationText(f),
  );
}

/**
 * `--format github`: workflow commands that GitHub turns into annotations on
 * the pull request's files. At most ANNOTATION_LIMIT errors and as many
 * warnings are annotated (GitHub drops the rest); one notice then counts the
 * findings left out, which follow as plain log lines so the log holds them all.
 * Strings from input are escaped for the log on the way in; the commands
 * escape their data and properties, and no other line can be read as one.
 */
export function formatGithub(raw: readonly Finding[], rawContext: ReportContext): string {
  const { findings, context } = escapedView(raw, rawContext, escapeTerminal);
  const lines: string[] = [];
  const log = (line: string): void => {
    lines.push(defuseCommand(line));
  };
  if (findings.length === 0) {
    log(`No breaking changes: ${plural(context.filesCompared, "file")} compared against ${context.against}.`);
    return `${lines.join("\n")}\n`;
  }
  const rest: Finding[] = [];
  const shown = { error: 0, warning: 0 };
  for (const f of findings) {
    if (shown[f.severity] < ANNOTATION_LIMIT) {
      shown[f.severity]++;
      lines.push(annotation(f));
    } else {
      rest.push(f);
    }
  }
  if (rest.length > 0) {
    lines.push(
      workflowCommand(
        "notice",
        { title: "protoguard" },
        `${plural(rest.length, "more finding")} not annotated (GitHub shows ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings per step): see the job summary or the log.`,
      ),
    );
    for (const f of rest) {
      const where = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
      const releases = releaseList(f);
      log(`${where}: ${f.rule}: ${f.message} (${releases === undefined ? "" : `breaks ${releases}; `}fingerprint ${findingFingerprint(f)})`);
    }
  }
  return `${lines.join("\n")}\n`;
}
