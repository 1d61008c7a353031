/**
 * Approvals: a deliberate break, named by its finding's fingerprint, with a
 * reason and who approved it. They come from the approvals file
 * (protoguard.approvals.yaml), from `Protoguard-Approve:` trailers of the
 * commits compared, and (in the GitHub Action) from pull request comments.
 * An approved finding does not fail the check; it is kept as suppressed.
 */

import { isScalar, isSeq, type Node } from "yaml";
import { findingFingerprint, isFingerprint } from "../model/fingerprint.js";
import type { Finding } from "../model/finding.js";
import { APPROVAL_EXPIRED, APPROVAL_UNUSED, type SuppressedFinding } from "../model/suppression.js";
import { ConfigDoc } from "./yaml.js";

/** The approvals file, looked for beside the configuration file. */
export const APPROVALS_FILE = "protoguard.approvals.yaml";

/** The commit trailer that approves a finding: `Protoguard-Approve: <fingerprint> <reason>`. */
export const APPROVE_TRAILER = "Protoguard-Approve";

/** The longest reason kept; longer ones are cut (a reason is shown in every format). */
export const MAX_REASON_CHARS = 500;
/** The most approvals read from one commit message or one comment. */
export const MAX_APPROVALS_PER_TEXT = 50;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Approval {
  readonly fingerprint: string;
  readonly reason: string;
  /** Who approved it: a name in the approvals file, a commit's author, a GitHub login. */
  readonly approver: string;
  /** The last day it applies (`YYYY-MM-DD`, UTC), when it has one. */
  readonly expires?: string;
  /** Where it was given: `protoguard.approvals.yaml:3:5`, `commit 3f9c2e1`, `comment 1234`. */
  readonly at: string;
}

/** A reason as kept: one line, no control characters, at most MAX_REASON_CHARS. */
export function cleanReason(text: string): string {
  const flat = text.slice(0, MAX_REASON_CHARS * 2).replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return flat.length > MAX_REASON_CHARS ? `${flat.slice(0, MAX_REASON_CHARS - 1)}…` : flat;
}

/** Whether a `YYYY-MM-DD` string is a real date. */
function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (m === null) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The source text of a scalar: a fingerprint of digits (`012345678901`) must not be read as a number. */
function scalarText(text: string, node: Node | null, doc: ConfigDoc, what: string): string {
  if (!isScalar(node) || node.range === undefined || node.range === null) doc.fail(node, `${what} must be a string`);
  if (typeof node.value === "string") return node.value;
  if (typeof node.value === "number") return text.slice(node.range[0], node.range[1]).trim();
  return doc.fail(node, `${what} must be a string`);
}

/**
 * Reads an approvals file:
 *
 * ```yaml
 * approvals:
 *   - fingerprint: 3f9c2e1a7b4d
 *     reason: coupon was deprecated in 2025 and no client sends it
 *     approved_by: alice
 *     expires: 2027-01-31
 * ```
 *
 * Throws ConfigError, located, for anything else.
 */
export function parseApprovalsFile(display: string, text: string): Approval[] {
  const doc = new ConfigDoc(display, text);
  const top = doc.entries(doc.root, display);
  doc.checkKeys(top, ["approvals"], "");
  const list = top[0]?.node ?? null;
  if (list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) return doc.fail(list, "approvals must be a list");
  const out: Approval[] = [];
  for (const item of list.items) {
    const node = item as Node | null;
    const entries = doc.entries(node, "an approval");
    doc.checkKeys(entries, ["fingerprint", "reason", "approved_by", "expires"], "an approval");
    const get = (key: string): Node | null | undefined => entries.find((e) => e.key === key)?.node;
    const required = (key: string): Node | null => {
      const n = get(key);
      if (n === undefined) return doc.fail(node, `an approval needs "${key}"`);
      return n;
    };
    const fingerprintNode = required("fingerprint");
    const fingerprint = scalarText(text, fingerprintNode, doc, "fingerprint");
    if (!isFingerprint(fingerprint)) doc.fail(fingerprintNode, "fingerprint must be the 12 hex digits a finding shows");
    const reason = cleanReason(doc.string(required("reason"), "reason").value);
    if (reason === "") doc.fail(get("reason"), "reason must say why the break is accepted");
    const approver = cleanReason(doc.string(required("approved_by"), "approved_by").value);
    if (approver === "") doc.fail(get("approved_by"), "approved_by must name who approved it");
    const expiresNode = get("expires");
    let expires: string | undefined;
    if (expiresNode !== undefined) {
      expires = scalarText(text, expiresNode, doc, "expires");
      if (!isDate(expires)) doc.fail(expiresNode, `expires must be a date written YYYY-MM-DD`);
    }
    out.push({ fingerprint, reason, approver, ...(expires === undefined ? {} : { expires }), at: doc.at(node) });
  }
  return out;
}

