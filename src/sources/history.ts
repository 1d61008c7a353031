/**
 * The history of a schema in git, read in bulk: which blobs of `.proto` files
 * below a directory each commit reachable from a revision had, the last
 * commit that had each blob, and the trees of its release tags. A fixed
 * number of git processes whatever the length of the history (the commits,
 * their changes, the revision's tree, the tags), and one `git ls-tree` per
 * release tag; the blobs are then read in one `git cat-file --batch` by the
 * caller.
 */

import type { GitRepo } from "./git.js";
import { isReleaseTag, sortReleaseTags } from "./tags.js";

/** The most release tags whose trees are read, the newest first. */
export const MAX_RELEASES = 200;

/** A release tag of the history and the blobs of its tree below the directory. */
export interface HistoryRelease {
  readonly tag: string;
  readonly commit: string;
  readonly blobs: readonly string[];
}

/** A commit, as a ledger names it: its hash and its committer date (`YYYY-MM-DD`, UTC). */
export interface CommitStamp {
  readonly commit: string;
  readonly date: string;
}

/** A blob of a `.proto` file and the last commit of the history that had it. */
export interface HistoryBlob {
  readonly oid: string;
  /** The file's path from the top of the repository, where it was last seen. */
  readonly path: string;
  readonly last: CommitStamp;
  /** The last commit's place in the history, newest first (0: the revision itself). */
  readonly rank: number;
}

export interface SchemaHistory {
  /** The revision the history was read from. */
  readonly head: CommitStamp;
  /** Every blob of a `.proto` file below the directory in some commit, with the last commit that had it. */
  readonly blobs: readonly HistoryBlob[];
  /** The blobs of the revision's own tree. */
  readonly current: ReadonlySet<string>;
  /** The release tags (semantic versions) reachable from the revision, newest first, at most MAX_RELEASES. */
  readonly releases: readonly HistoryRelease[];
  /** True when the repository is a shallow clone: the history read stops where the clone does. */
  readonly shallow: boolean;
  /** How many commits were read. */
  readonly commits: number;
}

const ZERO = /^0+$/;

function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The pathspecs of the `.proto` files below directories of the repository ("" for the top). */
function pathspecs(dirs: readonly string[]): string[] {
  return dirs.includes("") ? [":(glob)**/*.proto"] : dirs.map((d) => `:(literal)${d}`);
}

function below(path: string, dirs: readonly string[]): boolean {
  return path.endsWith(".proto") && dirs.some((d) => d === "" || path.startsWith(`${d}/`));
}

/** The blobs of the tree below directories of a commit, listed once in a run. */
async function treeBlobs(repo: GitRepo, commit: string, dirs: readonly string[], trees: Map<string, readonly string[]>): Promise<{ oid: string; path: string }[]> {
  const entries = await repo.listTree(commit, dirs);
  trees.set(`${commit}:${dirs.join("\0")}`, entries.map((e) => e.oid));
  return entries;
}

/**
 * Reads the history of the `.proto` files below directories (`dirs`, from
 * the top of the repository; "" for all of it) as of `commit` (a full hash): every commit reachable from it, merges compared with their
 * first parent (so a conflict's resolution counts; git 2.31 and later),
 * renames as a deletion and an addition. A blob a commit replaced or deleted was last had by that
 * commit's first parent; a blob a commit wrote was had by the commit.
 */
