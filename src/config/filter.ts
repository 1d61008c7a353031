/**
 * The filter stage: what the rules found, minus what the configuration
 * ignores (`ignore`, `ignore_only`, `ignore_unstable_packages`), buf's
 * `// buf:lint:ignore` comments (lint, when allowed) and protoguard's
 * `// protoguard:ignore` comments, which add warnings about themselves.
 */

import { relative, resolve, sep } from "node:path";
import type { AnyEl, FileEl, Image } from "../image/model.js";
import type { Finding } from "../model/finding.js";
import type { Rule } from "../model/rule.js";
import { isUnstable } from "../versioning/version.js";
import type { CheckConfig, PathRef } from "./model.js";
import { idsOf } from "./select.js";
import { applySuppressions, Suppressions } from "./suppress.js";

/**
 * The element a finding is about, in one version: the innermost message,
 * field, oneof, enum, value, service or method whose declaration holds the
 * place the rule named first, or the file itself (`element` undefined) for
 * file-level places (the package, syntax or a file option). A synthetic map
 * entry stands for its map field, which is where its comments are.
 */
export interface Subject {
  readonly file: FileEl;
  readonly element: Exclude<AnyEl, FileEl> | undefined;
}

/** A finding with what it is about on each side: what the filters (ignores, comments) read. */
export interface Located {
  readonly finding: Finding;
  /** Undefined for a finding with no place in the current version (a deleted file or package). */
  readonly current: Subject | undefined;
  /** Undefined for a rule that reads only the current version. */
  readonly previous: Subject | undefined;
}

import type { Suppression, SuppressedFinding } from "../model/suppression.js";
import { FILE } from "../model/source-path.js";

export type { Suppression, SuppressedFinding };

