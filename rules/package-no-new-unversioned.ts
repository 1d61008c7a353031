import { downgrades, ownFiles } from "./util/package-changes.js";
import { versionPlace, withV1 } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

export default defineRule({
  id: "PACKAGE_NO_NEW_UNVERSIONED",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Packages this change introduces must carry a version such as v1, v1beta1 or v1alpha.",
  check(comparison, { report, settings }) {
    const moved = new Set(downgrades(comparison, settings).map((d) => d.to));
    for (const [name, files] of comparison.current.packages) {
      if (name === "" || comparison.previous.packages.has(name) || moved.has(name)) continue;
      if (versionPlace(name, settings) !== undefined) continue;
      const own = ownFiles(files);
      const first = own[0];
      if (first === undefined) continue;
      const where = own.length === 1 ? "its file" : `its ${own.length} files (the first shown here)`;
      report({
        message: `Package "${name}" is new in this change and has no version; ${where} should declare "${withV1(name)}".`,
        current: at(first, PACKAGE),
        fix: `declare \`package ${withV1(name)};\` in ${own.length === 1 ? "its file" : `its ${own.length} files`} before anything depends on ${name}`,
      });
    }
  },
});
