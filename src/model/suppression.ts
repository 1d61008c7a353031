import type { Finding } from "./finding.js";

/** Why a finding was not reported. */
export interface Suppression {
  /**
   * `comment`: a `// protoguard:ignore` comment; `ignore`, `ignore_only`,
   * `ignore_unstable_packages`: the configuration key that dropped it;
   * `approval`: an approval of its fingerprint (approvals file, commit
   * trailer or pull request comment).
   */
  readonly by: "comment" | "ignore" | "ignore_only" | "ignore_unstable_packages" | "approval";
  /** The comment's or the approval's reason, or the path pattern that matched. */
  readonly reason?: string;
  /** Where the comment, the config entry or the approval is (`path:line:col`, `commit 3f9c2e1`, `comment 1234`). */
  readonly at?: string;
  /** For an approval: who approved it (a name from the approvals file, a commit author, a GitHub login). */
  readonly approver?: string;
  /** For an approval: the day it stops applying (`YYYY-MM-DD`), when it has one. */
  readonly expires?: string;
}

/** A finding that a comment or the configuration suppressed: kept and counted, not reported. */
export interface SuppressedFinding extends Finding {
  readonly suppression: Suppression;
}

/** The warning for a suppression that suppresses nothing. */
export const SUPPRESSION_UNUSED = "SUPPRESSION_UNUSED";
/** The warning for a suppression without `-- reason`. */
export const SUPPRESSION_NO_REASON = "SUPPRESSION_NO_REASON";

/** The warning for an approval whose fingerprint matches no finding. */
export const APPROVAL_UNUSED = "APPROVAL_UNUSED";
/** The warning for an approval past its expiry date: it no longer applies. */
export const APPROVAL_EXPIRED = "APPROVAL_EXPIRED";

/** The warnings about suppressions and approvals, as reporters describe them; each has a doc in docs/. */
export const SUPPRESSION_WARNINGS: readonly { readonly id: string; readonly summary: string }[] = [
  { id: SUPPRESSION_UNUSED, summary: "A protoguard:ignore comment suppresses nothing." },
  { id: SUPPRESSION_NO_REASON, summary: "A protoguard:ignore comment gives no reason." },
  { id: APPROVAL_UNUSED, summary: "An approval names a fingerprint no finding has." },
  { id: APPROVAL_EXPIRED, summary: "An approval is past its expiry date and no longer applies." },
];
