import type { Finding } from "../model/finding.js";
import { findingFingerprint } from "../model/fingerprint.js";
import { isApproved } from "./approval.js";
import type { ReportContext } from "./context.js";
import { stringifyJson } from "./escape.js";

export type { ReportContext } from "./context.js";

/** A finding as `--format json` writes it: with its fingerprint, without buf's message text (only `--format buf-json` prints it). */
function forJson<F extends Finding>(f: F): Omit<F, "bufMessage"> {
  const copy: { -readonly [K in keyof F]: F[K] } = { ...f, fingerprint: findingFingerprint(f) };
  delete copy.bufMessage;
  return copy;
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
      findings: findings.map(forJson),
      suppressed: (context.suppressed ?? []).map(forJson),
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
