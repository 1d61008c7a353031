import type { Finding } from "./finding.js";

export type ChangeKind = "added" | "removed" | "renamed" | "moved" | "changed" | "deprecated" | "undeprecated";

export type ChangeElement =
  | "file"
  | "message"
  | "field"
  | "oneof"
  | "enum"
  | "enum_value"
  | "service"
  | "rpc"
  | "extension"
  | "option";

/** A place of an element on one side: its file (path inside the input) and 1-based position. */
export interface Place {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A place of a change as the user sees it: `file` names the file the way
 * `breaking`'s findings do (`proto/acme/v1/a.proto` for a directory input,
 * `main:proto/acme/v1/a.proto` for a git revision), `path` is its path inside
 * the input (with the module's directory in a workspace), as a finding's `path`.
 */
export interface Location extends Place {
  readonly file: string;
  /**
   * For a message, enum or service added or removed as a whole: its fields and
   * oneofs, values or RPCs, which are part of this one change.
   */
  readonly children?: readonly DiffMember[];
}

/**
 * How far a change reaches: `api` changes what generated code or the wire or
 * JSON sees (an addition, a removal, a rename, a type); `option` an option
 * with no such effect by itself; `comment` only documentation.
 */
export type ChangeReach = "api" | "option" | "comment";

/** The SemVer bump a change calls for. */
export type SemVer = "major" | "minor" | "patch" | "none";

/** The conventional-commit type that goes with the bump. */
export type CommitType = "feat!" | "feat" | "fix" | "docs";

/** An element added or removed with its parent (a field of a new message): what it is and where. */
export interface DiffMember {
  readonly kind: ChangeKind;
  readonly element: ChangeElement;
  readonly previous: string | null;
  readonly current: string | null;
  /** What it is: `number 2, type string`, `request A, response B`. */
  readonly detail?: string;
  readonly previousAt?: Location;
  readonly currentAt?: Location;
}

/** One change of `protoguard diff`: what changed, where on each side, and which rules call it breaking. */
export interface DiffChange {
  readonly kind: ChangeKind;
  readonly element: ChangeElement;
  readonly previous: string | null;
  readonly current: string | null;
  readonly detail?: string;
  /** How far the change reaches when no rule flags it (what a `minor` or `patch` verdict rests on). */
  readonly reach: ChangeReach;
  readonly breaking: boolean;
  /** The IDs of the rules that flagged it, sorted. */
  readonly rules: readonly string[];
  /** Its breaking findings, as `breaking` reports them. */
  readonly findings: readonly Finding[];
  readonly previousAt?: Location;
  readonly currentAt?: Location;
  /**
   * The file the change is listed under, named as `breaking` names it: the
   * current file, else (for a removal) the previous file's name on the
   * current side when that file is still there, else its previous name.
   */
  readonly file: string;
  /**
   * For a message, enum or service added or removed as a whole: its fields and
   * oneofs, values or RPCs, which are part of this one change.
   */
  readonly children?: readonly DiffMember[];
}

/**
 * The bump: `major` when a selected rule flags a change, `minor` when some
 * change reaches generated code, the wire or JSON without breaking (an
 * addition, a deprecation), `patch` when only options or comments changed.
 */
export function classify(changes: readonly DiffChange[]): { semver: SemVer; commit: CommitType | null } {
  if (changes.some((c) => c.breaking)) return { semver: "major", commit: "feat!" };
  if (changes.some((c) => c.reach === "api")) return { semver: "minor", commit: "feat" };
  if (changes.some((c) => c.reach === "option")) return { semver: "patch", commit: "fix" };
  if (changes.length > 0) return { semver: "patch", commit: "docs" };
  return { semver: "none", commit: null };
}

