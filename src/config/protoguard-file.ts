import { isScalar, type Node } from "yaml";
import type { RuleCatalogue } from "../model/catalogue.js";
import { checkName, protoguardUniverse, type NameRef, type RuleUniverse } from "./select.js";
import type { CheckConfig, Config, Level, ModuleConfig, PathRef, ReleasesConfig } from "./model.js";
import { compilePattern, PatternError, type VersionPattern } from "../versioning/pattern.js";
import { confinedPath, type PathBoundary } from "./paths.js";
import { ConfigError, type At, type ConfigDoc, type Entry } from "./yaml.js";
import { isOneOf } from "../model/narrow.js";

/** The keys of protoguard.yaml (and of the `protoguard` key of package.json). */
export const PROTOGUARD_KEYS = [
  "use",
  "except",
  "ignore",
  "ignore_only",
  "ignore_unstable_packages",
  "severity",
  "include",
  "roots",
  "package_versions",
  "releases",
] as const;

/** The longest tag pattern taken, as on the command line: a pattern is a name with wildcards, not a document. */
const MAX_TAG_PATTERN = 256;

const LEVELS: readonly Level[] = ["error", "warning", "off"];

function names(doc: ConfigDoc, node: Node | null, what: string, universe: RuleUniverse): NameRef[] {
  return doc.strings(node, what).map((s) => {
    const ref = { name: s.value, where: s.where };
    checkName(ref, universe);
    return ref;
  });
}

function paths(doc: ConfigDoc, node: Node | null, what: string): PathRef[] {
  return doc.strings(node, what).map((s) => ({ path: s.value, where: s.where }));
}

/** A version pattern from config, matched against whole package components in linear time. */
function pattern(item: At<string>): VersionPattern {
  try {
    return compilePattern(item.value);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    throw new ConfigError(`${item.where}: package_versions.patterns: ${JSON.stringify(item.value)} is not a supported pattern: ${err.message}`);
  }
}

/**
 * `releases: {tags: "v*", last: 3}`: the release tags `breaking` compares
 * with when no previous version is given. `tags` is required in the
 * mapping; `last` is a whole number, 1 or more.
 */
function releases(doc: ConfigDoc, node: Node | null): ReleasesConfig | undefined {
  const entries = doc.entries(node, "releases");
  if (entries.length === 0) return undefined;
  doc.checkKeys(entries, ["tags", "last"], "releases");
  // A value the parser left out is placed at its key.
  const fail: (e: Entry, message: string) => never = (e, message) => {
    throw new ConfigError(`${e.node === null ? e.where : doc.at(e.node)}: ${message}`);
  };
  const tagsEntry = entries.find((e) => e.key === "tags");
  if (tagsEntry === undefined) doc.fail(node, 'releases: a tag pattern is required (tags: "v*")');
  const tags = isScalar(tagsEntry.node) ? tagsEntry.node.value : undefined;
  if (typeof tags !== "string" || tags === "" || tags.length > MAX_TAG_PATTERN) {
    fail(tagsEntry, `releases.tags must be a tag pattern of 1 to ${MAX_TAG_PATTERN} characters ("v*")`);
  }
  const lastEntry = entries.find((e) => e.key === "last");
  let last: number | undefined;
  if (lastEntry !== undefined) {
    const value = isScalar(lastEntry.node) ? lastEntry.node.value : undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) fail(lastEntry, "releases.last must be a whole number of tags, 1 or more");
    last = value;
  }
  return { tags, last, where: doc.at(tagsEntry.node) };
}

/**
 * Reads protoguard's own configuration from a document's node (the whole
 * protoguard.yaml, or the `protoguard` value of package.json).
 */
export function readProtoguardConfig(
  doc: ConfigDoc,
  node: Node | null,
  file: string,
  dir: string,
  catalogue: RuleCatalogue,
  boundary: PathBoundary,
): Config {
  const universe = protoguardUniverse(catalogue);
  const entries = doc.entries(node, "the configuration");
  doc.checkKeys(entries, PROTOGUARD_KEYS, "");
  const get = (key: string): Entry | undefined => entries.find((e) => e.key === key);
  const valueOf = (key: string): Node | null => get(key)?.node ?? null;

  const ignoreOnly = doc.entries(valueOf("ignore_only"), "ignore_only").map((e) => {
    const rule = { name: e.key, where: e.where };
    checkName(rule, universe);
    return { rule, paths: paths(doc, e.node, `ignore_only.${e.key}`) };
  });
  const severity = doc.entries(valueOf("severity"), "severity").map((e) => {
    const rule = { name: e.key, where: e.where };
    checkName(rule, universe);
    const level = doc.string(e.node, `severity.${e.key}`);
    const value = level.value;
    if (!isOneOf(LEVELS, value)) doc.fail(e.node, `severity.${e.key}: ${JSON.stringify(value)} is not one of ${LEVELS.join(", ")}`);
    return { rule, level: value };
  });
  const versionEntries = doc.entries(valueOf("package_versions"), "package_versions");
  doc.checkKeys(versionEntries, ["allow_v0", "patterns", "unversioned"], "package_versions");
  const unversionedNode = versionEntries.find((e) => e.key === "unversioned")?.node ?? null;
  const unversioned = unversionedNode === null ? "new" : doc.string(unversionedNode, "package_versions.unversioned").value;
  if (unversioned !== "new" && unversioned !== "all") {
    doc.fail(unversionedNode, `package_versions.unversioned: ${JSON.stringify(unversioned)} is not one of new, all`);
  }
  const patternsNode = versionEntries.find((e) => e.key === "patterns")?.node ?? null;
  const patterns = doc.strings(patternsNode, "package_versions.patterns").map(pattern);
  const allowV0 = doc.bool(versionEntries.find((e) => e.key === "allow_v0")?.node ?? null, "package_versions.allow_v0");

  const releasesConfig = releases(doc, valueOf("releases"));
  const use = names(doc, valueOf("use"), "use", universe);
  const breaking: CheckConfig = {
    universe,
    use: use.length > 0 ? use : undefined,
    except: names(doc, valueOf("except"), "except", universe),
    ignore: paths(doc, valueOf("ignore"), "ignore"),
    ignoreOnly,
    ignoreUnstablePackages: doc.bool(valueOf("ignore_unstable_packages"), "ignore_unstable_packages"),
    severity,
    commentIgnores: false,
  };
  const settings = { breaking, lint: breaking, ignoreBase: dir };
  const roots = doc.strings(valueOf("roots"), "roots");
  const modules: ModuleConfig[] = roots.map((r, i) => {
    const { path, origin } = confinedPath({ where: r.where, key: `roots[${i}]`, value: r.value }, dir, boundary);
    return { root: path, origin, excludes: [], includes: [], ...settings };
  });
  const include = doc
    .strings(valueOf("include"), "include")
    .map((p, i) => confinedPath({ where: p.where, key: `include[${i}]`, value: p.value }, dir, boundary));
  return {
    format: "protoguard",
    file,
    display: doc.display,
    bufVersion: undefined,
    dir,
    modules,
    fallback: settings,
    include,
    versions: { allowV0, versionPatterns: patterns },
    unversioned,
    ...(releasesConfig === undefined ? {} : { releases: releasesConfig }),
    warnings: [],
  };
}
