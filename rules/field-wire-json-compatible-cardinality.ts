import { defineRule } from "../src/model/rule.js";
import { cardinalityChanges } from "./util/cardinality.js";

export default defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may only change to a cardinality with the same binary and JSON encodings.",
  messages: {
    changed: {
      text: "{field} changed cardinality from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed cardinality from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const change of cardinalityChanges(comparison, "wire-json")) report({ messageId: "changed", ...change });
  },
});
