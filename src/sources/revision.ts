import { InputError } from "../model/errors.js";

/** Which commit an input names, before it is looked up in a repository. */
export type RevisionSpec =
  /** Any git revision: a branch, tag, commit, `HEAD~1`, `origin/main`, `refs/heads/x`. */
  | { readonly kind: "revision"; readonly revision: string; readonly label: string }
  /** `A...B`: the merge base of A and B (an empty side means HEAD). */
  | { readonly kind: "merge-base"; readonly from: string; readonly to: string };

/** buf's git input: `path/.git#branch=main,subdir=proto` (also `tag=`, `ref=`, `commit=`). */
export interface BufGitInput {
  /** The repository: a `.git` directory, a work tree or a bare repository. */
  readonly repository: string;
  readonly revision: RevisionSpec;
  /** Subdirectory of the repository holding the schema; "" for the top. */
  readonly subdir: string;
}

function fail(what: string, spec: string, why: string): never {
  throw new InputError(`${what} "${spec}": ${why}`);
}

/**
 * Refuses what can never be a revision, so that user text never reaches git
 * as an option or as a range: a leading "-", control characters, "..".
 */
export function checkRevision(revision: string, what: string, spec: string): void {
  if (revision.startsWith("-")) {
    fail(what, spec, 'no directory or file by that name, and a git revision cannot start with "-"');
  }
  if (/[\u0000-\u001f\u007f]/.test(revision)) {
    fail(what, spec, "a git revision cannot contain control characters");
  }
  if (revision.includes("..")) {
    fail(
      what,
      spec,
      'no directory, file or git revision by that name (".." names a range of commits; give one revision, or A...B for the merge base of A and B)',
    );
  }
}

/**
 * Parses a revision spec: one revision, or `A...B` for the merge base of A
 * and B. Throws InputError for what cannot be a revision.
 */
export function parseRevision(text: string, what: string, spec: string = text): RevisionSpec {
  if (text === "") fail(what, spec, "an empty git revision");
  const parts = text.split("...");
  if (parts.length === 2) {
    const from = parts[0] === "" ? "HEAD" : (parts[0] as string);
    const to = parts[1] === "" ? "HEAD" : (parts[1] as string);
    checkRevision(from, what, spec);
    checkRevision(to, what, spec);
    return { kind: "merge-base", from, to };
  }
  checkRevision(text, what, spec);
  return { kind: "revision", revision: text, label: text };
}

const BUF_GIT_KEYS = new Set(["branch", "tag", "ref", "commit", "subdir", "depth", "recurse_submodules", "format"]);

/**
 * Parses buf's git input syntax (`.git#branch=main,subdir=proto`), or returns
 * undefined when the spec is not in that syntax.
 */
export function parseBufGitInput(spec: string, what: string): BufGitInput | undefined {
  const hash = spec.indexOf("#");
  if (hash < 0) return undefined;
  const path = spec.slice(0, hash);
  const parts = spec.slice(hash + 1).split(",");
  if (!path.endsWith(".git") && !parts.some((p) => p.trim() === "format=git")) return undefined;
  const options = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq < 0) fail(what, spec, `"${part}" is not a key=value option`);
    const key = part.slice(0, eq).trim();
    if (!BUF_GIT_KEYS.has(key)) {
      fail(what, spec, `unknown option "${key}" (git inputs take branch, tag, ref, commit and subdir)`);
    }
    options.set(key, part.slice(eq + 1).trim());
  }
  const format = options.get("format");
  if (format !== undefined && format !== "git") fail(what, spec, `unsupported format "${format}"`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^[^/]+@[^/]+:/.test(path)) {
    fail(
      what,
      spec,
      "remote git repositories are not read; clone it, or fetch the revision into this repository and name it here",
    );
  }
  const named = (["branch", "tag", "ref", "commit"] as const).filter((k) => options.has(k));
  if (named.length !== 1) fail(what, spec, "name exactly one of branch=, tag=, ref= or commit=");
  const key = named[0] as "branch" | "tag" | "ref" | "commit";
  const value = options.get(key) as string;
  if (value === "") fail(what, spec, `${key}= is empty`);
  let revision: RevisionSpec;
  switch (key) {
    case "branch":
      checkRevision(value, what, spec);
      revision = { kind: "revision", revision: `refs/heads/${value}`, label: value };
      break;
    case "tag":
      checkRevision(value, what, spec);
      revision = { kind: "revision", revision: `refs/tags/${value}`, label: value };
      break;
    case "commit":
      if (!/^[0-9a-f]{4,64}$/i.test(value)) fail(what, spec, `commit=${value} is not a commit hash`);
      revision = { kind: "revision", revision: value, label: value };
      break;
    case "ref":
      revision = parseRevision(value, what, spec);
      break;
    default:
      return key satisfies never;
  }
  return { repository: path === "" ? "." : path, revision, subdir: checkSubdir(options.get("subdir") ?? "", what, spec) };
}

/** A `subdir=` value as a clean relative path ("" for the top); never outside the repository. */
function checkSubdir(subdir: string, what: string, spec: string): string {
  const parts = subdir.split("/").filter((p) => p !== "" && p !== ".");
  if (subdir.startsWith("/") || parts.includes("..")) {
    fail(what, spec, `subdir=${subdir} must be a path inside the repository`);
  }
  if (/[\u0000-\u001f\u007f]/.test(subdir)) fail(what, spec, "subdir= cannot contain control characters");
  return parts.join("/");
}
