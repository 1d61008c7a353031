import { defineRule } from "../src/model/rule.js";
import { checkEnumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Enum values may not be deleted from an enum unless every name they had is reserved.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "name-reserved");
  },
});
