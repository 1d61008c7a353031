import type { Finding } from "../model/finding.js";
import { nextMajor } from "../versioning/version.js";
import { plural } from "./links.js";

/** A stable package (`acme.orders.v1`) with breaking changes, and the package they belong in. */
export interface PackageBump {
  readonly package: string;
  readonly count: number;
  /** The next major version of the package (`acme.orders.v2`). */
  readonly next: string;
}

/**
 * Stable packages (last component `vN`, buf's version grammar) with breaking
 * changes: such changes belong in the next major version. Unstable versions
 * (v1beta1, v1alpha, v1test) and unversioned packages are not listed. Sorted by package.
 */
export function packageBumps(findings: readonly Finding[], packages: ReadonlyMap<string, string> | undefined): PackageBump[] {
  if (packages === undefined) return [];
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.deleted || f.severity !== "error") continue;
    const pkg = packages.get(f.path);
    if (pkg === undefined || nextMajor(pkg) === undefined) continue;
    counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pkg, count]) => ({ package: pkg, count, next: nextMajor(pkg) as string }));
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

/** One sentence per stable package: where its breaking changes belong. */
export function bumpLine(b: PackageBump): string {
  const its = b.count === 1 ? "its breaking change belongs" : `its ${b.count} breaking changes belong`;
  return `${b.package} is a stable package: ${its} in a new package ${b.next}.`;
}
