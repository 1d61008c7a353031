import { defineRule } from "../src/model/rule.js";
import { checkFieldDeletions } from "./util/deletions.js";

export default defineRule({
  id: "FIELD_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Fields may not be deleted from a message.",
  check(comparison, context) {
    checkFieldDeletions(comparison, context, "never");
  },
});
