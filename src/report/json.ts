import type { Finding } from "../finding.js";

export interface ReportContext {
  /** Files of the current schema that were compared. */
  readonly filesCompared: number;
  /** How the previous side is named for people ("fixtures/demo/previous", "main"). */
  readonly against: string;
}

/** `--format json`: one object with every finding and a summary. */
export function formatJson(findings: readonly Finding[], context: ReportContext): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${JSON.stringify(
    {
      version: 1,
      findings,
      summary: {
        errors,
        warnings: findings.length - errors,
        filesCompared: context.filesCompared,
      },
    },
    null,
    2,
  )}\n`;
}
