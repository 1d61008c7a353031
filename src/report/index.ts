import type { Finding } from "../model/finding.js";
import { formatBufJson } from "./buf-json.js";
import { NO_COLOR, type Palette } from "./color.js";
import type { ReportContext } from "./context.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

export type { ReportContext, RuleInfo } from "./context.js";

/** Every `--format`, the default first. */
export const FORMATS = ["text", "json", "github", "sarif", "junit", "gitlab", "markdown", "buf-json"] as const;
export type Format = (typeof FORMATS)[number];

/** Renders findings in a format; only `text` uses colour. */
export function formatReport(format: Format, findings: readonly Finding[], context: ReportContext, c: Palette = NO_COLOR): string {
  switch (format) {
    case "text":
      return formatText(findings, context, c);
    case "json":
      return formatJson(findings, context);
    case "github":
      return formatGithub(findings, context);
    case "sarif":
      return formatSarif(findings, context);
    case "junit":
      return formatJunit(findings, context);
    case "gitlab":
      return formatGitlab(findings);
    case "markdown":
      return formatMarkdown(findings, context);
    case "buf-json":
      return formatBufJson(findings, context.bufInput);
    default:
      return format satisfies never;
  }
}
