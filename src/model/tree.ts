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
