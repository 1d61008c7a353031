import { defineRule } from "../src/model/rule.js";
import { enumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Enum values may not be deleted from an enum unless every name they had is reserved.",
  messages: {
    deleted: {
      text: "Enum value {value} was deleted from enum {enum} without reserving the {nameWord} {names}.",
      buf: "Previously present enum value \"{number}\" on enum \"{enumName}\" was deleted without reserving the {bufNameWord} {bufNames}.",
    },
  },
  check(comparison, { report }) {
    for (const deletion of enumValueDeletions(comparison, "name-reserved")) report({ messageId: "deleted", ...deletion });
  },
});
