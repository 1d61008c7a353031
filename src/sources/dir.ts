import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../frontend/index.js";

const SKIPPED_DIRS = new Set([".git", "node_modules"]);

/** Whether a module-relative path lies in a directory that inputs skip (`node_modules`, `.git`). */
export function isSkippedPath(path: string): boolean {
  const parts = path.split("/");
  return parts.slice(0, -1).some((p) => SKIPPED_DIRS.has(p));
}

/** Every `.proto` file below a directory, with module-relative `/` paths, sorted. */
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
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads a file below one of the include directories, or undefined. */
export function includeReader(includes: readonly string[]): (path: string) => Uint8Array | undefined {
  return (path) => {
    for (const dir of includes) {
      try {
        return readFileSync(join(dir, path));
      } catch {
        continue;
      }
    }
    return undefined;
  };
}
