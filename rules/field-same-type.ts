import { defineRule } from "../src/model/rule.js";
import { checkFieldTypes } from "./util/field-types.js";

export default defineRule({
  id: "FIELD_SAME_TYPE",
  categories: ["FILE", "PACKAGE", "CSR"],
  bufCategories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"] },
  summary: "Fields may not change type.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "same");
  },
});
