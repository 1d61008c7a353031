import { at, defineRule } from "../src/model/rule.js";
import { declaredIn, whereInFile , typeDeletionFix } from "./util/type-deletions.js";

export default defineRule({
  id: "MESSAGE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Messages may not be deleted from a file.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const message of pair.deletedMessages) {
        const kind = message.isMapEntry ? "Map entry message" : "Message";
        report({
          message: `${kind} "${message.name}" was deleted from ${declaredIn(pair.previous, message.parent)}.`,
          current: whereInFile(pair, message.parent),
          previous: at(message),
          fix: typeDeletionFix(comparison, message, "message"),
        });
      }
    }
  },
});
