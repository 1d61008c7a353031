import { defineRule } from "../src/model/rule.js";
import { fieldDeletions } from "./util/deletions.js";

export default defineRule({
  id: "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: ["WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not be deleted from a message unless their number is reserved.",
  messages: {
    deleted: {
      text: "Field {number} \"{name}\" was deleted from message {message} without reserving the number {number}.",
      buf: "Previously present field \"{number}\" with name \"{name}\" on message \"{messageName}\" was deleted without reserving the number \"{number}\".",
    },
  },
  check(comparison, { report }) {
    for (const deletion of fieldDeletions(comparison, "number-reserved")) report({ messageId: "deleted", ...deletion });
  },
});
