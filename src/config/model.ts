import type { BufVersion } from "../model/catalogue.js";
import type { VersionGrammar } from "../versioning/version.js";
import type { NameRef, RuleUniverse } from "./select.js";

/** What a rule's findings are: errors (the default), warnings, or not checked at all. */
export type Level = "error" | "warning" | "off";

/** A path or glob from an ignore list, and where it was written. */
export interface PathRef {
  readonly path: string;
  readonly where: string;
}

/** Where a path of the configuration file was written, for errors about it. */
export interface PathOrigin {
  /** `protoguard.yaml:4:5` */
  readonly where: string;
  /** The key as named in messages: `include[0]`, `roots[1]`, `modules[1].path`. */
  readonly key: string;
  /** The path as written. */
  readonly value: string;
}

/** A path of the configuration, absolute, with where it was written. */
export interface ConfigPath {
  readonly path: string;
  readonly origin: PathOrigin;
}

/** Which rules run and which findings are dropped: a `breaking:` or `lint:` section. */
export interface CheckConfig {
  /** The set the names below belong to. */
  readonly universe: RuleUniverse;
  /** Rule IDs and categories to run; undefined or empty: the set's default. */
  readonly use: readonly NameRef[] | undefined;
  readonly except: readonly NameRef[];
  /** Findings in these paths (either version) are dropped; relative to the module's ignore base. */
  readonly ignore: readonly PathRef[];
  /** As `ignore`, for the findings of some rules or categories only. */
  readonly ignoreOnly: readonly { readonly rule: NameRef; readonly paths: readonly PathRef[] }[];
  /** Drop findings in files whose package is an alpha, beta or test version (either version). */
  readonly ignoreUnstablePackages: boolean;
  /** Levels by rule ID or category (protoguard.yaml only). */
  readonly severity: readonly { readonly rule: NameRef; readonly level: Level }[];
  /** Whether `// buf:lint:ignore RULE` comments count (buf lint only). */
  readonly commentIgnores: boolean;
}

/** One module: a directory whose files are compared, with the paths inside it. */
export interface ModuleConfig {
  /** Absolute directory the module's file paths are relative to. */
  readonly root: string;
  /** Where the configuration names the root (absent for the configuration's own directory). */
  readonly origin?: PathOrigin;
  /** Absolute directories or files left out of the module. */
  readonly excludes: readonly string[];
  /** Absolute directories the module is limited to (buf.yaml v2 `includes`); empty: all of it. */
  readonly includes: readonly string[];
  /** Absolute directory ignore paths are relative to. */
  readonly ignoreBase: string;
  readonly breaking: CheckConfig;
  readonly lint: CheckConfig;
}

/**
 * The release tags `breaking` compares with when it is given no previous
 * version (protoguard.yaml `releases`); `--against-tags` and `--last` override.
 */
export interface ReleasesConfig {
  /** A `git tag --list` pattern (`v*`). */
  readonly tags: string;
  /** Only the newest `last` matching tags; undefined: all of them. */
  readonly last: number | undefined;
  /** Where `releases.tags` is written (`protoguard.yaml:3:9`), for errors about it. */
  readonly where: string;
}

/** A configuration as read from a file (or the defaults). */
export interface Config {
  /** protoguard.yaml or package.json#protoguard ("protoguard"), a buf.yaml ("buf"), or none ("default"). */
  readonly format: "protoguard" | "buf" | "default";
  /** The config file, absolute (for one read from git, its place in the work tree); undefined for the defaults. */
  readonly file: string | undefined;
  /** The config file as named in messages (`main:proto/protoguard.yaml` for one read from a revision). */
  readonly display: string;
  readonly bufVersion: BufVersion | undefined;
  /** The directory of the config file. */
  readonly dir: string;
  /**
   * The modules the file declares. For a protoguard.yaml without `roots`, and
   * for the defaults, none: the input directory is the module.
   */
  readonly modules: readonly ModuleConfig[];
  /** Settings for the input directory when it is in no declared module. */
  readonly fallback: Omit<ModuleConfig, "root" | "excludes" | "includes">;
  /** Import paths (protoguard.yaml `include`), inside the configuration's repository. */
  readonly include: readonly ConfigPath[];
  readonly versions: VersionGrammar;
  /**
   * Which unversioned packages `breaking` reports: those the change introduces
   * (PACKAGE_NO_NEW_UNVERSIONED, the default), or every one, as `lint` does
   * (PACKAGE_VERSION_SUFFIX); protoguard.yaml `package_versions.unversioned`.
   */
  readonly unversioned: "new" | "all";
  /** The release tags to compare with when no previous version is given (protoguard.yaml only). */
  readonly releases?: ReleasesConfig;
  /** Notes for the user. */
  readonly warnings: readonly string[];
}
