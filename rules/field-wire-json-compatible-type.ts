import { defineRule } from "../src/model/rule.js";
import { checkFieldTypes } from "./util/field-types.js";

export default defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
  categories: ["WIRE_JSON", "CSR"],
  bufSince: "v1",
  summary: "Fields may only change to a type with the same binary and JSON encodings.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "wire-json");
  },
});
