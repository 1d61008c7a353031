import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";

/**
 * A path with symbolic links resolved as far as it exists; the rest (a path
 * that exists only in a git revision, say) is appended as written.
 */
export function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const up = dirname(path);
    return up === path ? path : resolve(real(up), basename(path));
  }
}

/** Whether `path` is `root` or below it; both absolute and normalised. */
export function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Whether `path` (absolute, or relative to `root`) stays inside `root` once
 * `..` and symbolic links are resolved, on both.
 */
export function confined(root: string, path: string): boolean {
  return within(real(root), real(resolve(root, path)));
}

/**
 * Whether a path named inside a schema (an import) points outside the root it
 * is read from: absolute, or climbing above the root with `..` segments.
 */
export function leavesRoot(path: string): boolean {
  if (/^[\\/]/.test(path) || /^[a-zA-Z]:/.test(path)) return true;
  let depth = 0;
  for (const part of path.split(/[\\/]/)) {
    if (part === "..") depth--;
    else if (part !== "" && part !== ".") depth++;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Whether a path named inside a schema (an import) is a clean relative path
 * with `/` separators: not absolute, no empty, "." or ".." segment, no
 * backslash or control character. Only such a path is looked up on disk.
 */
export function isCleanRelative(path: string): boolean {
  if (path === "" || /[\\\u0000-\u001f\u007f]/.test(path) || /^[a-zA-Z]:/.test(path)) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
