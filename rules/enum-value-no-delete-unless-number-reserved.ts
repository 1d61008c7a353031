import { defineRule } from "../src/model/rule.js";
import { enumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: ["WIRE_JSON", "WIRE", "CSR"],
  summary: "Enum values may not be deleted from an enum unless their number is reserved.",
  messages: {
    deleted: {
      text: "Enum value {value} was deleted from enum {enum} without reserving the number {number}.",
      buf: "Previously present enum value \"{number}\" on enum \"{enumName}\" was deleted without reserving the number \"{number}\".",
    },
  },
  check(comparison, { report }) {
    for (const deletion of enumValueDeletions(comparison, "number-reserved")) report({ messageId: "deleted", ...deletion });
  },
});
