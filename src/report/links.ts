import type { Finding } from "../model/finding.js";
import { ruleSlug } from "../model/rule.js";

/** The project's home; rule docs live under rules/ in it. */
export const HOMEPAGE = "https://github.com/protoguard/protoguard";

/** The URL of a rule's documentation (rules/<rule-id>.md; docs/ for the suppression and approval warnings). */
export function ruleDocUrl(id: string): string {
  const dir = id.startsWith("SUPPRESSION_") || id.startsWith("APPROVAL_") ? "docs" : "rules";
  return `${HOMEPAGE}/blob/main/${dir}/${ruleSlug(id)}.md`;
}

/**
 * The path of a finding's file for tools that open files in the repository:
 * the file as shown, without a git revision prefix (`main:proto/a.proto` →
 * `proto/a.proto`).
 */
export function workspacePath(f: Finding): string {
  const colon = f.file.indexOf(":");
  return colon >= 0 ? f.file.slice(colon + 1) : f.file;
}

/**
 * The releases a finding breaks (`--against-tags`), oldest first, as one
 * list: `v1.0.0, v1.1.0`; undefined for a comparison with a single version.
 */
export function releaseList(f: Finding): string | undefined {
  return f.releases === undefined || f.releases.length === 0 ? undefined : f.releases.join(", ");
}

/** The number with the word, pluralised with an "s". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The line for a run whose previous version had no schema yet: `Nothing to compare against: HEAD~1 has no schema there yet; 2 files are new.` */
export function nothingToCompare(previous: string, files: number): string {
  return `Nothing to compare against: ${previous} has no schema there yet; ${plural(files, "file")} ${files === 1 ? "is" : "are"} new.`;
}
