import type { Finding } from "../finding.js";

export interface ReportContext {
  /** Files of the current schema that were compared. */
  readonly filesCompared: number;
  /** How the previous side is named for people ("fixtures/demo/previous (directory)", "main (git revision 3f9c2e1)"). */
  readonly against: string;
  /** Sides read from a descriptor set without SourceCodeInfo: their findings point at line 1. */
  readonly positionsUnknown?: readonly ("current" | "previous")[];
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
        ...(context.positionsUnknown?.length ? { positionsUnknown: context.positionsUnknown } : {}),
      },
    },
    null,
    2,
  )}\n`;
}
