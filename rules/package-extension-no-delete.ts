import { at, defineRule } from "../src/model/rule.js";
import {
  describeExtension,
  extensionDeletionFix,
  extensionRenamedTo,
  filePairsByPath,
  packagePhrase,
  packageRelativeName,
  packageStillHas,
  whereInPackage,
} from "./util/type-deletions.js";

export default defineRule({
  id: "PACKAGE_EXTENSION_NO_DELETE",
  categories: ["PACKAGE"],
  bufSince: "v2",
  summary: "Extensions may not be deleted from a package.",
  messages: {
    deleted: {
      text: "{extension}{scope} was deleted from {package} (it was in file \"{path}\"{note}).",
      buf: "Previously present extension \"{nestedName}\" was deleted from package \"{packageName}\".",
    },
  },
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "extensions")) continue;
      for (const extension of pkg.deletedExtensions) {
        const scope = extension.parent ? ` declared in message ${extension.parent.fullName}` : "";
        const renamedTo = extensionRenamedTo(comparison, extension);
        const note = renamedTo === undefined ? "" : `; renamed to "${renamedTo}"`;
        report({
          messageId: "deleted",
          data: {
            extension: describeExtension(extension),
            scope,
            package: packagePhrase(pkg.name),
            packageName: pkg.name,
            nestedName: packageRelativeName(extension),
            path: extension.file.path,
            note,
          },
          current: whereInPackage(files, extension.file, (pair) => pair.survivingParent(extension.parent)),
          previous: at(extension),
          fix: extensionDeletionFix(comparison, extension, false),
        });
      }
    }
  },
});
