import type { Finding } from "../model/finding.js";
import { findingFingerprint } from "../model/fingerprint.js";
import { isApproved } from "./approval.js";
import type { ReportContext } from "./context.js";
import { stringifyJson } from "./escape.js";

export type { ReportContext } from "./context.js";

/** A finding with its fingerprint, which every finding has (those about no element get one from their text). */
function withFingerprint<F extends Finding>(f: F): F {
  return { ...f, fingerprint: findingFingerprint(f) };
}

/**
 * `--format json`: one object with every finding (each with its
 * `fingerprint`), the suppressed and approved ones (`suppression.by` is
 * `approval` for an approval, with `approver`) and a summary.
 */
export function formatJson(findings: readonly Finding[], context: ReportContext): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${stringifyJson(
    {
      version: 1,
      findings: findings.map(withFingerprint),
      suppressed: (context.suppressed ?? []).map(withFingerprint),
      summary: {
        errors,
        warnings: findings.length - errors,
        suppressed: context.suppressed?.length ?? 0,
        approved: (context.suppressed ?? []).filter(isApproved).length,
        filesCompared: context.filesCompared,
        ...(context.positionsUnknown?.length ? { positionsUnknown: context.positionsUnknown } : {}),
      },
    },
    2,
  )}\n`;
}
