import { resolve } from "node:path";
import { isSeq, type Node } from "yaml";
import type { BufVersion, RuleCatalogue } from "../model/catalogue.js";
import { bufBreakingUniverse, bufLintUniverse, checkName, type NameRef, type RuleUniverse } from "./select.js";
import type { CheckConfig, Config, ModuleConfig, PathRef } from "./model.js";
import { confinedPath, type PathBoundary } from "./paths.js";
import type { ConfigDoc, Entry } from "./yaml.js";
import { isOneOf } from "../model/narrow.js";

const TOP_KEYS: Readonly<Record<BufVersion, readonly string[]>> = {
  v1beta1: ["version", "name", "deps", "build", "lint", "breaking"],
  v1: ["version", "name", "deps", "build", "lint", "breaking"],
  v2: ["version", "modules", "deps", "lint", "breaking", "plugins", "policies"],
};

const BREAKING_KEYS: Readonly<Record<BufVersion, readonly string[]>> = {
  v1beta1: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages"],
  v1: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages"],
  v2: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages", "disable_builtin"],
};

const LINT_OPTIONS = [
  "enum_zero_value_suffix",
  "rpc_allow_same_request_response",
  "rpc_allow_google_protobuf_empty_requests",
  "rpc_allow_google_protobuf_empty_responses",
  "service_suffix",
];

const LINT_KEYS: Readonly<Record<BufVersion, readonly string[]>> = {
  v1beta1: ["use", "except", "ignore", "ignore_only", "allow_comment_ignores", ...LINT_OPTIONS],
  v1: ["use", "except", "ignore", "ignore_only", "allow_comment_ignores", ...LINT_OPTIONS],
  v2: ["use", "except", "ignore", "ignore_only", "disallow_comment_ignores", "disable_builtin", ...LINT_OPTIONS],
};

const BUILD_KEYS: Readonly<Record<BufVersion, readonly string[]>> = {
  v1beta1: ["roots", "excludes"],
  v1: ["excludes"],
  v2: [],
};

/** The versions of buf.yaml, as the keys above name them. */
const BUF_VERSIONS = Object.keys(TOP_KEYS) as BufVersion[];

const MODULE_KEYS = ["path", "name", "includes", "excludes", "lint", "breaking"];

/** The version a buf.yaml declares, or undefined when the document has no `version` key. */
export function bufVersionOf(doc: ConfigDoc): BufVersion | undefined {
  const node = doc.child(doc.root, "version");
  if (node === undefined) return undefined;
  const version = doc.string(node, "version").value;
  if (!isOneOf(BUF_VERSIONS, version)) doc.fail(node, `version ${JSON.stringify(version)} is not one of ${BUF_VERSIONS.join(", ")}`);
  return version;
}

function get(entries: readonly Entry[], key: string): Node | null {
  return entries.find((e) => e.key === key)?.node ?? null;
}

/** Reads a `breaking:` or `lint:` section as buf does: names must be the version's rule IDs or categories. */
function section(
  doc: ConfigDoc,
  version: BufVersion,
  node: Node | null,
  what: string,
  universe: RuleUniverse,
  keys: readonly string[],
): CheckConfig {
  const entries = doc.entries(node, what);
  doc.checkKeys(entries, keys, what);
  const names = (key: string): NameRef[] =>
    doc.strings(get(entries, key), `${what}.${key}`).map((s) => {
      const ref = { name: s.value, where: s.where };
      checkName(ref, universe);
      return ref;
    });
  const paths = (n: Node | null, label: string): PathRef[] =>
    doc.strings(n, label).map((s) => ({ path: s.value, where: s.where }));
  const use = names("use");
  const isLint = what.endsWith("lint");
  const disallow = doc.bool(get(entries, "disallow_comment_ignores"), `${what}.disallow_comment_ignores`);
  const allow = doc.bool(get(entries, "allow_comment_ignores"), `${what}.allow_comment_ignores`);
  return {
    universe,
    use: use.length > 0 ? use : undefined,
    except: names("except"),
    ignore: paths(get(entries, "ignore"), `${what}.ignore`),
    ignoreOnly: doc.entries(get(entries, "ignore_only"), `${what}.ignore_only`).map((e) => {
      const rule = { name: e.key, where: e.where };
      checkName(rule, universe);
      return { rule, paths: paths(e.node, `${what}.ignore_only.${e.key}`) };
    }),
    ignoreUnstablePackages: doc.bool(get(entries, "ignore_unstable_packages"), `${what}.ignore_unstable_packages`),
    severity: [],
    // buf v2 reads comment ignores unless disallowed; v1 and v1beta1 only when allowed.
    commentIgnores: isLint && (version === "v2" ? !disallow : allow),
  };
}

