import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { PullComment } from "./approvals.js";
import { ActionError } from "./runner.js";

/** The parts of a webhook payload the action reads. */
export interface EventPayload {
  readonly before?: string;
  readonly after?: string;
  readonly pull_request?: {
    readonly number: number;
    readonly user?: { readonly login?: string } | null;
    readonly base: { readonly sha: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } };
    readonly head: { readonly sha: string; readonly ref?: string; readonly repo?: { readonly full_name?: string } | null };
  };
  /** issue_comment: the issue or pull request commented on (`pull_request` is set for a pull request). */
  readonly issue?: { readonly number: number; readonly pull_request?: unknown };
  /** issue_comment: the comment. */
  readonly comment?: PullComment;
}

/**
 * True unless the payload shows the pull request's head in the base
 * repository itself. A head repository that is gone (`head.repo: null`, a
 * deleted fork) or not named counts as a fork: GitHub gives such a pull
 * request no write token, and nothing it holds is trusted to say otherwise.
 */
export function fromFork(pr: NonNullable<EventPayload["pull_request"]>, repository: string | undefined): boolean {
  const head = pr.head.repo?.full_name;
  const base = pr.base.repo?.full_name ?? repository;
  return head === undefined || base === undefined || base === "" || head !== base;
}

/**
 * What to compare with: a revision (with the commits it needs, and for a pull
 * request its head commit), or nothing (with the reason the check is skipped).
 */
export type Against =
  | { readonly spec: string; readonly commits: readonly string[]; readonly head?: string }
  | { readonly skip: string };

const ZEROS = /^0+$/;

/** Reads the event payload the runner wrote ($GITHUB_EVENT_PATH); an empty payload when there is none. */
export function readEvent(env: NodeJS.ProcessEnv): EventPayload {
  const path = env["GITHUB_EVENT_PATH"];
  if (path === undefined || path === "") return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
  } catch (err) {
    throw new ActionError(`cannot read the event payload ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * The default `against`: for a pull request, the merge base of its base and
 * head commits (what the pull request changes, as GitHub's "Files changed"
 * shows it); for a push, the commit before it. A push that creates a branch
 * (before is all zeros) has nothing to compare with and is skipped.
 */
export function defaultAgainst(eventName: string, event: EventPayload): Against {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = event.pull_request;
    if (pr === undefined) throw new ActionError(`the ${eventName} event payload has no pull_request`);
    return { spec: `${pr.base.sha}...${pr.head.sha}`, commits: [pr.base.sha, pr.head.sha], head: pr.head.sha };
  }
  if (eventName === "push") {
    if (event.before === undefined || ZEROS.test(event.before)) {
      return { skip: "this push created the branch: there is no previous commit to compare with" };
    }
    return { spec: event.before, commits: [event.before] };
  }
  throw new ActionError(
    `no default "against" for a ${eventName === "" ? "run outside GitHub Actions" : `${eventName} event`}: set the against input (a branch, tag or commit)`,
  );
}

function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync("git", [...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * When the work tree is GitHub's test merge of a pull request (what
 * actions/checkout checks out for pull_request: a merge commit whose second
 * parent is the head commit), its first parent: the base the merge was made
 * on, so the comparison shows exactly what merging changes and nothing the
 * base branch did since the pull request branched off.
 */
export function testMergeBase(cwd: string, head: string): string | undefined {
  const second = git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^2"]);
  if (second === undefined || second !== head) return undefined;
  return git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^1"]);
}

/**
 * Fails with the fix when the commits to compare are missing because the
 * checkout is shallow (actions/checkout fetches one commit by default).
 */
export function requireHistory(cwd: string, commits: readonly string[]): void {
  if (git(cwd, ["rev-parse", "--is-shallow-repository"]) !== "true") return;
  const missing = commits.filter((sha) => git(cwd, ["cat-file", "-e", `${sha}^{commit}`]) === undefined);
  if (missing.length === 0) return;
  throw new ActionError(
    `${missing.length === 1 ? "commit" : "commits"} ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not in this checkout: it is a shallow clone. Set fetch-depth: 0 on actions/checkout so the history to compare with is there.`,
  );
}

/** The commit checked out (HEAD), or undefined outside a repository. */
export function headCommit(cwd: string): string | undefined {
  return git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
}
