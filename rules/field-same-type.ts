import { defineRule } from "../src/model/rule.js";
import { fieldTypeChanges } from "./util/field-types.js";

export default defineRule({
  id: "FIELD_SAME_TYPE",
  categories: ["FILE", "PACKAGE", "CSR"],
  bufCategories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"] },
  summary: "Fields may not change type.",
  messages: {
    kindChanged: {
      text: "{field} changed type from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed type from \"{bufBefore}\" to \"{bufAfter}\".",
    },
    typeNameChanged: {
      text: "{field} changed type from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed type from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const change of fieldTypeChanges(comparison, "same")) report(change);
  },
});
