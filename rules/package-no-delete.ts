import type { Comparison } from "../src/compare/pair.js";
import type { FileEl } from "../src/image/model.js";
import { atFile, defineRule } from "../src/model/rule.js";
import { andList } from "./util/words.js";

/** `"a.proto" and "b.proto"`; past three, `"a.proto", "b.proto", "c.proto" and 4 other files`. */
function pathList(paths: readonly string[]): string {
  const quoted = paths.map((p) => `"${p}"`);
  if (quoted.length <= 3) return andList(quoted);
  const rest = quoted.length - 3;
  return andList([...quoted.slice(0, 3), `${rest} other ${rest === 1 ? "file" : "files"}`]);
}

/**
 * Declare the package again in its files that are still there, or restore its
 * files; a new version goes in a new package next to it. None for a package
 * that only imported files declared: nothing of the schema's own was in it.
 */
function restore(comparison: Comparison, name: string, files: readonly FileEl[]): string | undefined {
  const own = files.filter((f) => !f.isImport);
  if (own.length === 0) return undefined;
  const kept = own.filter((f) => comparison.current.filesByPath.has(f.path));
  const paths = pathList((kept.length > 0 ? kept : own).map((f) => f.path).sort());
  if (name === "") return kept.length > 0 ? `remove the \`package\` statement from ${paths}` : `restore ${paths}`;
  const back = kept.length > 0 ? `restore \`package ${name};\` in ${paths}` : `restore ${paths}`;
  return `${back}; add a new version as a new package next to it, and keep this one until every client has moved`;
}

export default defineRule({
  id: "PACKAGE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Packages may not be deleted.",
  messages: {
    emptyDeleted: {
      text: "The empty package was deleted: every current file declares a package.",
      buf: "Previously present package \"{name}\" was deleted.",
    },
    deleted: {
      text: "Package {name} was deleted: no current file declares it.",
      buf: "Previously present package \"{name}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const pkg of comparison.deletedPackages) {
      const first = [...pkg.previous].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
      if (first === undefined) continue;
      report({
        messageId: pkg.name === "" ? "emptyDeleted" : "deleted",
        data: { name: pkg.name },
        current: null,
        previous: atFile(first),
        fix: restore(comparison, pkg.name, pkg.previous),
      });
    }
  },
});
