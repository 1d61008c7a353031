import type { Finding } from "./finding.js";

/** Why a finding was not reported. */
export interface Suppression {
  /**
   * `comment`: a `// protoguard:ignore` comment; `ignore`, `ignore_only`,
   * `ignore_unstable_packages`: the configuration key that dropped it.
   */
  readonly by: "comment" | "ignore" | "ignore_only" | "ignore_unstable_packages";
  /** The comment's reason, or the path pattern that matched. */
  readonly reason?: string;
  /** Where the comment or the config entry is (`path:line:col`). */
  readonly at?: string;
}

/** A finding that a comment or the configuration suppressed: kept and counted, not reported. */
export interface SuppressedFinding extends Finding {
  readonly suppression: Suppression;
}

/** The warning for a suppression that suppresses nothing. */
export const SUPPRESSION_UNUSED = "SUPPRESSION_UNUSED";
/** The warning for a suppression without `-- reason`. */
export const SUPPRESSION_NO_REASON = "SUPPRESSION_NO_REASON";

/** The warnings about suppressions, as reporters describe them; each has a doc in docs/. */
export const SUPPRESSION_WARNINGS: readonly { readonly id: string; readonly summary: string }[] = [
  { id: SUPPRESSION_UNUSED, summary: "A protoguard:ignore comment suppresses nothing." },
  { id: SUPPRESSION_NO_REASON, summary: "A protoguard:ignore comment gives no reason." },
];
