import { defineRule } from "../src/model/rule.js";
import { checkEnumValueDeletions } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Enum values may not be deleted from an enum.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "never");
  },
});