/**
 * Reads a buf.yaml the way buf reads it for `buf breaking` and `buf lint`:
 * v1beta1 modules are its build roots (ignore paths relative to each root),
 * a v1 file is one module at its directory, and a v2 file declares a workspace
 * of modules (`path`, `includes`, `excludes`, and a `breaking:`/`lint:` of
 * their own that replaces the top-level one), its ignore paths relative to the
 * buf.yaml's directory. Names are checked against that version's rule sets.
 */
export function readBufConfig(
  doc: ConfigDoc,
  version: BufVersion,
  file: string,
  dir: string,
  catalogue: RuleCatalogue,
  boundary: PathBoundary,
): Config {
  const top = doc.entries(doc.root, "buf.yaml");
  doc.checkKeys(top, TOP_KEYS[version], "");
  const breakingUniverse = bufBreakingUniverse(catalogue, version);
  const lintUniverse = bufLintUniverse(catalogue, version);
  const breakingOf = (node: Node | null, what: string): CheckConfig =>
    section(doc, version, node, what, breakingUniverse, BREAKING_KEYS[version]);
  const lintOf = (node: Node | null, what: string): CheckConfig =>
    section(doc, version, node, what, lintUniverse, LINT_KEYS[version]);
  const breaking = breakingOf(get(top, "breaking"), "breaking");
  const lint = lintOf(get(top, "lint"), "lint");
  const modules: ModuleConfig[] = [];

  if (version === "v2") {
    const modulesNode = get(top, "modules");
    const items = modulesNode === null ? [] : moduleItems(doc, modulesNode);
    for (const [i, item] of items.entries()) {
      const entries = doc.entries(item, `modules[${i}]`);
      doc.checkKeys(entries, MODULE_KEYS, "a module");
      const pathNode = get(entries, "path");
      const declared = pathNode === null ? undefined : doc.string(pathNode, `modules[${i}].path`);
      const root =
        declared === undefined
          ? { path: dir }
          : confinedPath({ where: declared.where, key: `modules[${i}].path`, value: declared.value }, dir, boundary);
      const breakingNode = entries.find((e) => e.key === "breaking");
      const lintNode = entries.find((e) => e.key === "lint");
      modules.push({
        root: root.path,
        ...("origin" in root ? { origin: root.origin } : {}),
        excludes: doc.strings(get(entries, "excludes"), `modules[${i}].excludes`).map((e) => resolve(dir, e.value)),
        includes: doc.strings(get(entries, "includes"), `modules[${i}].includes`).map((e) => resolve(dir, e.value)),
        ignoreBase: dir,
        breaking: breakingNode === undefined ? breaking : breakingOf(breakingNode.node, `modules[${i}].breaking`),
        lint: lintNode === undefined ? lint : lintOf(lintNode.node, `modules[${i}].lint`),
      });
    }
    if (modules.length === 0) modules.push({ root: dir, excludes: [], includes: [], ignoreBase: dir, breaking, lint });
  } else {
    const build = doc.entries(get(top, "build"), "build");
    doc.checkKeys(build, BUILD_KEYS[version], "build");
    const excludes = doc.strings(get(build, "excludes"), "build.excludes").map((e) => resolve(dir, e.value));
    if (version === "v1beta1") {
      const roots = doc
        .strings(get(build, "roots"), "build.roots")
        .map((r, i) => confinedPath({ where: r.where, key: `build.roots[${i}]`, value: r.value }, dir, boundary));
      for (const { path, origin } of roots) {
        modules.push({ root: path, origin, excludes, includes: [], ignoreBase: path, breaking, lint });
      }
      if (roots.length === 0) modules.push({ root: dir, excludes, includes: [], ignoreBase: dir, breaking, lint });
    } else {
      modules.push({ root: dir, excludes, includes: [], ignoreBase: dir, breaking, lint });
    }
  }
  return {
    format: "buf",
    file,
    display: doc.display,
    bufVersion: version,
    dir,
    modules,
    fallback: { breaking, lint, ignoreBase: dir },
    include: [],
    versions: { allowV0: false, versionPatterns: [] },
    unversioned: "new",
    warnings: [],
  };
}

function moduleItems(doc: ConfigDoc, node: Node): (Node | null)[] {
  if (!isSeq(node)) doc.fail(node, "modules must be a list");
  return node.items as (Node | null)[];
}
