import { listChanges, type Change } from "../compare/changes.js";
import { classify, type ChangeElement, type CommitType, type DiffChange, type DiffMember, type Location, type Place, type SemVer } from "../model/change.js";
import { compareImages } from "../compare/pair.js";
import type { Located } from "../config/filter.js";
import type { AnyEl, FileEl } from "../image/model.js";
import type { Finding } from "../model/finding.js";
import { joinOutcomes, runCheck, type CheckOptions, type CheckRun, type ModuleOutcome } from "./check.js";
import { displayPath, runRulesLocated } from "./engine.js";

export interface DiffRun {
  readonly check: CheckRun;
  readonly semver: SemVer;
  readonly commit: CommitType | null;
  readonly changes: readonly DiffChange[];
  /** The findings `breaking` reports for the same inputs and configuration. */
  readonly findings: readonly Finding[];
}

function key(f: Finding): string {
  return [f.rule, f.deleted ? "-" : "", f.path, f.line, f.column, f.endLine, f.endColumn, f.message].join("\0");
}

function prefixed(prefix: string, f: Finding): Finding {
  return prefix === "" || f.deleted ? f : { ...f, path: `${prefix}/${f.path}` };
}

/** A module's place as `breaking` names it: the path with the module's directory, the file under the side's display root. */
function locationOf(prefix: string, display: string, p: Place | undefined): Location | undefined {
  if (p === undefined) return undefined;
  return { path: prefix === "" ? p.path : `${prefix}/${p.path}`, file: displayPath(display, p.path), line: p.line, column: p.column };
}

/** Words in a rule ID that say which change of an element it is about. */
const HINTS: readonly (readonly [RegExp, (c: Change) => boolean])[] = [
  [/RENUMBER/, (c) => c.detail?.startsWith("number") === true],
  [/RENAME|SAME_NAME$/, (c) => c.kind === "renamed"],
  [/MOVE/, (c) => c.kind === "moved"],
  [/DELETE/, (c) => c.kind === "removed" || c.kind === "renamed" || c.kind === "moved"],
  [/JSON_NAME/, (c) => c.detail?.startsWith("JSON name") === true],
  [/TYPE$/, (c) => /^(type|request|response)/.test(c.detail ?? "")],
  [/CARDINALITY|REQUIRED/, (c) => c.detail?.startsWith("label") === true],
  [/DEFAULT/, (c) => c.detail?.startsWith("default") === true],
  [/ONEOF/, (c) => c.detail?.startsWith("oneof") === true],
  [/STREAMING/, (c) => /^(client|server)/.test(c.detail ?? "")],
  [/FILE_SAME_PACKAGE/, (c) => c.detail?.startsWith("package") === true],
  [/FILE_SAME_SYNTAX/, (c) => c.detail?.startsWith("syntax") === true],
  [/SAME_/, (c) => c.element === "option"],
];

function pick(rule: string, candidates: readonly Change[]): Change | undefined {
  for (const [re, fits] of HINTS) {
    if (!re.test(rule)) continue;
    const found = candidates.find(fits);
    if (found) return found;
  }
  return candidates[0];
}

function nameOf(el: AnyEl | undefined, file: FileEl | undefined): string | null {
  if (el === undefined) return file?.path ?? null;
  switch (el.kind) {
    case "file":
      return el.path;
    case "oneof":
      return `${el.message.fullName}.${el.name}`;
    case "enum_value":
      return `${el.enum.fullName}.${el.name}`;
    case "method":
      return `${el.service.fullName}.${el.name}`;
    default:
      return el.fullName;
  }
}

function elementKind(el: AnyEl | undefined): ChangeElement {
  if (el === undefined) return "file";
  if (el.kind === "method") return "rpc";
  if (el.kind === "field" && el.isExtension) return "extension";
  return el.kind;
}

/** A change for a finding no listed change accounts for (a package deleted, a file-level rule), placed where the finding is. */
function changeOf(located: Located | undefined, f: Finding, prefix: string): Change & { readonly at: { previous?: Location; current?: Location } } {
  const prev = located?.previous;
  const cur = located?.current;
  const el = cur?.element ?? prev?.element;
  const previousPath = prev?.file.path ?? f.path;
  return {
    kind: cur === undefined ? "removed" : "changed",
    element: elementKind(el),
    previous: prev === undefined ? null : nameOf(prev.element, prev.file),
    current: cur === undefined ? null : nameOf(cur.element, cur.file),
    detail: f.message,
    reach: "api",
    at: {
      ...(f.previous === undefined
        ? {}
        : {
            previous: {
              path: prefix === "" ? previousPath : `${prefix}/${previousPath}`,
              file: f.previous.file,
              line: f.previous.line,
              column: f.previous.column,
            },
          }),
      ...(f.deleted ? {} : { current: { path: f.path, file: f.file, line: f.line, column: f.column } }),
    },
  };
}

