import type { Rule } from "../model/rule.js";

/**
 * The rules `breaking` runs out of those selected. A rule that reads only the
 * current version (PACKAGE_VERSION_SUFFIX, buf's lint rule) reports what the
 * schema is, not what the change did, so `breaking` runs it only when it is
 * named by its ID (in `use` or `--use`) or when the configuration asks for
 * every unversioned package (`package_versions.unversioned: all`); in that
 * case it takes the place of PACKAGE_NO_NEW_UNVERSIONED, which would report
 * the new packages a second time.
 */
export function breakingRules(selected: readonly Rule[], named: ReadonlySet<string>, unversioned: "new" | "all"): Rule[] {
  const lintRuns = (r: Rule): boolean => unversioned === "all" || named.has(r.id);
  const suffixRuns = selected.some((r) => r.singleVersion === true && lintRuns(r));
  return selected.filter((r) => {
    if (r.singleVersion === true) return lintRuns(r);
    return !(r.id === "PACKAGE_NO_NEW_UNVERSIONED" && unversioned === "all" && suffixRuns && !named.has(r.id));
  });
}
