import { at } from "../src/rule.js";
import { defineRule } from "../src/rule.js";

export default defineRule({
  id: "FIELD_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Fields may not be deleted from a message.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const field of pair.deletedFields) {
        report({
          message: `Field ${field.number} "${field.name}" was deleted from message ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(field),
        });
      }
    }
  },
});
