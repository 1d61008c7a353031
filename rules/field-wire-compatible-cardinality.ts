import { defineRule } from "../src/model/rule.js";
import { cardinalityChanges } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_WIRE_COMPATIBLE_CARDINALITY",
  categories: ["WIRE"],
  summary: "Fields may only change to a cardinality with the same binary encoding.",
  messages: {
    changed: {
      text: "{field} changed cardinality from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed cardinality from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const change of cardinalityChanges(comparison, "wire")) report({ messageId: "changed", ...change });
  },
});
