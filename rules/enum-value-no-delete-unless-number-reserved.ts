import { defineRule } from "../src/model/rule.js";
import { checkEnumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: ["WIRE_JSON", "WIRE", "CSR"],
  summary: "Enum values may not be deleted from an enum unless their number is reserved.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "number-reserved");
  },
});
