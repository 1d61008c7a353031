import { defineRule } from "../src/model/rule.js";
import { fieldDeletions } from "./util/deletions.js";

export default defineRule({
  id: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may not be deleted from a message unless their name is reserved.",
  messages: {
    deleted: {
      text: "Field {number} \"{name}\" was deleted from message {message} without reserving the name \"{name}\".",
      buf: "Previously present field \"{number}\" with name \"{name}\" on message \"{messageName}\" was deleted without reserving the name \"{name}\".",
    },
  },
  check(comparison, { report }) {
    for (const deletion of fieldDeletions(comparison, "name-reserved")) report({ messageId: "deleted", ...deletion });
  },
});
