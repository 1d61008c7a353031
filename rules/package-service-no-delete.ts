import { at, defineRule } from "../src/model/rule.js";
import { filePairsByPath, packagePhrase, packageTypeDeletionFix, whereInPackage } from "./util/type-deletions.js";

export default defineRule({
  id: "PACKAGE_SERVICE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Services may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      for (const service of pkg.deletedServices) {
        report({
          message: `Service "${service.name}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${service.file.path}").`,
          current: whereInPackage(files, service.file, () => undefined),
          previous: at(service),
          fix: packageTypeDeletionFix(service),
        });
      }
    }
  },
});
