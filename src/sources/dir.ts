import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceFile } from "../model/inputs.js";
import { InputError } from "../model/errors.js";
import { isCleanRelative, real, within } from "../model/confine.js";
import { byPath, type FilesSource } from "./source.js";
import { errorCode } from "../model/narrow.js";

const SKIPPED_DIRS = new Set([".git", "node_modules"]);

/** Whether a module-relative path lies in a directory that inputs skip (`node_modules`, `.git`). */
export function isSkippedPath(path: string): boolean {
  // Most paths name neither directory anywhere: they need no splitting.
  if (!path.includes(".git") && !path.includes("node_modules")) return false;
  const parts = path.split("/");
  return parts.slice(0, -1).some((p) => SKIPPED_DIRS.has(p));
}

/**
 * Every `.proto` file below a directory, with module-relative `/` paths,
 * sorted. Symbolic links are not followed, so nothing outside is read.
 */
export function readProtoDir(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string, prefix: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), rel);
      } else if (entry.isFile() && entry.name.endsWith(".proto")) {
        out.push({ path: rel, bytes: readFileSync(join(dir, entry.name)) });
      }
    }
  };
  walk(root, "");
  return out.sort(byPath);
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The error for an include path (as given) that is no directory. */
export function missingInclude(include: string): InputError {
  return new InputError(`include path "${include}": no such directory`);
}

/** Fails unless an include path (as given, relative to `cwd`) is a directory. */
export function checkIncludeDir(cwd: string, include: string): string {
  const dir = resolve(cwd, include);
  if (!isDirectory(dir)) throw missingInclude(include);
  return dir;
}

/**
 * Reads an import from the first include directory that has it, or
 * undefined. An import is looked up only when it is a clean relative path,
 * and read only when the file, with symbolic links resolved, is inside its
 * include directory: nothing outside an include directory is ever read.
 */
export function includeReader(includes: readonly string[]): (path: string) => Uint8Array | undefined {
  const roots = includes.map((dir) => real(dir));
  return (path) => {
    if (!isCleanRelative(path)) return undefined;
    for (const root of roots) {
      const file = real(join(root, path));
      if (!within(root, file)) continue;
      try {
        return readFileSync(file);
      } catch {
        continue;
      }
    }
    return undefined;
  };
}

/**
 * Reads a directory input: its `.proto` files, and imports from the include
 * paths (as given, relative to `cwd`). A directory with no `.proto` file is
 * no schema (buf refuses it too).
 */
export function readDirectory(spec: string, path: string, label: string, cwd: string, include: readonly string[]): FilesSource {
  const dirs = include.map((i) => checkIncludeDir(cwd, i));
  let files: SourceFile[];
  try {
    files = readProtoDir(path);
  } catch (err) {
    const code = errorCode(err) ?? (err instanceof Error ? err.message : String(err));
    throw new InputError(`${label} "${spec}": cannot read the directory (${code})`);
  }
  if (files.length === 0) throw new InputError(`${label} "${spec}": the directory has no .proto files`);
  return {
    kind: "dir",
    spec,
    description: `${spec} (directory)`,
    display: spec,
    absent: false,
    files,
    readImport: includeReader(dirs),
  };
}
