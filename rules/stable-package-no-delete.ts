import { ownFiles } from "./util/package-changes.js";
import { familyName, versionPlace, withVersion } from "../src/versioning/version.js";
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
    for (const deleted of comparison.deletedPackages) {
      const place = versionPlace(deleted.name, settings);
      const version = place?.version;
      const own = ownFiles(deleted.previous);
      const first = own[0];
      if (place === undefined || version === undefined || version.stability !== "stable" || first === undefined) continue;
      const family = familyName(deleted.name, settings);
      const newer = [...comparison.current.packages.keys()].some((name) => {
        if (familyName(name, settings) !== family) return false;
        const v = versionPlace(name, settings)?.version;
        return v !== undefined && v.stability === "stable" && v.major > version.major;
      });
      if (newer) continue;
      const next = withVersion(deleted.name, place, `v${version.major + 1}`);
      report({
        message: `Stable package ${deleted.name} was deleted with its ${own.length === 1 ? "file" : `${own.length} files`} while no newer major version (${next} or later) exists: its clients have nothing to move to.`,
        current: null,
        previous: at(first, PACKAGE),
        fix: `restore package ${deleted.name}, and delete it only once ${next} exists for its clients to move to`,
      });
    }
  },
});
