import type { Finding } from "../model/finding.js";
import type { ReportContext } from "./context.js";
import { stringifyJson } from "./escape.js";

export type { ReportContext } from "./context.js";

/** `--format json`: one object with every finding and a summary. */
export function formatJson(findings: readonly Finding[], context: ReportContext): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${stringifyJson(
    {
      version: 1,
      findings,
      suppressed: context.suppressed ?? [],
      summary: {
        errors,
        warnings: findings.length - errors,
        suppressed: context.suppressed?.length ?? 0,
        filesCompared: context.filesCompared,
        ...(context.positionsUnknown?.length ? { positionsUnknown: context.positionsUnknown } : {}),
      },
    },
    2,
  )}\n`;
}
