import { packageVersion } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

export default defineRule({
  id: "STABLE_PACKAGE_NO_DELETE",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Stable packages (v1, v2, ...) may not be deleted unless a newer stable major version exists.",
  check(comparison, { report, settings }) {
    const options = { allowV0: settings.allowV0 };
    for (const deleted of comparison.deletedPackages) {
      const version = packageVersion(deleted.name, options);
      const first = deleted.previous
        .filter((f) => !f.isImport)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
      if (version === undefined || version.stability !== "stable" || first === undefined) continue;
      const base = deleted.name.slice(0, deleted.name.lastIndexOf("."));
      const newer = [...comparison.current.packages.keys()].some((name) => {
        if (name.slice(0, name.lastIndexOf(".")) !== base) return false;
        const v = packageVersion(name, options);
        return v !== undefined && v.stability === "stable" && v.major > version.major;
      });
      if (newer) continue;
      report({
        message: `Stable package ${deleted.name} was deleted while no newer major version (${base}.v${version.major + 1} or later) exists: its clients have nothing to move to.`,
        current: null,
        previous: at(first, PACKAGE),
        fix: `restore package ${deleted.name}, and delete it only once ${base}.v${version.major + 1} exists for its clients to move to`,
      });
    }
  },
});
