import type { ImageInput, SourceFile } from "../model/inputs.js";
import type { BesideProtos } from "./pbjs-beside.js";
import type { GitRepo } from "./git.js";

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
  /**
   * For a source read from git: the blob each file is. Its files' bytes are
   * read from git when first asked for (all the unread ones in one batch),
   * so a caller that knows which files it needs reads them with prefetch
   * and leaves the others unread.
   */
  readonly blobs?: SourceBlobs;
}

/** The blobs of a source read from git. */
export interface SourceBlobs {
  /** The blob of each file, by its path in the source. */
  readonly oids: ReadonlyMap<string, string>;
  /**
   * The repository they are read from: its readBlobs reads them (those of
   * another side read from it too) in one batch, ahead of the files' bytes
   * being asked for; its gitDir is where what is known of them may be cached.
   */
  readonly repo: GitRepo;
  /**
   * For the index: where each blob's file is in the work tree (blob id →
   * path from its top), where readBlobs may find the same bytes.
   */
  readonly workTree?: ReadonlyMap<string, string>;
}

/** A FileDescriptorSet (or buf image, or snapshot): already compiled. */
export interface DescriptorSetSource extends SourceCommon {
  readonly kind: "descriptor-set";
  readonly inputs: readonly ImageInput[];
  /** False when the set has no SourceCodeInfo: findings then point at line 1 of their file. */
  readonly positionsKnown: boolean;
  /** For a protobufjs bundle, the `.proto` files beside it that hold some of its packages exactly (pbjs-beside.ts). */
  readonly beside?: BesideProtos;
}

/**
 * How an input file is read when its name does not decide it: "pbjs" reads
 * it as a protobufjs JSON bundle, whatever its shape.
 */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The values of InputFormat, for the options that name one. */
export const INPUT_FORMATS = ["pbjs"] as const;

/** What one side of a comparison was read from. */
export type Source = FilesSource | DescriptorSetSource;

export { upward, type GitFiles } from "../model/tree.js";

/** Sorts files by path, as every source lists them. */
export function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
