import { defineRule } from "../src/model/rule.js";
import { checkJsonFormat } from "./util/json-format.js";

export default defineRule({
  id: "ENUM_SAME_JSON_FORMAT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Enums may not lose full JSON support (json_format ALLOW).",
  check(comparison, context) {
    checkJsonFormat(comparison, context, "enum");
  },
});
