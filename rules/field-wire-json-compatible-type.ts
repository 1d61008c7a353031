import { defineRule } from "../src/model/rule.js";
import { fieldTypeChanges } from "./util/field-types.js";

export default defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
  categories: ["WIRE_JSON", "CSR"],
  bufSince: "v1",
  summary: "Fields may only change to a type with the same binary and JSON encodings.",
  messages: {
    kindChanged: {
      text: "{field} changed type from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed type from \"{bufBefore}\" to \"{bufAfter}\". See https://developers.google.com/protocol-buffers/docs/proto3#updating for wire compatibility rules and https://developers.google.com/protocol-buffers/docs/proto3#json for JSON compatibility rules.",
    },
    typeNameChanged: {
      text: "{field} changed type from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed type from \"{before}\" to \"{after}\".",
    },
    enumRenamed: {
      text: "{field} changed type from \"{before}\" to \"{after}\". The enum's short name changed from \"{oldName}\" to \"{newName}\".",
      buf: "{bufField} changed type from \"{before}\" to \"{after}\".",
    },
    enumValueMissing: {
      text: "{field} changed type from \"{before}\" to \"{after}\". Enum value \"{value}\" ({number}) is missing from {enum}.",
      buf: "{bufField} changed type from \"{before}\" to \"{after}\".",
    },
    enumValueRenumbered: {
      text: "{field} changed type from \"{before}\" to \"{after}\". Enum value \"{value}\" was {number} and is {newNumber} in {enum}.",
      buf: "{bufField} changed type from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const change of fieldTypeChanges(comparison, "wire-json")) report(change);
  },
});
