import { defineRule } from "../src/model/rule.js";
import { fieldDeletions } from "./util/deletions.js";

export default defineRule({
  id: "FIELD_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Fields may not be deleted from a message.",
  messages: {
    deleted: {
      text: "Field {number} \"{name}\" was deleted from message {message}.",
      buf: "Previously present field \"{number}\" with name \"{name}\" on message \"{messageName}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const deletion of fieldDeletions(comparison, "never")) report({ messageId: "deleted", ...deletion });
  },
});
