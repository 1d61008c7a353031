import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { real, within } from "../model/confine.js";
import type { ConfigPath, PathOrigin } from "./model.js";
import { ConfigError } from "./yaml.js";

/**
 * What the paths of a configuration file may name: the top of the git work
 * tree that holds the file (for a file read from a revision or the index, the
 * top of that repository); outside git, the file's own directory. A
 * configuration comes with the schema, from a pull request as much as from
 * its owners, so it may only point inside the project it belongs to.
 */
export interface PathBoundary {
  readonly dir: string;
  /** How the boundary is named in messages. */
  readonly name: string;
}

/** The boundary of a configuration file on disk: its git work tree, else its directory. */
export function boundaryOf(file: string): PathBoundary {
  for (let dir = dirname(resolve(file)); ; ) {
    if (existsSync(join(dir, ".git"))) return { dir, name: "the repository" };
    const up = dirname(dir);
    if (up === dir) return { dir: dirname(resolve(file)), name: "the configuration file's directory" };
    dir = up;
  }
}

/**
 * A path of the configuration (`include`, `roots`, a module `path`), made
 * absolute from the file's directory, after checking that it stays inside the
 * boundary once `..` and symbolic links are resolved. An escape is a
 * ConfigError at the key; it names only what the file says.
 */
export function confinedPath(origin: PathOrigin, dir: string, boundary: PathBoundary): ConfigPath {
  const path = resolve(dir, origin.value);
  if (!within(real(boundary.dir), real(path))) {
    throw new ConfigError(
      `${origin.where}: ${origin.key} ${JSON.stringify(origin.value)}: outside ${boundary.name}; paths in the configuration must stay inside it`,
    );
  }
  return { path, origin };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Fails unless a path of the configuration is a directory on disk, blaming the key that names it. */
export function checkConfigDirectory(path: string, origin: PathOrigin): void {
  if (!isDirectory(path)) throw new ConfigError(`${origin.where}: ${origin.key} ${JSON.stringify(origin.value)}: no such directory`);
}
