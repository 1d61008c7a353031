import { ACTIONS_BOT, identityOfViewer, writtenBy, type CommentAuthor, type Identity } from "./identity.js";
import { ActionError } from "./runner.js";

/** Where the sticky comment goes. */
export interface CommentTarget {
  /** The REST API's base URL ($GITHUB_API_URL). */
  readonly apiUrl: string;
  /** The GraphQL endpoint ($GITHUB_GRAPHQL_URL; default the REST base + /graphql). */
  readonly graphqlUrl?: string;
  /** owner/name ($GITHUB_REPOSITORY). */
  readonly repository: string;
  readonly pullNumber: number;
  readonly token: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: CommentAuthor | null;
}

/** The hidden marker that finds the comment again on the next run: one comment per workflow and job. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- protoguard-comment ${workflow.replace(/-->/g, "")}/${job.replace(/-->/g, "")} -->`;
}

/** Calls the REST API with the target's token; a failed call is an ActionError naming the call. */
export async function call(target: CommentTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  return request(target, method, `${target.apiUrl.replace(/\/+$/, "")}${path}`, path, body);
}

async function request(target: CommentTarget, method: string, url: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
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

/** The token's identity: GraphQL's viewer when it answers, else the default GITHUB_TOKEN's bot. */
export async function tokenIdentity(target: CommentTarget): Promise<Identity> {
  const url = target.graphqlUrl || `${target.apiUrl.replace(/\/+$/, "")}/graphql`;
  try {
    const answer = await request(target, "POST", url, "/graphql", { query: "query { viewer { __typename login } }" });
    return identityOfViewer(answer) ?? ACTIONS_BOT;
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * Creates or updates the pull request comment that carries `marker`: the
 * first comment whose body holds it and that the token's own identity wrote
 * is edited (a marker in anyone else's comment counts for nothing); if there
 * is none, one is created, unless `createIfMissing` is false (a clean run
 * does not start a conversation). The identity is looked up only when some
 * comment holds the marker. `known` is the pull request's comments when the
 * caller has already read them all (for approvals), so they are not read
 * again. Returns what was done.
 */
export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string,
  createIfMissing: boolean,
  known?: readonly IssueComment[],
): Promise<"created" | "updated" | "none"> {
  const [owner, repo] = target.repository.split("/");
  if (!owner || !repo) throw new ActionError(`GITHUB_REPOSITORY "${target.repository}" is not owner/name`);
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  let existing: IssueComment | undefined;
  let identity: Identity | undefined;
  for (let page = 1; existing === undefined; page++) {
    const comments = known ?? ((await call(target, "GET", `${base}/issues/${target.pullNumber}/comments?per_page=100&page=${page}`)) as IssueComment[]);
    const marked = comments.filter((c) => c.body?.includes(marker));
    if (marked.length > 0) {
      identity ??= await tokenIdentity(target);
      const own = identity;
      existing = marked.find((c) => writtenBy(c.user, own));
    }
    if (known !== undefined || comments.length < 100) break;
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
