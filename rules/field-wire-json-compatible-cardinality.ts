import { defineRule } from "../src/model/rule.js";
import { checkCardinality } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may only change to a cardinality with the same binary and JSON encodings.",
  check(comparison, context) {
    checkCardinality(comparison, context, "wire-json");
  },
});
