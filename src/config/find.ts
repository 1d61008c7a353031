import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { RuleCatalogue } from "../model/catalogue.js";
import { InputError, UsageError } from "../model/errors.js";
import { upward, type GitFiles } from "../model/tree.js";
import type { BufVersion } from "../model/rule.js";
import { readBufConfig, bufVersionOf } from "./buf-file.js";
import type { CheckConfig, Config } from "./model.js";
import { boundaryOf, type PathBoundary } from "./paths.js";
import { readProtoguardConfig } from "./protoguard-file.js";
import { protoguardUniverse } from "./select.js";
import { ConfigDoc, ConfigError } from "./yaml.js";
import { errorCode } from "../model/narrow.js";

/** The files looked for in each directory, in this order: the first one found is the configuration. */
export const CONFIG_FILES = ["protoguard.yaml", "protoguard.yml", "package.json", "buf.yaml"] as const;

/** The configuration when there is no file: protoguard's defaults for the input directory. */
export function defaultConfig(dir: string, catalogue: RuleCatalogue): Config {
  const nothing: CheckConfig = {
    universe: protoguardUniverse(catalogue),
    use: undefined,
    except: [],
    ignore: [],
    ignoreOnly: [],
    ignoreUnstablePackages: false,
    severity: [],
    commentIgnores: false,
  };
  return {
    format: "default",
    file: undefined,
    display: "defaults",
    bufVersion: undefined,
    dir,
    modules: [],
    fallback: { breaking: nothing, lint: nothing, ignoreBase: dir },
    include: [],
    versions: { allowV0: false, versionPatterns: [] },
    unversioned: "new",
    warnings: [],
  };
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when a package.json's text has a `protoguard` key. */
function hasProtoguardKey(text: string): boolean {
  try {
    const pkg = JSON.parse(text) as unknown;
    return typeof pkg === "object" && pkg !== null && Object.hasOwn(pkg, "protoguard");
  } catch {
    return false;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * The configuration file for a directory: protoguard.yaml, protoguard.yml,
 * package.json with a `protoguard` key, or buf.yaml, in the directory or the
 * nearest one above it, up to the top of the git repository (or of the file
 * system outside one).
 */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (!existsSync(file) || isDir(file)) continue;
      if (name === "package.json" && !hasProtoguardKey(readText(file))) continue;
      return file;
    }
    if (existsSync(join(dir, ".git"))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The file as named in messages: relative to the current directory, unless the absolute path is shorter. */
function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === "" || rel.length > file.length ? file : rel;
}

/**
 * Reads a configuration file: protoguard.yaml (or .yml, or any YAML file
 * without a `version` key), package.json's `protoguard` key, or a buf.yaml
 * (a YAML file with `version: v1beta1 | v1 | v2`). Errors are ConfigErrors
 * located at the offending key.
 */
export function loadConfigFile(file: string, cwd: string, catalogue: RuleCatalogue, bufDir?: (version: BufVersion) => string): Config {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const reason = errorCode(err) === "ENOENT" ? "no such file" : String(err);
    throw new InputError(`--config ${displayName(file, cwd)}: ${reason}`);
  }
  return parseConfig(text, file, displayName(file, cwd), catalogue, boundaryOf(file), bufDir);
}

/**
 * Reads a configuration from its text. `file` is where it is (for a file
 * read from git, where it is in the work tree): paths in it are relative to
 * its directory, and must stay inside `boundary`. `display` names it in messages.
 */
function parseConfig(
  text: string,
  file: string,
  display: string,
  catalogue: RuleCatalogue,
  boundary: PathBoundary,
  bufDir?: (version: BufVersion) => string,
): Config {
  const dir = dirname(file);
  try {
    const doc = new ConfigDoc(display, text);
    if (basename(file) === "package.json") {
      const node = doc.child(doc.root, "protoguard");
      if (node === undefined) throw new ConfigError(`${display}:1:1: package.json has no "protoguard" key`);
      return readProtoguardConfig(doc, node, file, dir, catalogue, boundary);
    }
    const version = bufVersionOf(doc);
    if (version === undefined) return readProtoguardConfig(doc, doc.root, file, dir, catalogue, boundary);
    if (bufDir === undefined) return readBufConfig(doc, version, file, dir, catalogue, boundary);
    // Its paths are relative to another directory: they stay inside the repository that holds it.
    const base = bufDir(version);
    return readBufConfig(doc, version, file, base, catalogue, boundaryOf(join(base, "buf.yaml")));
  } catch (err) {
    // An unknown rule ID is a usage error on the command line, a config error here.
    if (err instanceof UsageError) throw new ConfigError(err.message);
    throw err;
  }
}

/**
 * The configuration in a version of the repository read from git (a
 * revision, or the index), found as findConfigFile finds it in the file
 * system: in the schema's directory or the nearest one above it, up to the
 * top of the repository. It is named as git names it
 * (`main:proto/protoguard.yaml`), and its paths are relative to where it is
 * in the work tree. Undefined when there is none.
 */
export function findConfigInGit(tree: GitFiles, catalogue: RuleCatalogue): Config | undefined {
  for (const dir of upward(tree.prefix)) {
    for (const name of CONFIG_FILES) {
      const path = dir === "" ? name : `${dir}/${name}`;
      const bytes = tree.files.get(path);
      if (bytes === undefined) continue;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
      if (name === "package.json" && !hasProtoguardKey(text)) continue;
      return parseConfig(text, tree.place(path), tree.name(path), catalogue, { dir: tree.place(""), name: "the repository" });
    }
  }
  return undefined;
}

/**
 * The configuration that applies to an input: the `--config` file if given,
 * else the one found from the input's directory upward (in `tree`, when the
 * input is read from git: its revision or the index), else the defaults.
 */
export function resolveConfig(options: {
  readonly cwd: string;
  readonly start: string;
  readonly config?: string;
  readonly tree?: GitFiles;
  /** The rules the configuration's names are resolved against. */
  readonly catalogue: RuleCatalogue;
}): Config {
  const { catalogue } = options;
  if (options.config !== undefined) {
    // buf reads a buf.yaml given with --config as if it were at the module's
    // root (v1beta1, v1: the input directory) or at the workspace's (v2: the
    // current directory), wherever the file is; a protoguard.yaml's paths stay
    // relative to the file.
    const inputDir = resolve(options.start);
    return loadConfigFile(resolve(options.cwd, options.config), options.cwd, catalogue, (version) =>
      version === "v2" ? resolve(options.cwd) : inputDir,
    );
  }
  if (options.tree !== undefined) {
    return findConfigInGit(options.tree, catalogue) ?? defaultConfig(options.tree.place(options.tree.prefix), catalogue);
  }
  const file = findConfigFile(options.start);
  return file === undefined ? defaultConfig(resolve(options.start), catalogue) : loadConfigFile(file, options.cwd, catalogue);
}
