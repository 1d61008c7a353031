import type { Comparison } from "../compare/pair.js";
import { sortFindings, type Finding, type Severity } from "../model/finding.js";
import type { AnyEl, FileEl, Span } from "../image/model.js";
import type { Located, Subject } from "../config/filter.js";
import { fingerprintOf } from "../model/fingerprint.js";
import { DEFAULT_SETTINGS, type Report, type Rule, type RuleSettings, type Where } from "../model/rule.js";
import { ENUM, FILE, MESSAGE, SERVICE } from "../model/source-path.js";

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

type El = Exclude<AnyEl, FileEl>;

/** A file's top-level messages, enums and extensions, by their index in the file: where the walk of elementAt starts. */
interface TopLevel {
  readonly messages: readonly El[];
  readonly enums: readonly El[];
  readonly extensions: readonly El[];
}

function topLevel(file: FileEl): TopLevel {
  return {
    messages: file.messages.filter((m) => m.parent === undefined),
    enums: file.enums.filter((e) => e.parent === undefined),
    extensions: file.extensions.filter((x) => x.path.length === 2),
  };
}

/** Whether `path` is the first `n` numbers of `of`. */
function isPrefix(path: readonly number[], of: readonly number[], n: number): boolean {
  if (path.length !== n) return false;
  for (let i = 0; i < n; i++) if (path[i] !== of[i]) return false;
  return true;
}

/** The element of `list` whose path is the first `n` numbers of `path`: the one at the path's index, else any. */
function pick(list: readonly El[], path: readonly number[], n: number): El | undefined {
  const at = list[path[n - 1] as number];
  if (at !== undefined && isPrefix(at.path, path, n)) return at;
  return list.find((el) => isPrefix(el.path, path, n));
}

/**
 * The element whose SourceCodeInfo path is the first `n` numbers of `path`,
 * found by walking down from the file's top level: a file's few findings
 * need a few elements, not an index of all of them.
 */
function elementAt(file: FileEl, top: TopLevel, path: readonly number[], n: number): El | undefined {
  if (n < 2 || n % 2 !== 0) return undefined;
  const first = path[0];
  const roots = first === FILE.messageType ? top.messages : first === FILE.enumType ? top.enums : first === FILE.service ? file.services : first === FILE.extension ? top.extensions : undefined;
  let el = roots === undefined ? undefined : pick(roots, path, 2);
  for (let k = 2; el !== undefined && k < n; k += 2) {
    const field = path[k];
    let children: readonly El[] | undefined;
    if (el.kind === "message") {
      const m = el;
      children =
        field === MESSAGE.field ? m.fields
        : field === MESSAGE.nestedType ? m.nestedMessages
        : field === MESSAGE.enumType ? m.nestedEnums
        : field === MESSAGE.oneofDecl ? m.oneofs
        : field === MESSAGE.extension ? file.extensions
        : undefined;
    } else if (el.kind === "enum") {
      children = field === ENUM.value ? el.values : undefined;
    } else if (el.kind === "service") {
      children = field === SERVICE.method ? el.methods : undefined;
    }
    el = children === undefined ? undefined : pick(children, path, k + 2);
  }
  return el;
}

function inMapEntry(el: El): boolean {
  if (el.kind === "message") return el.isMapEntry;
  return el.kind === "field" && !el.isExtension && el.parent?.isMapEntry === true;
}

function subjectOf(where: Where, tops: Map<FileEl, TopLevel>): Subject {
  let top = tops.get(where.file);
  if (top === undefined) {
    top = topLevel(where.file);
    tops.set(where.file, top);
  }
  for (const loc of where.candidates) {
    if (loc.file !== where.file) continue;
    for (let n = loc.path.length; n > 0; n--) {
      const el = elementAt(where.file, top, loc.path, n);
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
  const indexes = new Map<FileEl, TopLevel>();
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
