/**
 * Who the action's token comments as, so the sticky comment is looked for
 * only among that identity's comments: a comment anyone else writes, even
 * with the marker in it, is never edited.
 *
 * The default `GITHUB_TOKEN` comments as the GitHub Actions bot,
 * `github-actions[bot]`. REST `GET /user` fails for such installation
 * tokens, so the identity is asked of GraphQL (`viewer`), which answers for
 * personal tokens and, where it can, for app tokens; when it cannot answer,
 * the token is taken to be the default one.
 */
export interface Identity {
  /** The login as the REST API names a comment's author (`github-actions[bot]` for a bot). */
  readonly login: string;
  readonly type: "User" | "Bot";
}

/** The default GITHUB_TOKEN's identity. */
export const ACTIONS_BOT: Identity = { login: "github-actions[bot]", type: "Bot" };

/** The author of an issue comment, as the REST API gives it. */
export interface CommentAuthor {
  readonly login?: string;
  readonly type?: string;
}

/** True when the comment was written by the identity: same login and same kind of account. */
export function writtenBy(author: CommentAuthor | null | undefined, identity: Identity): boolean {
  return author?.login === identity.login && author.type === identity.type;
}

/**
 * The identity GraphQL's `viewer` reports for a token, in REST terms (a bot's
 * GraphQL login has no `[bot]` suffix); undefined when the query fails or
 * answers something unexpected.
 */
export function identityOfViewer(response: unknown): Identity | undefined {
  const viewer = (response as { data?: { viewer?: { __typename?: unknown; login?: unknown } } } | null)?.data?.viewer;
  if (viewer === undefined || typeof viewer.login !== "string" || !/^[A-Za-z0-9-]+$/.test(viewer.login)) return undefined;
  if (viewer.__typename === "Bot") return { login: `${viewer.login}[bot]`, type: "Bot" };
  if (viewer.__typename === "User") return { login: viewer.login, type: "User" };
  return undefined;
}
