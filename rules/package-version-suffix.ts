import { hasVersionSuffix, withV1 } from "../src/versioning/version.js";
import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

export default defineRule({
  id: "PACKAGE_VERSION_SUFFIX",
  categories: ["VERSIONING"],
  origin: "buf-lint",
  singleVersion: true,
  summary: "Packages must end in a version suffix such as v1, v1beta1 or v1alpha.",
  messages: {
    unversioned: {
      text: "Package \"{name}\" has no version suffix; use \"{versioned}\".",
      buf: "Package name \"{name}\" should be suffixed with a correctly formed version, such as \"{name}.v1\".",
    },
  },
  check(comparison, { report, settings }) {
    for (const file of comparison.current.files) {
      if (file.isImport || file.package === "" || hasVersionSuffix(file.package, settings)) continue;
      report({
        messageId: "unversioned",
        data: { name: file.package, versioned: withV1(file.package) },
        current: at(file, PACKAGE),
      });
    }
  },
});
