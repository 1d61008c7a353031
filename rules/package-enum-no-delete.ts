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
  messages: {
    deleted: {
      text: "Enum \"{name}\" was deleted from {package} (it was in file \"{path}\").",
      buf: "Previously present enum \"{name}\" was deleted from package \"{packageName}\".",
    },
  },
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "enums")) continue;
      for (const en of pkg.deletedEnums) {
        report({
          messageId: "deleted",
          data: { name: packageRelativeName(en), package: packagePhrase(pkg.name), packageName: pkg.name, path: en.file.path },
          current: whereInPackage(files, en.file, (pair) => pair.survivingParent(en.parent)),
          previous: at(en),
          fix: packageTypeDeletionFix(en),
        });
      }
    }
  },
});
