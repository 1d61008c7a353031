import type { SourceFile } from "../frontend/index.js";
import type { ImageInput } from "../image/build.js";

interface SourceCommon {
  /** The input as the user gave it. */
  readonly spec: string;
  /** The input named for people, saying what it was read as: `main (git revision 3f9c2e1)`. */
  readonly description: string;
  /**
   * What display paths start with: a directory as typed (`proto`), a git
   * revision and subdirectory (`main:proto`, `main:`), or "" (paths as they are).
   */
  readonly display: string;
  /**
   * True when this version has no schema at the place read: a git revision
   * from before the schema was added (its directory not there yet, or no
   * commit at all). Only a previous version read from git can be absent;
   * it is then compared as an empty schema, and there is nothing to compare against.
   */
  readonly absent: boolean;
}

/** `.proto` files read from a directory, a git revision or the git index. */
export interface FilesSource extends SourceCommon {
  readonly kind: "dir" | "git" | "staged";
  /** Module-relative paths with `/` separators, sorted. */
  readonly files: readonly SourceFile[];
  /**
   * Reads an import from the include paths (for git inputs, as of the same
   * revision). Undefined for a path that is not found, and for one that is
   * not a clean relative path or that leaves its include path (by `..` or a
   * symbolic link): nothing outside an include path is read.
   */
  readonly readImport: (path: string) => Uint8Array | undefined;
}

/** A FileDescriptorSet (or buf image, or snapshot): already compiled. */
export interface DescriptorSetSource extends SourceCommon {
  readonly kind: "descriptor-set";
  readonly inputs: readonly ImageInput[];
  /** False when the set has no SourceCodeInfo: findings then point at line 1 of their file. */
  readonly positionsKnown: boolean;
}

/** What one side of a comparison was read from. */
export type Source = FilesSource | DescriptorSetSource;

/**
 * Files read from the version of the repository an input's schema comes from
 * (a revision, or the index), in the schema's directory and the directories
 * above it.
 */
export interface GitFiles {
  /** The schema's directory inside the repository: "" at the top, else "a/b". */
  readonly prefix: string;
  /** Where a path of the repository is in the file system (for a revision, where it is in the work tree). */
  readonly place: (path: string) => string;
  /** A path of the repository as named in messages: `main:proto/protoguard.yaml`, `:proto/protoguard.yaml` for the index. */
  readonly name: (path: string) => string;
  /** The files found, by path inside the repository. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** The directories from `prefix` up to the top of the repository (""), nearest first. */
export function upward(prefix: string): string[] {
  const dirs = [prefix];
  for (let dir = prefix; dir !== ""; ) {
    const slash = dir.lastIndexOf("/");
    dir = slash < 0 ? "" : dir.slice(0, slash);
    dirs.push(dir);
  }
  return dirs;
}

/** Sorts files by path, as every source lists them. */
export function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
