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
  id: "PACKAGE_ENUM_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Enums may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "enums")) continue;
      for (const en of pkg.deletedEnums) {
        report({
          message: `Enum "${packageRelativeName(en)}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${en.file.path}").`,
          current: whereInPackage(files, en.file, (pair) => pair.survivingParent(en.parent)),
          previous: at(en),
          fix: packageTypeDeletionFix(en),
        });
      }
    }
  },
});
