import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Located, Subject } from "./filter.js";
import type { Finding } from "../model/finding.js";
import type { FileEl } from "../image/model.js";
import { ruleSlug } from "../model/rule.js";
import { closest } from "../model/suggest.js";
import { SUPPRESSION_NO_REASON, SUPPRESSION_UNUSED } from "../model/suppression.js";
import { FILE } from "../model/source-path.js";

/** The prefix of an inline suppression in a leading comment. */
export const DIRECTIVE = "protoguard:ignore";

export { SUPPRESSION_NO_REASON, SUPPRESSION_UNUSED, SUPPRESSION_WARNINGS } from "../model/suppression.js";

/** The path of a suppression warning's doc (docs/<id>.md), from the sources or from the build. */
export function suppressionDocPath(id: string): string {
  const name = `${ruleSlug(id)}.md`;
  const source = fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
  return existsSync(source) ? source : fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));
}

/** FileDescriptorProto.package and .syntax / .edition: where a file-level suppression is written. */
const FILE_STATEMENTS: readonly (readonly number[])[] = [[FILE.package], [FILE.syntax], [FILE.edition]];

/** One `// protoguard:ignore RULE[, RULE] -- reason` comment on an element. */
export interface Directive {
  readonly rules: readonly string[];
  /** The text after `--`, trimmed; "" when there is none. */
  readonly reason: string;
  readonly subject: Subject;
  /** Where the comment is: its line and column when the file's text is known, else the element's. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Parses the directives in a leading comment (each line that starts with the prefix is one). */
export function parseDirectives(comment: string): { rules: string[]; reason: string }[] {
  const out: { rules: string[]; reason: string }[] = [];
  for (const raw of comment.split("\n")) {
    const line = raw.replace(/^\s*\*?\s*/, "");
    if (!line.startsWith(DIRECTIVE)) continue;
    const rest = line.slice(DIRECTIVE.length);
    if (rest !== "" && !/^\s/.test(rest)) continue;
    const dashes = rest.indexOf("--");
    const list = dashes < 0 ? rest : rest.slice(0, dashes);
    const reason = dashes < 0 ? "" : rest.slice(dashes + 2).trim();
    const rules = list
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    out.push({ rules, reason });
  }
  return out;
}

function paths(subject: Subject): readonly (readonly number[])[] {
  return subject.element === undefined ? FILE_STATEMENTS : [subject.element.path];
}

/** The 1-based line and column of a directive's comment above `line`, found in the file's text. */
function findComment(text: string | undefined, line: number): { line: number; column: number; endColumn: number } | undefined {
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  for (let i = Math.min(line, lines.length) - 1; i >= 0 && i >= line - 50; i--) {
    const at = (lines[i] as string).indexOf(DIRECTIVE);
    if (at >= 0) {
      const text = lines[i] as string;
      const start = Math.max(text.lastIndexOf("//", at), text.lastIndexOf("/*", at));
      const column = (start >= 0 ? start : at) + 1;
      return { line: i + 1, column, endColumn: (lines[i] as string).trimEnd().length + 1 };
    }
  }
  return undefined;
}

/**
 * Reads inline suppressions from the current version's comments. Only files
 * whose text may hold one (`mayHold`) are read, so files without the prefix
 * never have their comments built.
 */
export class Suppressions {
  private readonly bySubject = new Map<string, Directive[]>();
  private readonly scanned = new Set<FileEl>();

  constructor(
    private readonly mayHold: (file: FileEl) => boolean,
    private readonly text: (file: FileEl) => string | undefined,
  ) {}

  private key(file: FileEl, path: readonly number[] | undefined): string {
    return `${file.path}\0${path === undefined ? "file" : path.join(",")}`;
  }

  private scan(file: FileEl): void {
    if (this.scanned.has(file)) return;
    this.scanned.add(file);
    if (file.isImport || !this.mayHold(file)) return;
    const subjects: Subject[] = [{ file, element: undefined }];
    for (const m of file.messages) {
      if (m.isMapEntry) continue;
      subjects.push({ file, element: m });
      for (const f of m.fields) subjects.push({ file, element: f });
      for (const o of m.oneofs) if (!o.isSynthetic) subjects.push({ file, element: o });
    }
    for (const e of file.enums) {
      subjects.push({ file, element: e });
      for (const v of e.values) subjects.push({ file, element: v });
    }
    for (const s of file.services) {
      subjects.push({ file, element: s });
      for (const m of s.methods) subjects.push({ file, element: m });
    }
    for (const x of file.extensions) subjects.push({ file, element: x });
    for (const subject of subjects) {
      const found: Directive[] = [];
      for (const path of paths(subject)) {
        const comment = file.leadingComments(path);
        if (comment === undefined || !comment.includes(DIRECTIVE)) continue;
        const span = file.span(path) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const place = findComment(this.text(file), span.line);
        for (const d of parseDirectives(comment)) {
          found.push({
            ...d,
            subject,
            ...(place === undefined ? span : { line: place.line, column: place.column, endLine: place.line, endColumn: place.endColumn }),
          });
        }
      }
      if (found.length > 0) this.bySubject.set(this.key(file, subject.element?.path), found);
    }
  }

