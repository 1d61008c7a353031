import { relative, sep } from "node:path";
import type { CheckConfig, Config } from "./model.js";
import { idsOf, type NameRef } from "./select.js";

function yamlString(s: string): string {
  return /^[A-Za-z0-9_./*-]+$/.test(s) && !/^[-*]/.test(s) ? s : JSON.stringify(s);
}

function list(key: string, items: readonly string[], indent = ""): string[] {
  if (items.length === 0) return [`${indent}${key}: []`];
  return [`${indent}${key}:`, ...items.map((i) => `${indent}  - ${yamlString(i)}`)];
}

function posix(path: string): string {
  return path.split(sep).join("/");
}

/**
 * A commented protoguard.yaml with the defaults spelled out, and the roots
 * the schema was found in (none, or ".", for the file's own directory).
 */
export function defaultConfigText(roots: readonly string[] = []): string {
  const rootLines = roots.length === 0 || (roots.length === 1 && roots[0] === ".") ? ["# roots: [proto]"] : list("roots", roots);
  return `${[
    "# protoguard configuration (protoguard.yaml). Every key is optional.",
    "#",
    "# Rules to run: rule IDs and categories, as in buf (FILE, PACKAGE, WIRE_JSON, WIRE,",
    "# CSR) plus VERSIONING (package versions). `protoguard rules` lists them all.",
    "use:",
    "  - FILE",
    "  - VERSIONING",
    "# Rule IDs or categories to leave out of `use`.",
    "except: []",
    "# Files and directories whose findings are dropped, in either version: paths",
    "# relative to this file, or globs (`**/internal/*.proto`).",
    "ignore: []",
    "# The same for some rules or categories only, e.g.",
    "#   FIELD_SAME_JSON_NAME: [acme/legacy]",
    "ignore_only: {}",
    "# Drop findings in alpha, beta and test packages (acme.orders.v1beta1).",
    "ignore_unstable_packages: false",
    "# error (the default), warning (printed; fails only with --fail-on warning) or off,",
    "# per rule ID or category; a rule's own entry wins over its categories'. e.g.",
    "#   PACKAGE_VERSION_SUFFIX: warning",
    "severity: {}",
    "# Extra import paths, relative to this file.",
    "include: []",
    "# Directories (relative to this file) each compared as a root of its own;",
    "# without roots, the input directory is the root.",
    ...rootLines,
    "# How package versions may be written, beyond buf's grammar (v1, v1beta1, v1alpha, v1test).",
    "package_versions:",
    "  # breaking reports the unversioned packages a change introduces (new), or every one (all)",
    "  unversioned: new",
    "  allow_v0: false",
    "  # whole package components that also count as versions (regular expressions, matched in linear time)",
    "  patterns: []",
    "# The release tags breaking compares with when it is given no --against",
    "# (--against-tags and --last override), each break reported once with the releases it breaks, e.g.",
    '#   tags: "v*"',
    "#   last: 3",
    "releases: {}",
    "#",
    "# Inline, on the element a finding points at (for a deletion, the parent that remains):",
    "#   // protoguard:ignore FIELD_NO_DELETE -- why this change is safe",
  ].join("\n")}\n`;
}

function section(check: CheckConfig, prefix: (path: string) => string[], expand: boolean): string[] {
  const lines: string[] = [];
  // Categories of buf.yaml v1beta1 and v1 hold other rules than protoguard's (v2's): spelled out as IDs.
  const names = (refs: readonly NameRef[]): string[] => [
    ...new Set(refs.flatMap((r) => (expand && check.universe.categories.includes(r.name) ? idsOf(r.name, check.universe) : [r.name]))),
  ];
  if (expand) lines.push("# The categories of this buf.yaml version differ from protoguard's (buf's v2): written out as rule IDs.");
  if (check.use !== undefined) {
    lines.push(...list("use", names(check.use)));
    lines.push("# buf has no VERSIONING category: add it to `use` to check package versions too.");
  } else {
    lines.push("# buf's default (FILE), with protoguard's package version rules (VERSIONING).", "use:", "  - FILE", "  - VERSIONING");
  }
  lines.push(...list("except", names(check.except)));
  lines.push(...list("ignore", check.ignore.flatMap((i) => prefix(i.path))));
  if (check.ignoreOnly.length === 0) lines.push("ignore_only: {}");
  else {
    lines.push("ignore_only:");
    for (const o of check.ignoreOnly) {
      for (const name of names([o.rule])) lines.push(...list(name, o.paths.flatMap((p) => prefix(p.path)), "  "));
    }
  }
  lines.push(`ignore_unstable_packages: ${check.ignoreUnstablePackages}`);
  return lines;
}

/**
 * A protoguard.yaml that does what a buf.yaml's breaking section does, for a
 * file written beside the buf.yaml: rules, ignores (v1beta1's made relative to
 * this file), modules and roots as `roots`. What protoguard.yaml cannot say
 * (excludes, a module's own breaking section) is left as a comment.
 */
export function convertedConfigText(config: Config): string {
  const dir = config.dir;
  const check = config.modules[0]?.breaking ?? config.fallback.breaking;
  // v1beta1 ignore paths are relative to each build root; the others to the buf.yaml's directory.
  const bases = [...new Set(config.modules.map((m) => m.ignoreBase))];
  const prefix = (path: string): string[] =>
    (bases.length > 0 ? bases : [dir]).map((base) => posix(relative(dir, `${base}/${path}`)) || ".");
  const lines = [
    `# protoguard configuration, converted from ${config.display} (version ${config.bufVersion ?? "?"}).`,
    "# Without this file protoguard reads the buf.yaml itself and runs only buf's rules.",
    ...section(check, prefix, config.bufVersion !== undefined && config.bufVersion !== "v2"),
  ];
  const roots = config.modules.map((m) => posix(relative(dir, m.root)) || ".");
  if (roots.length > 1 || (roots.length === 1 && roots[0] !== ".")) lines.push(...list("roots", roots));
  const excludes = config.modules.flatMap((m) => m.excludes.map((e) => posix(relative(dir, e))));
  if (excludes.length > 0) {
    lines.push("# buf.yaml excludes these from the build; protoguard.yaml has no excludes, so their findings are ignored instead:");
    lines.push(...list("# ignore (add to the list above)", excludes).map((l) => (l.startsWith("#") ? l : `# ${l}`)));
  }
  if (config.modules.some((m) => m.breaking !== check)) {
    lines.push("# Some modules of the buf.yaml have a breaking section of their own: only the first module's is converted.");
  }
  return `${lines.join("\n")}\n`;
}
