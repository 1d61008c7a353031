import { compareVersions, formatVersion, nextMajor, packageVersion } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

function base(pkg: string): string {
  return pkg.slice(0, pkg.lastIndexOf("."));
}

/** Where changes go instead: the next major version of a stable package, else a version newer than the previous one. */
function newerVersion(pkg: string, version: string, options: { allowV0: boolean }): string {
  const next = nextMajor(pkg, options);
  if (next === undefined) return `put what changes in a version newer than ${version}`;
  return `put what changes in a new package ${next}`;
}

export default defineRule({
  id: "PACKAGE_VERSION_NO_DOWNGRADE",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Files may not move to a lower version of their package.",
  check(comparison, { report, settings }) {
    const options = { allowV0: settings.allowV0 };
    for (const { previous, current } of comparison.files) {
      if (previous.package === current.package || base(previous.package) !== base(current.package)) continue;
      const before = packageVersion(previous.package, options);
      const after = packageVersion(current.package, options);
      if (before === undefined || after === undefined || compareVersions(after, before) >= 0) continue;
      report({
        message: `File "${current.path}" moved from package ${previous.package} down to ${current.package} (${formatVersion(after)} is older than ${formatVersion(before)}).`,
        current: at(current, PACKAGE),
        previous: at(previous, PACKAGE),
        fix: `restore \`package ${previous.package};\`; ${newerVersion(previous.package, formatVersion(before), options)}`,
      });
    }
  },
});
