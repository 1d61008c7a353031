import { at, defineRule } from "../src/model/rule.js";
import { filePairsByPath, packagePhrase, packageTypeDeletionFix, whereInPackage } from "./util/type-deletions.js";

export default defineRule({
  id: "PACKAGE_SERVICE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Services may not be deleted from a package.",
  messages: {
    deleted: {
      text: "Service \"{name}\" was deleted from {package} (it was in file \"{path}\").",
      buf: "Previously present service \"{name}\" was deleted from package \"{packageName}\".",
    },
  },
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      for (const service of pkg.deletedServices) {
        report({
          messageId: "deleted",
          data: { name: service.name, package: packagePhrase(pkg.name), packageName: pkg.name, path: service.file.path },
          current: whereInPackage(files, service.file, () => undefined),
          previous: at(service),
          fix: packageTypeDeletionFix(service),
        });
      }
    }
  },
});
