import { defineRule } from "../src/model/rule.js";
import { checkCardinality } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_WIRE_COMPATIBLE_CARDINALITY",
  categories: ["WIRE"],
  summary: "Fields may only change to a cardinality with the same binary encoding.",
  check(comparison, context) {
    checkCardinality(comparison, context, "wire");
  },
});
