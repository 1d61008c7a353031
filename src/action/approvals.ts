/**
 * Approvals from pull request comments: a line `/protoguard approve
 * <fingerprint> <reason>` in a comment counts only when its author may
 * decide: an author association the workflow trusts (OWNER, MEMBER,
 * COLLABORATOR by default), not a bot, and not the pull request's own
 * author unless the workflow allows self-approval. Everything in a comment
 * is untrusted: it is read line by line, with bounds, and only a
 * well-formed fingerprint and a cleaned reason are kept.
 */

import { cleanReason, MAX_APPROVALS_PER_TEXT, parseApprovalArguments, type Approval } from "../config/approvals.js";
import type { EventPayload } from "./against.js";
import { call, type CommentTarget } from "./comment.js";
import { ActionError } from "./runner.js";

/** The command word of an approval comment. */
export const APPROVE_COMMAND = "/protoguard approve";

/** The author associations whose approvals count by default. */
export const DEFAULT_APPROVERS = ["OWNER", "MEMBER", "COLLABORATOR"] as const;

/** Every author association GitHub reports. */
const ASSOCIATIONS = ["OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER", "MANNEQUIN", "NONE"];

/** The most characters of a comment that are read (GitHub allows 65,536). */
export const MAX_COMMENT_CHARS = 65_536;

/** A pull request comment as the REST API and the issue_comment payload give it. */
export interface PullComment {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
  readonly author_association?: string;
}

/** Who may approve. */
export interface ApprovalPolicy {
  /** Author associations whose approvals count. */
  readonly associations: readonly string[];
  /** The pull request's author: their own approvals count only with `allowSelf`. */
  readonly pullAuthor: string | undefined;
  readonly allowSelf: boolean;
  /** A marker our own comment carries: a comment holding it is never read for approvals. */
  readonly ownMarker: string;
}

/** Reads the `approvers` input: author associations, comma- or newline-separated; "" is the default. */
export function parseApprovers(value: string): string[] {
  const names = value
    .split(/[\n,]/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== "");
  if (names.length === 0) return [...DEFAULT_APPROVERS];
  for (const n of names) {
    if (!ASSOCIATIONS.includes(n)) throw new ActionError(`input approvers: "${n}" is not an author association (${ASSOCIATIONS.join(", ")})`);
  }
  return names;
}

/** The `/protoguard approve <fingerprint> <reason>` lines of a comment body, bounded. */
export function approvalLines(body: string): { fingerprint: string; reason: string }[] {
  const out: { fingerprint: string; reason: string }[] = [];
  for (const raw of body.slice(0, MAX_COMMENT_CHARS).split("\n")) {
    if (out.length >= MAX_APPROVALS_PER_TEXT) break;
    const line = raw.trim();
    if (!line.toLowerCase().startsWith(`${APPROVE_COMMAND} `)) continue;
    const args = parseApprovalArguments(line.slice(APPROVE_COMMAND.length));
    if (args !== undefined) out.push(args);
  }
  return out;
}

/** Why a comment's approvals do not count, or undefined when they do. */
export function distrust(comment: PullComment, policy: ApprovalPolicy): string | undefined {
  const login = comment.user?.login;
  if (login === undefined || login === "") return "it has no author";
  if (comment.user?.type === "Bot") return "it was written by a bot";
  if (comment.author_association === undefined || !policy.associations.includes(comment.author_association)) {
    return `its author's association (${comment.author_association ?? "none"}) is not one of ${policy.associations.join(", ")}`;
  }
  if (!policy.allowSelf && policy.pullAuthor !== undefined && login === policy.pullAuthor) {
    return "its author opened the pull request (set allow-self-approval: true to accept that)";
  }
  return undefined;
}

/** A comment's approvals that were not accepted, and why: for the log. */
export interface Refused {
  readonly comment: number;
  readonly login: string;
  readonly why: string;
}

/** The approvals the trusted comments give, and the comments with approvals that do not count. */
export function commentApprovals(comments: readonly PullComment[], policy: ApprovalPolicy): { approvals: Approval[]; refused: Refused[] } {
  const approvals: Approval[] = [];
  const refused: Refused[] = [];
  for (const c of comments) {
    const body = c.body ?? "";
    if (body.includes(policy.ownMarker)) continue;
    const lines = approvalLines(body);
    if (lines.length === 0) continue;
    const login = cleanReason(c.user?.login ?? "");
    const why = distrust(c, policy);
    if (why !== undefined) {
      refused.push({ comment: c.id, login, why });
      continue;
    }
    for (const l of lines) approvals.push({ ...l, approver: `@${login}`, at: `comment ${c.id}` });
  }
  return { approvals, refused };
}

/** The most pages of 100 comments read for approvals. */
export const MAX_COMMENT_PAGES = 10;

/** Every comment of a pull request (up to MAX_COMMENT_PAGES pages of 100), oldest first. */
export async function listComments(target: CommentTarget): Promise<PullComment[]> {
  const base = repoPath(target);
  const all: PullComment[] = [];
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const comments = (await call(target, "GET", `${base}/issues/${target.pullNumber}/comments?per_page=100&page=${page}`)) as PullComment[];
    all.push(...comments);
    if (comments.length < 100) break;
  }
  return all;
}

/** The pull request an issue_comment event is about, as the REST API gives it. */
export async function fetchPull(target: CommentTarget): Promise<NonNullable<EventPayload["pull_request"]>> {
  const answer = (await call(target, "GET", `${repoPath(target)}/pulls/${target.pullNumber}`)) as {
    base?: { sha?: unknown };
    head?: { sha?: unknown };
  } | null;
  if (answer === null || typeof answer.base?.sha !== "string" || typeof answer.head?.sha !== "string") {
    throw new ActionError(`GitHub API GET pull request ${target.pullNumber}: the answer has no base and head commits`);
  }
  return answer as NonNullable<EventPayload["pull_request"]>;
}

function repoPath(target: CommentTarget): string {
  const [owner, repo] = target.repository.split("/");
  if (!owner || !repo) throw new ActionError(`GITHUB_REPOSITORY "${target.repository}" is not owner/name`);
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}
