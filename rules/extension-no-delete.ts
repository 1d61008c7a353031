import { at, defineRule } from "../src/model/rule.js";
import {
  declaredIn,
  describeExtension,
  extensionDeletionFix,
  extensionRenamedTo,
  packageRelativeName,
  whereInFile,
} from "./util/type-deletions.js";

export default defineRule({
  id: "EXTENSION_NO_DELETE",
  categories: ["FILE"],
  bufSince: "v2",
  summary: "Extensions may not be deleted from a file.",
  messages: {
    deleted: {
      text: "{extension} was deleted from {container}{note}.",
      buf: "Previously present extension \"{nestedName}\" was deleted from file.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const extension of pair.deletedExtensions) {
        const renamedTo = extensionRenamedTo(comparison, extension);
        const note = renamedTo === undefined ? "" : ` (renamed to "${renamedTo}")`;
        report({
          messageId: "deleted",
          data: {
            extension: describeExtension(extension),
            container: declaredIn(pair.previous, extension.parent),
            note,
            nestedName: packageRelativeName(extension),
          },
          current: whereInFile(pair, extension.parent),
          previous: at(extension),
          fix: extensionDeletionFix(comparison, extension, true),
        });
      }
    }
  },
});
