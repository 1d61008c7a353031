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
  messages: {
    deleted: {
      text: "Message \"{name}\" was deleted from {package} (it was in file \"{path}\").",
      buf: "Previously present message \"{name}\" was deleted from package \"{packageName}\".",
    },
    mapEntryDeleted: {
      text: "Map entry message \"{name}\" was deleted from {package} (it was in file \"{path}\").",
      buf: "Previously present message \"{name}\" was deleted from package \"{packageName}\".",
    },
  },
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "messages")) continue;
      for (const message of pkg.deletedMessages) {
        report({
          messageId: message.isMapEntry ? "mapEntryDeleted" : "deleted",
          data: { name: packageRelativeName(message), package: packagePhrase(pkg.name), packageName: pkg.name, path: message.file.path },
          current: whereInPackage(files, message.file, () => pkg.survivingParent(message.parent)),
          previous: at(message),
          fix: packageTypeDeletionFix(message),
        });
      }
    }
  },
});
