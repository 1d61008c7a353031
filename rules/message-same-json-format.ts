import { defineRule } from "../src/model/rule.js";
import { jsonFormatChanges } from "./util/json-format.js";

export default defineRule({
  id: "MESSAGE_SAME_JSON_FORMAT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Messages may not lose full JSON support (json_format ALLOW).",
  messages: {
    changed: {
      text: "Message {fullName} changed JSON format from \"{before}\" to \"{after}\".",
      buf: "Message \"{name}\" JSON format support changed from {before} to {after}.",
    },
  },
  check(comparison, { report }) {
    for (const change of jsonFormatChanges(comparison, "message")) report({ messageId: "changed", ...change });
  },
});
