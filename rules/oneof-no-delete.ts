import { at, defineRule } from "../src/rule.js";

export default defineRule({
  id: "ONEOF_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Oneofs may not be deleted from a message.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const oneof of pair.deletedOneofs) {
        report({
          message: `Oneof "${oneof.name}" was deleted from message ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(oneof),
        });
      }
    }
  },
});