export async function readSchemaHistory(
  repo: GitRepo,
  commit: string,
  dirs: readonly string[],
  /** Trees already listed (blob ids by `commit:dir`), shared by the histories of one run. */
  trees: Map<string, readonly string[]> = new Map(),
): Promise<SchemaHistory> {
  const rank = new Map<string, { index: number; date: string }>();
  const dates = await repo.read(["log", "--topo-order", "--format=%H %ct", commit]);
  let index = 0;
  for (const line of dates.split("\n")) {
    const [hash, seconds] = line.split(" ");
    if (hash === undefined || seconds === undefined) continue;
    rank.set(hash, { index: index++, date: day(Number(seconds)) });
  }
  const latest = new Map<string, { path: string; index: number; commit: string }>();
  const note = (oid: string, path: string, at: string | undefined): void => {
    if (at === undefined || ZERO.test(oid)) return;
    const r = rank.get(at);
    if (r === undefined) return;
    const seen = latest.get(oid);
    if (seen === undefined || r.index < seen.index) latest.set(oid, { path, index: r.index, commit: at });
  };
  const args = ["log", "--topo-order", "--full-history", "--root", "--no-renames", "--raw", "--no-abbrev", "-z", "--format=%x01%H %P", commit, "--", ...pathspecs(dirs)];
  let log: string;
  try {
    log = await repo.read([...args.slice(0, 3), "--diff-merges=first-parent", ...args.slice(3)]);
  } catch {
    // git before 2.31 has no --diff-merges: merges then show no changes, and a
    // blob a merge replaced counts as last had by the commit that wrote it.
    log = await repo.read(args);
  }
  for (const chunk of log.split("\x01")) {
    const headerEnd = chunk.indexOf("\0");
    if (headerEnd < 0) continue;
    const ids = chunk.slice(0, headerEnd).trim().split(" ");
    const hash = ids[0];
    const parent = ids[1];
    const tokens = chunk.slice(headerEnd + 1).replace(/^\n/, "").split("\0");
    for (let t = 0; t + 1 < tokens.length; t += 2) {
      const meta = tokens[t] ?? "";
      const path = tokens[t + 1] ?? "";
      if (!meta.startsWith(":") || !below(path, dirs)) continue;
      // :<src mode> <dst mode> <src oid> <dst oid> <status>
      const [, , src, dst] = meta.split(" ");
      if (src !== undefined) note(src, path, parent);
      if (dst !== undefined) note(dst, path, hash);
    }
  }
  const tree = await treeBlobs(repo, commit, dirs, trees);
  const current = new Set(tree.map((e) => e.oid));
  for (const e of tree) note(e.oid, e.path, commit);
  const blobs: HistoryBlob[] = [];
  for (const [oid, seen] of latest) {
    const date = rank.get(seen.commit)?.date ?? "";
    blobs.push({ oid, path: seen.path, last: { commit: seen.commit, date }, rank: seen.index });
  }
  blobs.sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
  return {
    head: { commit, date: rank.get(commit)?.date ?? "" },
    blobs,
    current,
    releases: await readReleases(repo, commit, dirs, rank, trees),
    shallow: repo.shallow,
    commits: rank.size,
  };
}

/** The release tags reachable from `commit`, newest first, each with its tree's blobs below `dirs`. */
async function readReleases(
  repo: GitRepo,
  commit: string,
  dirs: readonly string[],
  rank: ReadonlyMap<string, { index: number }>,
  trees: Map<string, readonly string[]>,
): Promise<HistoryRelease[]> {
  const out = await repo.read(["for-each-ref", "--merged", commit, "--format=%(objectname) %(*objectname) %(refname:short)", "refs/tags"]);
  const tagged: { tag: string; commit: string; index: number }[] = [];
  for (const line of out.split("\n")) {
    const [object, peeled, tag] = line.split(" ");
    if (object === undefined || peeled === undefined || tag === undefined || !isReleaseTag(tag)) continue;
    const target = peeled === "" ? object : peeled;
    const r = rank.get(target);
    if (r !== undefined) tagged.push({ tag, commit: target, index: r.index });
  }
  // Newest commit first; of the tags of one commit, the highest version first.
  const version = new Map(sortReleaseTags(tagged.map((t) => t.tag)).map((tag, i) => [tag, i]));
  tagged.sort((a, b) => a.index - b.index || (version.get(b.tag) ?? 0) - (version.get(a.tag) ?? 0));
  const releases: HistoryRelease[] = [];
  for (const t of tagged.slice(0, MAX_RELEASES)) {
    const key = `${t.commit}:${dirs.join("\0")}`;
    let blobs = trees.get(key);
    if (blobs === undefined) {
      blobs = (await repo.listTree(t.commit, dirs)).map((e) => e.oid);
      trees.set(key, blobs);
    }
    releases.push({ tag: t.tag, commit: t.commit, blobs });
  }
  return releases;
}
