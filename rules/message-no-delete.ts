import { at, defineRule } from "../src/model/rule.js";
import { declaredIn, packageRelativeName, whereInFile , typeDeletionFix } from "./util/type-deletions.js";

export default defineRule({
  id: "MESSAGE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Messages may not be deleted from a file.",
  messages: {
    deleted: {
      text: "Message \"{name}\" was deleted from {container}.",
      buf: "Previously present message \"{nestedName}\" was deleted from file.",
    },
    mapEntryDeleted: {
      text: "Map entry message \"{name}\" was deleted from {container}.",
      buf: "Previously present message \"{nestedName}\" was deleted from file.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const message of pair.deletedMessages) {
        report({
          messageId: message.isMapEntry ? "mapEntryDeleted" : "deleted",
          data: { name: message.name, container: declaredIn(pair.previous, message.parent), nestedName: packageRelativeName(message) },
          current: whereInFile(pair, message.parent),
          previous: at(message),
          fix: typeDeletionFix(comparison, message, "message"),
        });
      }
    }
  },
});