const GLOB = /[*?[]/;

function globRegex(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

function clean(path: string): string {
  let p = path.replaceAll("\\", "/");
  while (p.startsWith("./")) p = p.slice(2);
  while (p.endsWith("/") && p.length > 1) p = p.slice(0, -1);
  return p;
}

/**
 * Whether a path (relative to the ignore base, `/` separators) is matched by
 * an ignore entry: the same path or a directory that holds it, as buf does;
 * with `globs`, also a glob (`*` within a name, `**` across directories).
 */
export function pathMatches(pattern: string, path: string, globs: boolean): boolean {
  const p = clean(pattern);
  if (p === "." || p === "") return !path.startsWith("../");
  if (globs && GLOB.test(p)) return globRegex(p).test(path);
  return path === p || path.startsWith(`${p}/`);
}

/** Where the paths of one comparison are: what ignore paths are matched against. */
export interface PathBase {
  /** Absolute directory the findings' paths (both versions) are relative to. */
  readonly root: string;
  /** Absolute directory ignore paths are relative to. */
  readonly ignoreBase: string;
  /** Whether ignore entries may be globs (protoguard.yaml; buf.yaml takes paths only). */
  readonly globs: boolean;
}

function relativePath(base: PathBase, path: string): string {
  return relative(base.ignoreBase, resolve(base.root, path)).split(sep).join("/");
}

function firstMatch(refs: readonly PathRef[], paths: readonly string[], base: PathBase): PathRef | undefined {
  return refs.find((ref) => paths.some((p) => pathMatches(ref.path, relativePath(base, p), base.globs)));
}

/**
 * Applies a section's `ignore`, `ignore_only` and `ignore_unstable_packages`
 * as buf does: a finding is dropped when its file in the current version or
 * in the previous version matches.
 */
export function applyIgnores(
  located: readonly Located[],
  check: CheckConfig,
  base: PathBase,
): { kept: Located[]; suppressed: SuppressedFinding[] } {
  const kept: Located[] = [];
  const suppressed: SuppressedFinding[] = [];
  const only = check.ignoreOnly.map((o) => ({ ...o, ids: new Set(idsOf(o.rule.name, check.universe)) }));
  for (const l of located) {
    const paths = [l.current?.file.path, l.previous?.file.path].filter((p): p is string => p !== undefined);
    let suppression: Suppression | undefined;
    const all = firstMatch(check.ignore, paths, base);
    if (all !== undefined) suppression = { by: "ignore", reason: all.path, at: all.where };
    if (suppression === undefined) {
      for (const o of only) {
        if (!o.ids.has(l.finding.rule)) continue;
        const hit = firstMatch(o.paths, paths, base);
        if (hit !== undefined) {
          suppression = { by: "ignore_only", reason: `${o.rule.name}: ${hit.path}`, at: hit.where };
          break;
        }
      }
    }
    if (suppression === undefined && check.ignoreUnstablePackages) {
      const pkg = [l.current?.file.package, l.previous?.file.package].find((p) => p !== undefined && isUnstable(p));
      if (pkg !== undefined) suppression = { by: "ignore_unstable_packages", reason: pkg };
    }
    if (suppression === undefined) kept.push(l);
    else suppressed.push({ ...l.finding, suppression });
  }
  return { kept, suppressed };
}

/** `// buf:lint:ignore RULE_ID` in a leading comment of the finding's element (buf lint's comment ignores). */
function bufLintIgnored(l: Located): boolean {
  if (l.current === undefined) return false;
  const { file, element } = l.current;
  const paths = element === undefined ? [[FILE.package], [FILE.syntax], [FILE.edition]] : [element.path];
  return paths.some((path) =>
    (file.leadingComments(path) ?? "")
      .split("\n")
      .some((line) => {
        const words = line.trim().split(/\s+/);
        return words[0] === "buf:lint:ignore" && words[1] === l.finding.rule;
      }),
  );
}

/** What the runner tells the filter about the current version's files. */
export interface FilterSource {
  /** A file's text, where comments are placed; undefined when it is not known (a descriptor set). */
  text(file: FileEl): string | undefined;
  /** False when a file surely holds no protoguard:ignore comment (a cheap search of its bytes). */
  mayHoldDirectives(file: FileEl): boolean;
  /** A file as findings name it. */
  display(file: FileEl): string;
}

export interface FilterOptions {
  /** The section (breaking or lint) the findings were made under. */
  readonly check: CheckConfig;
  /** Where the paths are, for the ignore lists. */
  readonly base: PathBase;
  /** The current version. */
  readonly image: Image;
  readonly source: FilterSource;
  /** The rules that ran: a comment naming one of them that suppressed nothing is a warning. */
  readonly ran: readonly Rule[];
  /** Every rule ID there is: a comment naming another is a warning. */
  readonly known: readonly string[];
}

/** Filters one module's findings: ignores, comment ignores, then inline suppressions and their warnings. */
export function filterFindings(
  found: readonly Located[],
  options: FilterOptions,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const { check, base, image, source } = options;
  const located = check.commentIgnores ? found.filter((l) => !bufLintIgnored(l)) : found;
  const ignored = applyIgnores(located, check, base);
  const suppressions = new Suppressions((file) => source.mayHoldDirectives(file), (file) => source.text(file));
  const own = image.files.filter((f) => !f.isImport);
  const outcome = applySuppressions(
    ignored.kept,
    suppressions,
    own,
    new Set(options.ran.map((r) => r.id)),
    options.known,
    (file) => source.display(file),
  );
  const suppressed: SuppressedFinding[] = [
    ...ignored.suppressed,
    ...outcome.suppressed.map(({ located: l, directive: d }) => ({
      ...l.finding,
      suppression: {
        by: "comment" as const,
        ...(d.reason === "" ? {} : { reason: d.reason }),
        at: `${source.display(d.subject.file)}:${d.line}:${d.column}`,
      },
    })),
  ];
  // Warnings about directives go through the same path ignores as findings.
  const warnings = applyIgnores(
    outcome.warnings.map((finding) => ({ finding, current: { file: image.filesByPath.get(finding.path) as FileEl, element: undefined }, previous: undefined })),
    { ...check, ignoreOnly: [], ignoreUnstablePackages: false },
    base,
  ).kept.map((l) => l.finding);
  return { findings: [...outcome.kept.map((l) => l.finding), ...warnings], suppressed };
}
