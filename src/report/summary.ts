import type { Finding } from "../model/finding.js";
import { compareVersions, familyName, isUnstable, versionPlace, withV1, type VersionGrammar } from "../versioning/version.js";
import { plural } from "./links.js";

/**
 * Where the breaking changes of one package belong, by what the package is:
 * - `stable`: a stable `vN`; they belong in `next` (`vN+1`).
 * - `unstable`: an alpha, beta or test version (or one only a configured
 *   pattern accepts); its clients were told it may break. `bufSkips` is true
 *   when buf's `ignore_unstable_packages` would drop these findings (the
 *   version is the last component).
 * - `unversioned`: no version; every client takes the break; `next` is the `v1` to introduce.
 * - `moved`: the package is new in this change and replaces `from`, an older
 *   version of the same name: the change already made the bump.
 */
export type PackageAdvice = { readonly package: string; readonly count: number } & (
  | { readonly kind: "stable"; readonly next: string }
  | { readonly kind: "unstable"; readonly stability: string; readonly bufSkips: boolean }
  | { readonly kind: "unversioned"; readonly next: string }
  | { readonly kind: "moved"; readonly from: string }
);

/** What the advice reads besides the findings: both versions' packages and the version grammar. */
export interface PackageFacts {
  /** The package of each current file, by finding path. */
  readonly packages?: ReadonlyMap<string, string> | undefined;
  /** The package of each previous file, by path (for findings on deleted files). */
  readonly previousPackages?: ReadonlyMap<string, string> | undefined;
  readonly versions?: VersionGrammar | undefined;
}

const BUF_GRAMMAR: VersionGrammar = { allowV0: false, versionPatterns: [] };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The package a new package replaces: the newest earlier version of the same
 * name (or the same name without a version) in the previous version, one that
 * is gone first; undefined when the package is not new or has no such
 * predecessor.
 */
function replaced(pkg: string, previous: readonly string[], current: ReadonlySet<string>, grammar: VersionGrammar): string | undefined {
  const version = versionPlace(pkg, grammar)?.version;
  if (previous.includes(pkg) || version === undefined) return undefined;
  const family = familyName(pkg, grammar);
  const older = previous
    .filter((p) => p !== pkg && familyName(p, grammar) === family)
    .map((p) => ({ p, v: versionPlace(p, grammar) }))
    .filter(({ v }) => v === undefined || (v.version !== undefined && compareVersions(v.version, version) < 0))
    .sort((a, b) => Number(current.has(a.p)) - Number(current.has(b.p)) || (a.v?.version && b.v?.version ? compareVersions(b.v.version, a.v.version) : a.v ? -1 : 1));
  return older[0]?.p;
}

/**
 * The advice for each package with breaking changes (errors), sorted by
 * package. A finding on a deleted file counts for the package its file had;
 * when that package is gone and a newer version of it is new in this change,
 * it counts for the newer one.
 */
export function packageAdvice(findings: readonly Finding[], facts: PackageFacts): PackageAdvice[] {
  if (facts.packages === undefined) return [];
  const grammar = facts.versions ?? BUF_GRAMMAR;
  const current = new Set(facts.packages.values());
  const previous = [...new Set(facts.previousPackages?.values() ?? [])];
  const successor = new Map<string, string>();
  for (const pkg of current) {
    const from = replaced(pkg, previous, current, grammar);
    if (from !== undefined && !current.has(from)) successor.set(from, pkg);
  }
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    let pkg = f.deleted ? facts.previousPackages?.get(f.path) : facts.packages.get(f.path);
    if (pkg === undefined || pkg === "") continue;
    if (f.deleted && !current.has(pkg)) pkg = successor.get(pkg);
    if (pkg === undefined) continue;
    counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => cmp(a, b)).map(([pkg, count]) => adviceFor(pkg, count, previous, current, grammar));
}

function adviceFor(pkg: string, count: number, previous: readonly string[], current: ReadonlySet<string>, grammar: VersionGrammar): PackageAdvice {
  const from = replaced(pkg, previous, current, grammar);
  if (from !== undefined) return { package: pkg, count, kind: "moved", from };
  const place = versionPlace(pkg, grammar);
  if (place === undefined) return { package: pkg, count, kind: "unversioned", next: withV1(pkg) };
  const v = place.version;
  if (v === undefined || v.stability !== "stable") {
    return { package: pkg, count, kind: "unstable", stability: v === undefined ? "pre-release" : v.stability, bufSkips: isUnstable(pkg) };
  }
  const parts = pkg.split(".");
  parts[place.index] = `v${v.major + 1}`;
  return { package: pkg, count, kind: "stable", next: parts.join(".") };
}

/** "7 breaking changes in 2 files" (and warnings), without a period; `noun` names the errors. */
export function countLine(findings: readonly Finding[], noun = "breaking change"): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  let line = `${plural(errors, noun)} in ${plural(files, "file")}`;
  if (warnings > 0) line += `, ${plural(warnings, "warning")}`;
  return line;
}

/** One sentence per package: where its breaking changes belong. */
export function adviceLine(a: PackageAdvice): string {
  const changes = a.count === 1 ? "its breaking change" : `its ${a.count} breaking changes`;
  switch (a.kind) {
    case "stable":
      return `${a.package} is a stable package: ${changes} ${a.count === 1 ? "belongs" : "belong"} in a new package ${a.next}.`;
    case "unstable": {
      const skip = a.bufSkips
        ? "buf skips every finding in it with ignore_unstable_packages: true"
        : "buf's ignore_unstable_packages does not skip it: buf reads only a last component in its own grammar as a version";
      const an = /^[aeiou]/.test(a.stability) ? "an" : "a";
      return `${a.package} is ${an} ${a.stability} package: its clients were told it may break (${skip}).`;
    }
    case "unversioned":
      return `${a.package} has no version: ${changes} ${a.count === 1 ? "lands" : "land"} on every client; introduce ${a.next} for what changes.`;
    case "moved":
      return `${a.package} is new in this change, replacing ${a.from}: keep ${a.from} until its clients have moved.`;
    default:
      return a satisfies never;
  }
}
