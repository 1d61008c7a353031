import { at, defineRule } from "../src/rule.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [2];

function show(pkg: string): string {
  return pkg === "" ? `"" (no package)` : JSON.stringify(pkg);
}

export default defineRule({
  id: "FILE_SAME_PACKAGE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Files may not change, add or remove their package.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      if (pair.previous.package === pair.current.package) continue;
      report({
        message: `File "${pair.current.path}" changed package from ${show(pair.previous.package)} to ${show(pair.current.package)}.`,
        current: at(pair.current, PACKAGE),
        previous: at(pair.previous, PACKAGE),
      });
    }
  },
});
