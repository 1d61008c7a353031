import { defineRule } from "../src/model/rule.js";
import { checkFieldDeletions } from "./util/deletions.js";

export default defineRule({
  id: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may not be deleted from a message unless their name is reserved.",
  check(comparison, context) {
    checkFieldDeletions(comparison, context, "name-reserved");
  },
});
