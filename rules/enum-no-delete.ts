import { at, defineRule } from "../src/model/rule.js";
import { declaredIn, packageRelativeName, whereInFile , typeDeletionFix } from "./util/type-deletions.js";

export default defineRule({
  id: "ENUM_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Enums may not be deleted from a file.",
  messages: {
    deleted: {
      text: "Enum \"{name}\" was deleted from {container}.",
      buf: "Previously present enum \"{nestedName}\" was deleted from file.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const en of pair.deletedEnums) {
        report({
          messageId: "deleted",
          data: { name: en.name, container: declaredIn(pair.previous, en.parent), nestedName: packageRelativeName(en) },
          current: whereInFile(pair, en.parent),
          previous: at(en),
          fix: typeDeletionFix(comparison, en, "enum"),
        });
      }
    }
  },
});
