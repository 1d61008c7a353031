import { hasVersionSuffix } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

/** The package with a `v1` suffix; a malformed version (`v0`, `v1p2`) is replaced rather than kept. */
function suggestion(pkg: string): string {
  const dot = pkg.lastIndexOf(".");
  return dot > 0 && /^v\d/.test(pkg.slice(dot + 1)) ? `${pkg.slice(0, dot)}.v1` : `${pkg}.v1`;
}

export default defineRule({
  id: "PACKAGE_VERSION_SUFFIX",
  categories: ["VERSIONING"],
  origin: "buf-lint",
  singleVersion: true,
  summary: "Packages must end in a version suffix such as v1, v1beta1 or v1alpha.",
  check(comparison, { report, settings }) {
    for (const file of comparison.current.files) {
      if (file.isImport || file.package === "" || hasVersionSuffix(file.package, settings)) continue;
      report({
        message: `Package "${file.package}" has no version suffix; use "${suggestion(file.package)}".`,
        current: at(file, PACKAGE),
      });
    }
  },
});
