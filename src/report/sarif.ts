import { findingFingerprint } from "../model/fingerprint.js";
import type { Log, ReportingDescriptor, Result, Suppression } from "sarif";
import { SUPPRESSION_WARNINGS, type SuppressedFinding } from "../model/suppression.js";
import { evidenceLine } from "../model/evidence.js";
import { messageWithFix, type Finding } from "../model/finding.js";
import type { ReportContext, RuleInfo } from "./context.js";
import { HOMEPAGE, ruleDocUrl, workspacePath } from "./links.js";
import { stringifyJson, wellFormed } from "./escape.js";

/** A relative URI reference for a path: each segment percent-encoded, `/` kept (a lone surrogate as U+FFFD). */
function uri(path: string): string {
  return wellFormed(path).split("/").map(encodeURIComponent).join("/");
}

function describe(rule: RuleInfo): ReportingDescriptor {
  const url = ruleDocUrl(rule.id);
  const origin =
    rule.origin === "protoguard"
      ? "protoguard's own rule (buf has none like it)"
      : rule.origin === "buf-lint"
        ? "buf lint rule"
        : "buf breaking rule";
  return {
    id: rule.id,
    name: rule.id
      .toLowerCase()
      .split("_")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(""),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} A ${origin}; categories: ${rule.categories.join(", ")}.` },
    helpUri: url,
    help: {
      text: `${rule.summary} Why it breaks, and the safe way to make the change: ${url}`,
      markdown: `${rule.summary}\n\nWhy it breaks, and the safe way to make the change: [${rule.id}](${url}).`,
    },
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["protobuf", "breaking-change", ...rule.categories.map((c) => c.toLowerCase())],
      precision: "very-high",
      "problem.severity": "error",
    },
  };
}

function result(f: Finding, ruleIndex: number): Result {
  const hash = findingFingerprint(f);
  const releases = f.releases !== undefined && f.releases.length > 0 ? f.releases : undefined;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity === "error" ? "error" : "warning",
    message: { text: releases === undefined ? messageWithFix(f) : `${messageWithFix(f)}\nBreaks: ${releases.join(", ")}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(workspacePath(f)) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: hash, "protoguard/v1": hash },
    ...(f.previous || f.deleted || f.evidence || releases !== undefined
      ? {
          properties: {
            ...(f.evidence ? { evidence: evidenceLine(f.evidence) } : {}),
            ...(releases === undefined ? {} : { releases: [...releases] }),
            ...(f.deleted ? { deleted: true } : {}),
            ...(f.previous ? { previous: `${f.previous.file}:${f.previous.line}:${f.previous.column}` } : {}),
          },
        }
      : {}),
  };
}

/**
 * SARIF's own record of a suppression: `inSource` for a `// protoguard:ignore`
 * comment, `external` for a configuration key, with the reason as justification.
 */
function suppression(s: SuppressedFinding["suppression"]): Suppression {
  const justification = s.by === "comment" || s.by === "approval" ? s.reason : [s.by, s.reason].filter(Boolean).join(": ");
  const properties = {
    ...(s.at ? { at: s.at } : {}),
    ...(s.by === "approval" ? { approval: true, ...(s.approver === undefined ? {} : { approver: s.approver }), ...(s.expires === undefined ? {} : { expires: s.expires }) } : {}),
  };
  return {
    kind: s.by === "comment" ? "inSource" : "external",
    ...(justification ? { justification } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning. Every rule
 * that ran is in `tool.driver.rules` with its summary and a link to its doc;
 * each result has stable `partialFingerprints` made from the rule, the file's
 * path and the message (not line numbers), so an alert survives code moving.
 * With `--against-tags`, the releases a finding breaks end its message and
 * are listed in its `properties.releases`.
 * Approved findings, and with `--show-suppressed` all suppressed ones, are
 * results too, each with its `suppressions` entry (an approval's reason as
 * the justification, its approver in the properties), so viewers show them
 * as suppressed.
 */
export function formatSarif(findings: readonly Finding[], context: ReportContext): string {
  // Approved findings are always results: an approval is a decision code scanning should show as one.
  const suppressed = (context.suppressed ?? []).filter((f) => context.showSuppressed === true || f.suppression.by === "approval");
  const rules = new Map<string, RuleInfo>();
  for (const r of context.rules ?? []) rules.set(r.id, r);
  for (const f of [...findings, ...suppressed]) {
    if (rules.has(f.rule)) continue;
    const warning = SUPPRESSION_WARNINGS.find((w) => w.id === f.rule);
    rules.set(f.rule, { id: f.rule, categories: [], summary: warning?.summary ?? `Rule ${f.rule}.`, origin: "protoguard" });
  }
  const ids = [...rules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results: Result[] = [
    ...findings.map((f) => result(f, index.get(f.rule) as number)),
    ...suppressed.map((f) => ({ ...result(f, index.get(f.rule) as number), suppressions: [suppression(f.suppression)] })),
  ];
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "protoguard",
            informationUri: HOMEPAGE,
            ...(context.version ? { semanticVersion: context.version } : {}),
            rules: ids.map((id) => describe(rules.get(id) as RuleInfo)),
          },
        },
        automationDetails: { id: "protoguard/breaking/" },
        results,
      },
    ],
  };
  return `${stringifyJson(log, 2)}\n`;
}
