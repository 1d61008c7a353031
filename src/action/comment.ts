import { ActionError } from "./runner.js";

/** Where the sticky comment goes. */
export interface CommentTarget {
  /** The REST API's base URL ($GITHUB_API_URL). */
  readonly apiUrl: string;
  /** owner/name ($GITHUB_REPOSITORY). */
  readonly repository: string;
  readonly pullNumber: number;
  readonly token: string;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string;
}

/** The hidden marker that finds the comment again on the next run: one comment per workflow and job. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- protoguard-comment ${workflow.replace(/-->/g, "")}/${job.replace(/-->/g, "")} -->`;
}

async function call(target: CommentTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${target.apiUrl.replace(/\/+$/, "")}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${target.token}`,
      "content-type": "application/json",
      "user-agent": "protoguard-action",
      "x-github-api-version": "2022-11-28",
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 300);
    throw new ActionError(`GitHub API ${method} ${path}: ${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}`);
  }
  return response.json();
}

/**
 * Creates or updates the pull request comment that carries `marker`: the
 * first comment whose body holds it is edited; if there is none, one is
 * created, unless `createIfMissing` is false (a clean run does not start a
 * conversation). Returns what was done.
 */
export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string,
  createIfMissing: boolean,
): Promise<"created" | "updated" | "none"> {
  const [owner, repo] = target.repository.split("/");
  if (!owner || !repo) throw new ActionError(`GITHUB_REPOSITORY "${target.repository}" is not owner/name`);
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  let existing: IssueComment | undefined;
  for (let page = 1; existing === undefined; page++) {
    const comments = (await call(target, "GET", `${base}/issues/${target.pullNumber}/comments?per_page=100&page=${page}`)) as IssueComment[];
    existing = comments.find((c) => c.body?.includes(marker));
    if (comments.length < 100) break;
  }
  const text = `${marker}\n${body}`;
  if (existing !== undefined) {
    await call(target, "PATCH", `${base}/issues/comments/${existing.id}`, { body: text });
    return "updated";
  }
  if (!createIfMissing) return "none";
  await call(target, "POST", `${base}/issues/${target.pullNumber}/comments`, { body: text });
  return "created";
}
