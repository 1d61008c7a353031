import type { Comparison } from "../../src/compare/pair.js";
import type { FileEl } from "../../src/image/model.js";
import { compareVersions, familyName, versionPlace, type PackageVersion, type VersionGrammar } from "../../src/versioning/version.js";

/** Paths in code-point order, as buf sorts them. */
function byPath(a: FileEl, b: FileEl): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The files of a package that belong to the input (not imports), sorted by path. */
export function ownFiles(files: readonly FileEl[]): FileEl[] {
  return files.filter((f) => !f.isImport).sort(byPath);
}

/**
 * Files that moved, in this change, from a versioned package to a package of
 * the same name without a version or with a lower one
 * (`acme.orders.v2` → `acme.orders.v1`, `acme.v1.types` → `acme.types`),
 * grouped by the pair of packages. `after` is undefined for an unversioned
 * destination. Versions that only a configured pattern accepts are not ordered
 * and never count.
 */
export interface Downgrade {
  readonly from: string;
  readonly to: string;
  readonly before: PackageVersion;
  readonly after: PackageVersion | undefined;
  /** The moved files, current side, sorted by path; paired with their previous side. */
  readonly files: readonly { readonly previous: FileEl; readonly current: FileEl }[];
}

export function downgrades(comparison: Comparison, grammar: VersionGrammar): Downgrade[] {
  const groups = new Map<string, { from: string; to: string; before: PackageVersion; after: PackageVersion | undefined; files: { previous: FileEl; current: FileEl }[] }>();
  for (const { previous, current } of comparison.files) {
    if (current.isImport || previous.package === current.package) continue;
    if (familyName(previous.package, grammar) !== familyName(current.package, grammar)) continue;
    const before = versionPlace(previous.package, grammar)?.version;
    if (before === undefined) continue;
    const place = versionPlace(current.package, grammar);
    if (place !== undefined && (place.version === undefined || compareVersions(place.version, before) >= 0)) continue;
    const key = `${previous.package}\0${current.package}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { from: previous.package, to: current.package, before, after: place?.version, files: [] };
      groups.set(key, group);
    }
    group.files.push({ previous, current });
  }
  return [...groups.values()]
    .map((g) => ({ ...g, files: g.files.sort((a, b) => byPath(a.current, b.current)) }))
    .sort((a, b) => byPath(a.files[0]?.current as FileEl, b.files[0]?.current as FileEl));
}
