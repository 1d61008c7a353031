import { existsSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Source } from "../sources/index.js";
import type { Config, ModuleConfig } from "../config/model.js";
import { checkConfigDirectory } from "../config/paths.js";

/** One comparison of a run: a directory of the current schema and the settings that apply to it. */
export type ModuleRun = ModuleConfig;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function contains(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** True when a path (relative to `root`) is left out by excludes / limited by includes (absolute directories or files). */
function isExcluded(root: string, path: string, excludes: readonly string[], includes: readonly string[]): boolean {
  const abs = resolve(root, path);
  const under = (dir: string): boolean => contains(dir, abs);
  if (excludes.some(under)) return true;
  return includes.length > 0 && !includes.some(under);
}

/** The directory an input names, when it is one; else undefined (a git revision, a descriptor set). */
export function inputDirectory(cwd: string, input: string): string | undefined {
  const path = resolve(cwd, input);
  return existsSync(path) && isDirectory(path) ? path : undefined;
}

/**
 * The comparisons an input makes under a configuration. An input inside a
 * module (or at its root) is that module; an input that holds modules (a buf
 * v2 workspace, v1beta1 roots, protoguard.yaml `roots`) is one comparison per
 * module, each read from the module's directory; otherwise the input directory
 * with the file's top-level settings. Only directory inputs are split.
 */
export function planModules(config: Config, inputDir: string, splittable: boolean): ModuleRun[] {
  const containing = config.modules
    .filter((m) => contains(m.root, inputDir))
    .sort((a, b) => b.root.length - a.root.length)[0];
  if (containing !== undefined) return [{ ...containing, root: inputDir }];
  const inside = splittable ? config.modules.filter((m) => contains(inputDir, m.root)) : [];
  if (inside.length > 0) return inside.map((m) => ({ ...m }));
  return [{ root: inputDir, excludes: [], includes: [], ...config.fallback }];
}

/**
 * Fails when a directory the configuration names for these runs (a module
 * root, an include path) is not there, blaming the key that names it. For a
 * directory input only: an input read from git reads these from its revision.
 */
export function checkConfigPaths(config: Config, runs: readonly ModuleRun[]): void {
  for (const run of runs) if (run.origin !== undefined) checkConfigDirectory(run.root, run.origin);
  for (const include of config.include) checkConfigDirectory(include.path, include.origin);
}

/** The input spec that reads a module's directory: its path relative to the current directory. */
export function moduleSpec(cwd: string, root: string): string {
  const rel = relative(cwd, root);
  return rel === "" ? "." : rel;
}

/** A source without the files a module excludes (descriptor sets are taken whole). */
export function withoutExcluded(source: Source, run: ModuleRun): Source {
  if (source.kind === "descriptor-set" || (run.excludes.length === 0 && run.includes.length === 0)) return source;
  return { ...source, files: source.files.filter((f) => !isExcluded(run.root, f.path, run.excludes, run.includes)) };
}
