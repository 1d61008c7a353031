import type { CommitType, DiffChange, DiffMember, Location, SemVer } from "../model/change.js";
import { NO_COLOR, type Palette } from "./color.js";
import { defuseCommands, escapeTerminal, stringifyJson } from "./escape.js";
import { escapeMarkdown } from "./markdown.js";

/** What `protoguard diff` reports: the verdict and every change. */
export interface DiffReport {
  readonly semver: SemVer;
  readonly commit: CommitType | null;
  readonly changes: readonly DiffChange[];
  /** How the previous version is named (`main`, `../v1/proto`). */
  readonly against: string;
}

export const DIFF_FORMATS = ["text", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** One line of text for a change: `renamed message acme.v1.Order → acme.v1.Purchase`. */
function describe(c: DiffChange): string {
  const element = c.element.replace("_", " ");
  const names =
    c.previous !== null && c.current !== null && c.previous !== c.current
      ? `${c.previous} → ${c.current}`
      : (c.current ?? c.previous ?? "");
  return `${c.kind} ${element} ${names}${c.detail === undefined ? "" : `: ${c.detail}`}`;
}

/** A place as `breaking` shows it: `proto/acme/v1/a.proto:5:3`, `main:proto/acme/v1/a.proto:5:3`. */
/** A member added or removed with its parent, under the parent's line: `field acme.v1.B.y: number 1, type string`. */
function describeMember(m: DiffMember): string {
  return `${m.element.replace("_", " ")} ${m.current ?? m.previous ?? ""}${m.detail === undefined ? "" : `: ${m.detail}`}`;
}

function where(p: Location): string {
  return `${p.file}:${p.line}:${p.column}`;
}

function inside(p: Location): string {
  return `${p.path}:${p.line}:${p.column}`;
}

/**
 * The messages and enums added or removed inside a message added or removed
 * in the same list: each is listed under that message (in text and markdown;
 * JSON keeps one entry per element). The rest are top-level.
 */
function nestChanges(changes: readonly DiffChange[]): { top: DiffChange[]; under: Map<DiffChange, DiffChange[]> } {
  const whole = (c: DiffChange): string | null =>
    (c.kind === "added" || c.kind === "removed") && (c.element === "message" || c.element === "enum")
      ? (c.kind === "added" ? c.current : c.previous)
      : null;
  const messages = new Map<string, DiffChange>();
  for (const c of changes) {
    const name = whole(c);
    if (name !== null && c.element === "message") messages.set(`${c.kind}\0${c.file}\0${name}`, c);
  }
  const top: DiffChange[] = [];
  const under = new Map<DiffChange, DiffChange[]>();
  for (const c of changes) {
    const name = whole(c);
    const parent = name === null ? undefined : messages.get(`${c.kind}\0${c.file}\0${name.slice(0, name.lastIndexOf("."))}`);
    if (parent === undefined) top.push(c);
    else under.set(parent, [...(under.get(parent) ?? []), c]);
  }
  return { top, under };
}

function groupByFile(changes: readonly DiffChange[]): Map<string, DiffChange[]> {
  const out = new Map<string, DiffChange[]>();
  for (const c of changes) out.set(c.file, [...(out.get(c.file) ?? []), c]);
  return out;
}

function verdict(report: DiffReport): string {
  const breaking = report.changes.filter((c) => c.breaking).length;
  const commit = report.commit === null ? "" : `; commit type ${report.commit}:`;
  const count = `${report.changes.length} ${report.changes.length === 1 ? "change" : "changes"}`;
  return `${count} against ${report.against}, ${breaking} breaking: semver ${report.semver}${commit}`;
}

/** Text: changes grouped by file, breaking ones in the error colour with the rules that flag them. */
export function formatDiffText(report: DiffReport, c: Palette): string {
  if (report.changes.length === 0) return `No changes against ${escapeTerminal(report.against)}.\n`;
  const lines: string[] = [];
  const { top, under } = nestChanges(report.changes);
  const nested = (parent: DiffChange, indent: string): void => {
    for (const n of under.get(parent) ?? []) {
      const rules = n.rules.length === 0 ? "" : `  ${c.rule(n.rules.join(", "))}`;
      lines.push(`${indent}${c.dim(escapeTerminal(`${n.element.replace("_", " ")} ${n.current ?? n.previous ?? ""}`))}${rules}`);
      for (const m of n.children ?? []) lines.push(`${indent}  ${c.dim(escapeTerminal(describeMember(m)))}`);
      nested(n, `${indent}  `);
    }
  };
  for (const [file, changes] of groupByFile(top)) {
    lines.push(c.bold(escapeTerminal(file)));
    for (const ch of changes) {
      // A removed element has no place in the current version: its previous place is shown as such.
      const loc = ch.currentAt === undefined ? "" : `${ch.currentAt.line}:${ch.currentAt.column}`;
      const mark = ch.breaking ? c.error("breaking") : "        ";
      const text = escapeTerminal(describe(ch));
      lines.push(`  ${c.location(loc.padStart(7))}  ${mark}  ${ch.breaking || ch.reach === "api" ? text : c.dim(text)}`);
      // Places are told apart by their paths inside the inputs: the two sides' names differ by their roots.
      const moved = ch.currentAt === undefined || (ch.previousAt !== undefined && inside(ch.previousAt) !== inside(ch.currentAt));
      if (ch.previousAt !== undefined && moved) lines.push(`             ${c.dim(`(was at ${escapeTerminal(where(ch.previousAt))})`)}`);
      if (ch.rules.length > 0) lines.push(`             ${c.rule(ch.rules.join(", "))}`);
      for (const m of ch.children ?? []) lines.push(`                       ${c.dim(escapeTerminal(describeMember(m)))}`);
      nested(ch, "                       ");
    }
    lines.push("");
  }
  lines.push(escapeTerminal(verdict(report)));
  return `${defuseCommands(lines.join("\n"))}\n`;
}

/** JSON: `{"semver", "commit", "changes": [{kind, element, previous, current, breaking, rules, file, ...}]}`. */
export function formatDiffJson(report: DiffReport): string {
  return `${stringifyJson(
    {
      version: 1,
      semver: report.semver,
      commit: report.commit,
      changes: report.changes.map((c) => ({
        kind: c.kind,
        element: c.element,
        previous: c.previous,
        current: c.current,
        ...(c.detail === undefined ? {} : { detail: c.detail }),
        breaking: c.breaking,
        rules: c.rules,
        file: c.file,
        ...(c.previousAt === undefined ? {} : { previousLocation: c.previousAt }),
        ...(c.currentAt === undefined ? {} : { currentLocation: c.currentAt }),
        ...(c.children === undefined
          ? {}
          : {
              children: c.children.map((m) => ({
                kind: m.kind,
                element: m.element,
                previous: m.previous,
                current: m.current,
                ...(m.detail === undefined ? {} : { detail: m.detail }),
                ...(m.previousAt === undefined ? {} : { previousLocation: m.previousAt }),
                ...(m.currentAt === undefined ? {} : { currentLocation: m.currentAt }),
              })),
            }),
      })),
    },
    2,
  )}\n`;
}

function placeOf(c: DiffChange | DiffMember): string | undefined {
  return c.currentAt !== undefined ? where(c.currentAt) : c.previousAt !== undefined ? `was at ${where(c.previousAt)}` : undefined;
}

/**
 * A list item per change; the members that come and go with a message, enum
 * or service, and the messages and enums added or removed inside it, as
 * items nested under it.
 */
function markdownList(changes: readonly DiffChange[]): string[] {
  const { top, under } = nestChanges(changes);
  const item = (c: DiffChange, indent: string, text: string): string[] => {
    const at = placeOf(c);
    const rules = c.rules.length === 0 ? "" : ` (${c.rules.map((r) => `\`${r}\``).join(", ")})`;
    const members = (c.children ?? []).map((m) => {
      const mat = placeOf(m);
      return `${indent}  - ${escapeMarkdown(describeMember(m))}${mat === undefined ? "" : ` — ${escapeMarkdown(mat)}`}`;
    });
    const inner = (under.get(c) ?? []).flatMap((n) => item(n, `${indent}  `, `${n.element.replace("_", " ")} ${n.current ?? n.previous ?? ""}`));
    return [`${indent}- ${escapeMarkdown(text)}${at === undefined ? "" : ` — ${escapeMarkdown(at)}`}${rules}`, ...members, ...inner];
  };
  return top.flatMap((c) => item(c, "", describe(c)));
}

/** Markdown: release notes, breaking changes first, then the other changes. */
export function formatDiffMarkdown(report: DiffReport): string {
  const lines = [`## Schema changes against ${escapeMarkdown(report.against)}`, ""];
  lines.push(
    `SemVer: **${report.semver}**${report.commit === null ? "" : ` · conventional commit: \`${report.commit}:\``}`,
    "",
  );
  const breaking = report.changes.filter((c) => c.breaking);
  const other = report.changes.filter((c) => !c.breaking);
  if (breaking.length > 0) lines.push("### Breaking changes", "", ...markdownList(breaking), "");
  if (other.length > 0) lines.push("### Other changes", "", ...markdownList(other), "");
  if (report.changes.length === 0) lines.push("No changes.", "");
  return `${defuseCommands(lines.join("\n").trimEnd())}\n`;
}

/** A diff report in one of its formats; colour only for text, and only when a palette is given. */
export function formatDiff(format: DiffFormat, report: DiffReport, c: Palette = NO_COLOR): string {
  switch (format) {
    case "text":
      return formatDiffText(report, c);
    case "json":
      return formatDiffJson(report);
    case "markdown":
      return formatDiffMarkdown(report);
    default:
      return format satisfies never;
  }
}
