import { atFile, defineRule } from "../src/rule.js";

export default defineRule({
  id: "PACKAGE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Packages may not be deleted.",
  check(comparison, { report }) {
    for (const pkg of comparison.deletedPackages) {
      const first = [...pkg.previous].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
      if (first === undefined) continue;
      report({
        message:
          pkg.name === ""
            ? "The empty package was deleted: every current file declares a package."
            : `Package ${pkg.name} was deleted: no current file declares it.`,
        current: null,
        previous: atFile(first),
      });
    }
  },
});
