import type { Finding } from "../model/finding.js";
import type { ReportContext } from "./context.js";
import { stringifyJson } from "./escape.js";

export type { ReportContext } from "./context.js";

/** A finding without buf's message text, which only `--format buf-json` prints. */
function withoutBufMessage<F extends Finding>(f: F): Omit<F, "bufMessage"> {
  const copy: { -readonly [K in keyof F]: F[K] } = { ...f };
  delete copy.bufMessage;
  return copy;
}

/** `--format json`: one object with every finding and a summary. */
export function formatJson(findings: readonly Finding[], context: ReportContext): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${stringifyJson(
    {
      version: 1,
      findings: findings.map(withoutBufMessage),
      suppressed: (context.suppressed ?? []).map(withoutBufMessage),
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
