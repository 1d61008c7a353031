import { defineRule } from "../src/model/rule.js";
import { checkCardinality } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_SAME_CARDINALITY",
  categories: ["FILE", "PACKAGE"],
  bufCategories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"] },
  summary: "Fields may not change cardinality (optional with or without presence, required, repeated, map).",
  check(comparison, context) {
    checkCardinality(comparison, context, "same");
  },
});
