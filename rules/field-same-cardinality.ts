import { defineRule } from "../src/model/rule.js";
import { cardinalityChanges } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_SAME_CARDINALITY",
  categories: ["FILE", "PACKAGE"],
  bufCategories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"] },
  summary: "Fields may not change cardinality (optional with or without presence, required, repeated, map).",
  messages: {
    changed: {
      text: "{field} changed cardinality from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed cardinality from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const change of cardinalityChanges(comparison, "same")) report({ messageId: "changed", ...change });
  },
});