/**
 * Reads `<fingerprint> <reason>` after a command word or trailer name: the
 * fingerprint must be well-formed and the reason not empty; undefined otherwise.
 */
export function parseApprovalArguments(rest: string): { fingerprint: string; reason: string } | undefined {
  const trimmed = rest.trimStart();
  const space = trimmed.search(/\s/);
  const fingerprint = space < 0 ? trimmed : trimmed.slice(0, space);
  if (!isFingerprint(fingerprint.toLowerCase())) return undefined;
  const reason = space < 0 ? "" : cleanReason(trimmed.slice(space));
  return reason === "" ? undefined : { fingerprint: fingerprint.toLowerCase(), reason };
}

/** A commit whose message is read for trailers. */
export interface CommitText {
  readonly hash: string;
  readonly author: string;
  readonly message: string;
}

/**
 * The approvals in commit messages: each line `Protoguard-Approve:
 * <fingerprint> <reason>` (the name in any case), approved by the commit's
 * author. Lines are read one by one, at most MAX_APPROVALS_PER_TEXT per commit.
 */
export function trailerApprovals(commits: readonly CommitText[]): Approval[] {
  const out: Approval[] = [];
  const prefix = `${APPROVE_TRAILER.toLowerCase()}:`;
  for (const c of commits) {
    let n = 0;
    for (const line of c.message.split("\n")) {
      if (n >= MAX_APPROVALS_PER_TEXT) break;
      if (!line.slice(0, prefix.length).toLowerCase().startsWith(prefix)) continue;
      const args = parseApprovalArguments(line.slice(prefix.length));
      if (args === undefined) continue;
      n++;
      out.push({ ...args, approver: cleanReason(c.author) || "unknown", at: `commit ${c.hash.slice(0, 7)}` });
    }
  }
  return out;
}

/** The result of applying approvals to findings. */
export interface Approved {
  readonly findings: Finding[];
  readonly approved: SuppressedFinding[];
  /** Warnings about approvals that matched nothing or expired. */
  readonly warnings: Finding[];
}

/** Where a warning about an approval points: its place in the approvals file, or the commit or comment as a name. */
function warningAt(a: Approval): Pick<Finding, "file" | "path" | "line" | "column" | "endLine" | "endColumn"> {
  const m = /^(.*):(\d+):(\d+)$/.exec(a.at);
  if (m === null) return { file: a.at, path: a.at, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const line = Number(m[2]);
  const column = Number(m[3]);
  return { file: m[1] as string, path: m[1] as string, line, column, endLine: line, endColumn: column };
}

/**
 * Applies approvals: a finding whose fingerprint an approval in force names
 * is approved (the first such approval is the one shown). An approval past
 * its `expires` date (`today`, `YYYY-MM-DD`) no longer applies and is a
 * warning; one in force that names no finding is a warning too.
 */
export function applyApprovals(findings: readonly Finding[], approvals: readonly Approval[], today: string): Approved {
  const inForce = new Map<string, Approval>();
  const warnings: Finding[] = [];
  for (const a of approvals) {
    if (a.expires !== undefined && a.expires < today) {
      warnings.push({
        rule: APPROVAL_EXPIRED,
        severity: "warning",
        ...warningAt(a),
        message: `Approval of ${a.fingerprint} expired on ${a.expires} and no longer applies.`,
      });
    } else if (!inForce.has(a.fingerprint)) inForce.set(a.fingerprint, a);
  }
  const used = new Set<string>();
  const kept: Finding[] = [];
  const approved: SuppressedFinding[] = [];
  for (const f of findings) {
    const fp = findingFingerprint(f);
    const a = inForce.get(fp);
    if (a === undefined) {
      kept.push(f);
      continue;
    }
    used.add(fp);
    approved.push({
      ...f,
      fingerprint: fp,
      suppression: {
        by: "approval",
        reason: a.reason,
        at: a.at,
        approver: a.approver,
        ...(a.expires === undefined ? {} : { expires: a.expires }),
      },
    });
  }
  for (const [fp, a] of inForce) {
    if (used.has(fp)) continue;
    warnings.push({
      rule: APPROVAL_UNUSED,
      severity: "warning",
      ...warningAt(a),
      message: `Approval of ${fp} (${a.reason}) matches no finding.`,
    });
  }
  return { findings: kept, approved, warnings };
}

/** Today as `YYYY-MM-DD` in UTC, what `expires` is compared with. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
