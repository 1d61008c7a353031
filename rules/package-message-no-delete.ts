import { at, defineRule } from "../src/model/rule.js";
import {
  filePairsByPath,
  packagePhrase,
  packageRelativeName,
  packageStillHas,
  packageTypeDeletionFix,
  whereInPackage,
} from "./util/type-deletions.js";

export default defineRule({
  id: "PACKAGE_MESSAGE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Messages may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "messages")) continue;
      for (const message of pkg.deletedMessages) {
        const kind = message.isMapEntry ? "Map entry message" : "Message";
        report({
          message: `${kind} "${packageRelativeName(message)}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${message.file.path}").`,
          current: whereInPackage(files, message.file, () => pkg.survivingParent(message.parent)),
          previous: at(message),
          fix: packageTypeDeletionFix(message),
        });
      }
    }
  },
});
