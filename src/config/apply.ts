import { relative, resolve, sep } from "node:path";
import type { Located } from "../run/engine.js";
import type { Severity } from "../model/finding.js";
import type { Rule } from "../model/rule.js";
import type { Suppression, SuppressedFinding } from "../model/suppression.js";
import { isUnstable } from "../versioning/version.js";
import type { CheckConfig, Level, PathRef } from "./model.js";
import { idsOf, selectIds, type NameRef } from "./select.js";

export type { Suppression, SuppressedFinding } from "../model/suppression.js";

const SEVERITY_RANK: Readonly<Record<Level, number>> = { off: 0, warning: 1, error: 2 };

/**
 * The level of a rule: its own `severity` entry, else the most severe entry
 * among the categories it belongs to, else error.
 */
export function levelOf(rule: Rule, check: CheckConfig): Level {
  let own: Level | undefined;
  let byCategory: Level | undefined;
  for (const { rule: ref, level } of check.severity) {
    if (ref.name === rule.id) own = level;
    else if (check.universe.categories.includes(ref.name) && idsOf(ref.name, check.universe).includes(rule.id)) {
      if (byCategory === undefined || SEVERITY_RANK[level] > SEVERITY_RANK[byCategory]) byCategory = level;
    }
  }
  return own ?? byCategory ?? "error";
}

/**
 * The rules a section runs: `use` (or the command line's `--use`) minus
 * `except`, without rules whose severity is off.
 */
export function rulesOf(
  check: CheckConfig,
  override: { readonly use?: readonly NameRef[] | undefined; readonly except?: readonly NameRef[] | undefined } = {},
): { rules: Rule[]; warnings: string[] } {
  const use = override.use !== undefined && override.use.length > 0 ? override.use : check.use;
  const except = override.except !== undefined && override.except.length > 0 ? override.except : check.except;
  const { ids, warnings } = selectIds(use, except, check.universe);
  return { rules: check.universe.rules.filter((r) => ids.has(r.id) && levelOf(r, check) !== "off"), warnings };
}

/** The severity each rule reports with. */
export function severityOf(check: CheckConfig): (rule: Rule) => Severity {
  return (rule) => (levelOf(rule, check) === "warning" ? "warning" : "error");
}

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

/** True when a path (relative to `root`) is left out by excludes / limited by includes (absolute directories or files). */
export function isExcluded(root: string, path: string, excludes: readonly string[], includes: readonly string[]): boolean {
  const abs = resolve(root, path);
  const under = (dir: string): boolean => abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  if (excludes.some(under)) return true;
  return includes.length > 0 && !includes.some(under);
}
