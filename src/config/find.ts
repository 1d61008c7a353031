import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { readBufConfig, bufVersionOf } from "./buf-file.js";
import type { CheckConfig, Config } from "./model.js";
import { readProtoguardConfig } from "./protoguard-file.js";
import { PROTOGUARD_UNIVERSE } from "./select.js";
import { ConfigDoc, ConfigError } from "./yaml.js";

/** The files looked for in each directory, in this order: the first one found is the configuration. */
export const CONFIG_FILES = ["protoguard.yaml", "protoguard.yml", "package.json", "buf.yaml"] as const;

const NOTHING: CheckConfig = {
  universe: PROTOGUARD_UNIVERSE,
  use: undefined,
  except: [],
  ignore: [],
  ignoreOnly: [],
  ignoreUnstablePackages: false,
  severity: [],
  commentIgnores: false,
};

/** The configuration when there is no file: protoguard's defaults for the input directory. */
export function defaultConfig(dir: string): Config {
  return {
    format: "default",
    file: undefined,
    display: "defaults",
    bufVersion: undefined,
    dir,
    modules: [],
    fallback: { breaking: NOTHING, lint: NOTHING, ignoreBase: dir },
    include: [],
    versions: { allowV0: false, versionPatterns: [] },
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

/** True when a package.json has a `protoguard` key. */
function hasProtoguardKey(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return typeof pkg === "object" && pkg !== null && Object.hasOwn(pkg, "protoguard");
  } catch {
    return false;
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
      if (name === "package.json" && !hasProtoguardKey(file)) continue;
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
export function loadConfigFile(file: string, cwd: string): Config {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(err);
    throw new InputError(`--config ${displayName(file, cwd)}: ${reason}`);
  }
  const display = displayName(file, cwd);
  const dir = dirname(file);
  try {
    const doc = new ConfigDoc(display, text);
    if (basename(file) === "package.json") {
      const node = doc.child(doc.root, "protoguard");
      if (node === undefined) throw new ConfigError(`${display}:1:1: package.json has no "protoguard" key`);
      return readProtoguardConfig(doc, node, file, dir);
    }
    const version = bufVersionOf(doc);
    return version === undefined ? readProtoguardConfig(doc, doc.root, file, dir) : readBufConfig(doc, version, file, dir);
  } catch (err) {
    // An unknown rule ID is a usage error on the command line, a config error here.
    if (err instanceof UsageError) throw new ConfigError(err.message);
    throw err;
  }
}

/**
 * The configuration that applies to an input: the `--config` file if given,
 * else the one found from the input's directory upward, else the defaults.
 */
export function resolveConfig(options: { readonly cwd: string; readonly start: string; readonly config?: string }): Config {
  if (options.config !== undefined) return loadConfigFile(resolve(options.cwd, options.config), options.cwd);
  const file = findConfigFile(options.start);
  return file === undefined ? defaultConfig(resolve(options.start)) : loadConfigFile(file, options.cwd);
}
