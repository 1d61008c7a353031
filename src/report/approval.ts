import type { SuppressedFinding, Suppression } from "../model/suppression.js";

/** The pull request comment that approves a finding: what a reviewer types, with their reason. */
export function approveCommand(fingerprint: string): string {
  return `/protoguard approve ${fingerprint} REASON`;
}

/** The commit trailer that approves a finding, for the local flow. */
export function approveTrailer(fingerprint: string): string {
  return `Protoguard-Approve: ${fingerprint} REASON`;
}

/** Whether a suppressed finding was approved (rather than suppressed by a comment or the configuration). */
export function isApproved(f: SuppressedFinding): boolean {
  return f.suppression.by === "approval";
}

/** Who approved, why, where and until when: `alice: reason (protoguard.approvals.yaml:3:5, until 2027-01-31)`. */
export function approvalText(s: Suppression): string {
  const details = [s.at, s.expires === undefined ? undefined : `until ${s.expires}`].filter((d) => d !== undefined);
  return `${s.approver ?? "unknown"}: ${s.reason ?? ""}${details.length === 0 ? "" : ` (${details.join(", ")})`}`;
}
