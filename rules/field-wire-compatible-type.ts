import { defineRule } from "../src/model/rule.js";
import { checkFieldTypes } from "./util/field-types.js";

export default defineRule({
  id: "FIELD_WIRE_COMPATIBLE_TYPE",
  categories: ["WIRE"],
  bufSince: "v1",
  summary: "Fields may only change to a type with the same binary encoding.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "wire");
  },
});