  /** The directives on a subject of the current version. */
  on(subject: Subject): readonly Directive[] {
    this.scan(subject.file);
    return this.bySubject.get(this.key(subject.file, subject.element?.path)) ?? [];
  }

  /** Every directive in the given files. */
  all(files: readonly FileEl[]): Directive[] {
    for (const f of files) this.scan(f);
    return [...this.bySubject.values()].flat();
  }
}

export interface SuppressionOutcome {
  /** Findings a directive names, with the directive. */
  readonly suppressed: readonly { readonly located: Located; readonly directive: Directive }[];
  /** Findings left. */
  readonly kept: readonly Located[];
  /** Warnings about the directives themselves. */
  readonly warnings: readonly Finding[];
}

function elementName(d: Directive): string {
  const el = d.subject.element;
  if (el === undefined) return `file ${d.subject.file.path}`;
  switch (el.kind) {
    case "message":
      return `message ${el.fullName}`;
    case "field":
      return el.isExtension ? `extension ${el.fullName}` : `field ${el.fullName}`;
    case "oneof":
      return `oneof ${el.message.fullName}.${el.name}`;
    case "enum":
      return `enum ${el.fullName}`;
    case "enum_value":
      return `enum value ${el.enum.fullName}.${el.name}`;
    case "service":
      return `service ${el.fullName}`;
    case "method":
      return `RPC ${el.service.fullName}.${el.name}`;
    default:
      return el satisfies never;
  }
}

/**
 * Applies inline suppressions: a finding is suppressed by a directive on the
 * element it is about in the current version (for a deletion, the surviving
 * parent) that names its rule. Directives without a reason, and directives
 * naming a rule that ran but suppressed nothing there (or naming no rule at
 * all), become warnings placed at the comment.
 */
export function applySuppressions(
  located: readonly Located[],
  suppressions: Suppressions,
  files: readonly FileEl[],
  ran: ReadonlySet<string>,
  known: readonly string[],
  display: (file: FileEl) => string,
): SuppressionOutcome {
  const kept: Located[] = [];
  const suppressed: { located: Located; directive: Directive }[] = [];
  const used = new Map<Directive, Set<string>>();
  for (const l of located) {
    const directive = l.current === undefined ? undefined : suppressions.on(l.current).find((d) => d.rules.includes(l.finding.rule));
    if (directive === undefined) {
      kept.push(l);
      continue;
    }
    suppressed.push({ located: l, directive });
    const set = used.get(directive) ?? new Set<string>();
    set.add(l.finding.rule);
    used.set(directive, set);
  }
  const warnings: Finding[] = [];
  for (const d of suppressions.all(files)) {
    const at = {
      file: display(d.subject.file),
      path: d.subject.file.path,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
    };
    const where = elementName(d);
    if (d.rules.length === 0) {
      warnings.push({ rule: SUPPRESSION_UNUSED, severity: "warning", ...at, message: `Suppression on ${where} names no rule: write "// ${DIRECTIVE} RULE_ID -- reason".` });
    }
    for (const rule of d.rules) {
      if (!known.includes(rule)) {
        const hint = closest(rule, known);
        warnings.push({
          rule: SUPPRESSION_UNUSED,
          severity: "warning",
          ...at,
          message: `Suppression on ${where} names an unknown rule ${JSON.stringify(rule)}${hint ? ` (did you mean "${hint}"?)` : ""}.`,
        });
      } else if (ran.has(rule) && !(used.get(d)?.has(rule) ?? false)) {
        warnings.push({
          rule: SUPPRESSION_UNUSED,
          severity: "warning",
          ...at,
          message: `Suppression of ${rule} on ${where} suppresses nothing: remove it.`,
        });
      }
    }
    if (d.reason === "" && d.rules.length > 0) {
      warnings.push({
        rule: SUPPRESSION_NO_REASON,
        severity: "warning",
        ...at,
        message: `Suppression of ${d.rules.join(", ")} on ${where} gives no reason: add "-- why this change is safe".`,
      });
    }
  }
  return { suppressed, kept, warnings };
}
