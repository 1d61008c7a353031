import type { Comparison } from "../compare/pair.js";
import { sortFindings, type Finding, type Severity } from "../model/finding.js";
import type { AnyEl, FileEl, Span } from "../image/model.js";
import type { Located, Subject } from "../config/filter.js";
import { fingerprintOf } from "../model/fingerprint.js";
import { DEFAULT_SETTINGS, type Report, type Rule, type RuleSettings, type Where } from "../model/rule.js";

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

/** Elements of a file by SourceCodeInfo path. */
function elementIndex(file: FileEl): Map<string, Exclude<AnyEl, FileEl>> {
  const index = new Map<string, Exclude<AnyEl, FileEl>>();
  const add = (el: Exclude<AnyEl, FileEl>): void => {
    index.set(el.path.join(","), el);
  };
  for (const m of file.messages) {
    add(m);
    for (const f of m.fields) add(f);
    for (const o of m.oneofs) add(o);
  }
  for (const e of file.enums) {
    add(e);
    for (const v of e.values) add(v);
  }
  for (const s of file.services) {
    add(s);
    for (const m of s.methods) add(m);
  }
  for (const x of file.extensions) add(x);
  return index;
}

function inMapEntry(el: Exclude<AnyEl, FileEl>): boolean {
  if (el.kind === "message") return el.isMapEntry;
  return el.kind === "field" && !el.isExtension && el.parent?.isMapEntry === true;
}

function subjectOf(where: Where, indexes: Map<FileEl, Map<string, Exclude<AnyEl, FileEl>>>): Subject {
  let index = indexes.get(where.file);
  if (index === undefined) {
    index = elementIndex(where.file);
    indexes.set(where.file, index);
  }
  for (const loc of where.candidates) {
    if (loc.file !== where.file) continue;
    for (let n = loc.path.length; n > 0; n--) {
      const el = index.get(loc.path.slice(0, n).join(","));
      if (el === undefined) continue;
      if (inMapEntry(el)) break;
      return { file: where.file, element: el };
    }
  }
  return { file: where.file, element: undefined };
}

/** What a subject is, for a fingerprint: kind, full name and number of its element, or the file's path. */
function identity(subject: Subject | undefined): string | undefined {
  if (subject === undefined) return undefined;
  const el = subject.element;
  if (el === undefined) return `file ${subject.file.path}`;
  switch (el.kind) {
    case "field":
      return `field ${el.fullName} ${el.number}`;
    case "enum_value":
      // Values are scoped to the enum's parent, as in descriptors: the enum names which one.
      return `enum_value ${el.enum.fullName}.${el.name} ${el.number}`;
    case "oneof":
      return `oneof ${el.message.fullName}.${el.name}`;
    case "method":
      return `method ${el.service.fullName}.${el.name}`;
    default:
      return `${el.kind} ${el.fullName}`;
  }
}

function located(finding: Finding, current: Subject | undefined, previous: Subject | undefined): Located {
  const fingerprint = fingerprintOf(finding.rule, identity(previous), identity(current));
  return { finding: { ...finding, fingerprint }, current, previous };
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
  settings: RuleSettings = DEFAULT_SETTINGS,
): Finding[] {
  return runRulesLocated(comparison, rules, roots, severity, settings).map((l) => l.finding);
}

/** As runRules, with what each finding is about on each side. */
export function runRulesLocated(
  comparison: Comparison,
  rules: readonly Rule[],
  roots: DisplayRoots = { current: "", previous: "" },
  severity: (rule: Rule) => Severity = () => "error",
  settings: RuleSettings = DEFAULT_SETTINGS,
): Located[] {
  const findings: Finding[] = [];
  const byFinding = new Map<Finding, Located>();
  const indexes = new Map<FileEl, Map<string, Exclude<AnyEl, FileEl>>>();
  for (const rule of rules) {
    const level = severity(rule);
    const report = (r: Report): void => {
      if (r.current === null) {
        const prevSpan = locate(r.previous);
        const file = displayPath(roots.previous, r.previous.file.path);
        const finding: Finding = {
          rule: rule.id,
          severity: level,
          file,
          path: r.previous.file.path,
          deleted: true,
          ...FILE_START,
          message: r.message,
          ...(r.bufMessage === undefined ? {} : { bufMessage: r.bufMessage }),
          previous: { file, line: prevSpan.line, column: prevSpan.column },
          ...(r.fix === undefined ? {} : { fix: r.fix }),
        };
        findings.push(finding);
        byFinding.set(finding, located(finding, undefined, subjectOf(r.previous, indexes)));
        return;
      }
      const span = locate(r.current);
      const prevSpan = r.previous === undefined ? undefined : locate(r.previous);
      const finding: Finding = {
        rule: rule.id,
        severity: level,
        file: displayPath(roots.current, r.current.file.path),
        path: r.current.file.path,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        message: r.message,
        ...(r.bufMessage === undefined ? {} : { bufMessage: r.bufMessage }),
        ...(r.previous === undefined || prevSpan === undefined
          ? {}
          : {
              previous: {
                file: displayPath(roots.previous, r.previous.file.path),
                line: prevSpan.line,
                column: prevSpan.column,
              },
            }),
        ...(r.fix === undefined ? {} : { fix: r.fix }),
      };
      findings.push(finding);
      byFinding.set(
        finding,
        located(finding, subjectOf(r.current, indexes), r.previous === undefined ? undefined : subjectOf(r.previous, indexes)),
      );
    };
    rule.check(comparison, { report, settings });
  }
  return sortFindings(findings).map((f) => byFinding.get(f) as Located);
}
