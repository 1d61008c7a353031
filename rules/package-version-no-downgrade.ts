import { downgrades } from "./util/package-changes.js";
import { formatVersion, nextStableMajor } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

export default defineRule({
  id: "PACKAGE_VERSION_NO_DOWNGRADE",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Files may not move to a lower version of their package.",
  check(comparison, { report, settings }) {
    for (const d of downgrades(comparison, settings)) {
      const first = d.files[0];
      if (first === undefined) continue;
      const was = formatVersion(d.before);
      const files = d.files.length === 1 ? `File "${first.current.path}"` : `${d.files.length} files (the first "${first.current.path}")`;
      const how = d.after === undefined ? `to ${d.to}, which has no version (${was} dropped)` : `down to ${d.to} (${formatVersion(d.after)} is older than ${was})`;
      const next = nextStableMajor(d.from, settings);
      report({
        message: `${files} moved from package ${d.from} ${how}.`,
        current: at(first.current, PACKAGE),
        previous: at(first.previous, PACKAGE),
        fix: `restore \`package ${d.from};\`; ${next === undefined ? `put what changes in a version newer than ${was}` : `put what changes in a new package ${next}`}`,
      });
    }
  },
});