/** The changes of one module, each with the findings that flag it. */
function moduleChanges(outcome: ModuleOutcome, check: CheckRun): DiffChange[] {
  if (outcome.previousImage === undefined) return [];
  const comparison = compareImages(outcome.previousImage, outcome.image);
  const changes = listChanges(comparison);
  const roots = { current: outcome.current.display, previous: outcome.previous?.display ?? "" };
  const located = new Map<string, Located>();
  for (const l of runRulesLocated(comparison, outcome.rules, roots, undefined, check.config.versions)) {
    located.set(key(prefixed(outcome.prefix, l.finding)), l);
  }
  const byElement = new Map<AnyEl | FileEl, Change[]>();
  const index = (el: AnyEl | undefined, c: Change): void => {
    if (el === undefined) return;
    byElement.set(el, [...(byElement.get(el) ?? []), c]);
  };
  for (const c of changes) {
    index(c.previousElement, c);
    if (c.currentElement !== c.previousElement) index(c.currentElement, c);
  }
  const flagged = new Map<Change, Finding[]>();
  const placed = new Map<Change, { previous?: Location; current?: Location }>();
  const extra: Change[] = [];
  for (const f of outcome.findings) {
    const l = located.get(key(f));
    const subjects = [l?.previous?.element ?? l?.previous?.file, l?.current?.element ?? l?.current?.file];
    const candidates = subjects.flatMap((el) => (el === undefined ? [] : (byElement.get(el) ?? [])));
    let change = pick(f.rule, candidates);
    if (change === undefined) {
      const own = changeOf(l, f, outcome.prefix);
      placed.set(own, own.at);
      change = own;
      extra.push(change);
    }
    flagged.set(change, [...(flagged.get(change) ?? []), f]);
  }
  const currentFiles = new Set(outcome.image.files.map((f) => f.path));
  return [...changes, ...extra].map((c) => {
    const findings = flagged.get(c) ?? [];
    const own = placed.get(c);
    const previousAt = own === undefined ? locationOf(outcome.prefix, roots.previous, c.previousAt) : own.previous;
    const currentAt = own === undefined ? locationOf(outcome.prefix, roots.current, c.currentAt) : own.current;
    const removedFrom = c.previousAt?.path;
    const file =
      currentAt?.file ??
      (removedFrom !== undefined && currentFiles.has(removedFrom) ? displayPath(roots.current, removedFrom) : previousAt?.file) ??
      "";
    const children = (c.children ?? []).map((m): DiffMember => {
      const was = locationOf(outcome.prefix, roots.previous, m.previousAt);
      const is = locationOf(outcome.prefix, roots.current, m.currentAt);
      return {
        kind: m.kind,
        element: m.element,
        previous: m.previous,
        current: m.current,
        ...(m.detail === undefined ? {} : { detail: m.detail }),
        ...(was === undefined ? {} : { previousAt: was }),
        ...(is === undefined ? {} : { currentAt: is }),
      };
    });
    return {
      kind: c.kind,
      element: c.element,
      previous: c.previous,
      current: c.current,
      ...(c.detail === undefined ? {} : { detail: c.detail }),
      ...(children.length === 0 ? {} : { children }),
      breaking: findings.length > 0,
      rules: [...new Set(findings.map((f) => f.rule))].sort(),
      findings,
      ...(previousAt === undefined ? {} : { previousAt }),
      ...(currentAt === undefined ? {} : { currentAt }),
      file,
      reach: c.reach,
    };
  });
}

/** Orders changes by the file they are listed under, line, column (current, else previous), then kind and name. */
function sortChanges(changes: DiffChange[]): DiffChange[] {
  const at = (c: DiffChange): Place => c.currentAt ?? c.previousAt ?? { path: "", line: 0, column: 0 };
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return changes.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      at(a).line - at(b).line ||
      at(a).column - at(b).column ||
      cmp(a.kind, b.kind) ||
      cmp(a.current ?? a.previous ?? "", b.current ?? b.previous ?? ""),
  );
}

/**
 * Lists every change between the two versions, with the findings `breaking`
 * reports for the same inputs and configuration attached to the change they
 * flag (a finding no change accounts for becomes a change of its own).
 */
export async function runDiff(options: CheckOptions, against: string): Promise<DiffRun> {
  const check = await runCheck(options, { kind: "breaking", against });
  const changes = sortChanges(check.outcomes.flatMap((o) => moduleChanges(o, check)));
  const { semver, commit } = classify(changes);
  return { check, semver, commit, changes, findings: joinOutcomes(check.outcomes).findings };
}
