import { defineRule } from "../src/model/rule.js";
import { enumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Enum values may not be deleted from an enum.",
  messages: {
    deleted: {
      text: "Enum value {value} was deleted from enum {enum}.",
      buf: "Previously present enum value \"{number}\" on enum \"{enumName}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const deletion of enumValueDeletions(comparison, "never")) report({ messageId: "deleted", ...deletion });
  },
});
