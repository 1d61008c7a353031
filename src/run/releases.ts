import type { Finding } from "../model/finding.js";
import { findingFingerprint } from "../model/fingerprint.js";

/** The findings of one comparison with one release. */
export interface ReleaseFindings<F extends Finding> {
  readonly release: string;
  readonly findings: readonly F[];
}

/**
 * Merges the findings of comparisons with several releases (given oldest
 * first): each finding once, by fingerprint, as the oldest release it breaks
 * reported it, with `releases` naming every release it breaks.
 */
export function mergeReleaseFindings<F extends Finding>(runs: readonly ReleaseFindings<F>[]): F[] {
  const merged = new Map<string, { finding: F; releases: string[] }>();
  for (const run of runs) {
    for (const f of run.findings) {
      const key = findingFingerprint(f);
      const seen = merged.get(key);
      if (seen === undefined) merged.set(key, { finding: f, releases: [run.release] });
      else if (!seen.releases.includes(run.release)) seen.releases.push(run.release);
    }
  }
  return [...merged.values()].map(({ finding, releases }) => ({ ...finding, releases }));
}
