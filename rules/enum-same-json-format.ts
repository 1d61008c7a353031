import { JsonFormat } from "../src/image/features.js";
import { defineRule } from "../src/rule.js";
import { restoreDeclarationFeature } from "./util/fix.js";
import { FEATURE, atFeature } from "./util/option-location.js";

export default defineRule({
  id: "ENUM_SAME_JSON_FORMAT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Enums may not lose full JSON support (json_format ALLOW).",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const before = previous.features.jsonFormat;
      const after = current.features.jsonFormat;
      if (before !== JsonFormat.ALLOW || after === JsonFormat.ALLOW) continue;
      const own = current.proto.options?.features?.jsonFormat || undefined;
      report({
        message: `Enum ${current.fullName} changed JSON format from "${JsonFormat[before]}" to "${JsonFormat[after]}".`,
        current: atFeature(current, FEATURE.jsonFormat),
        previous: atFeature(previous, FEATURE.jsonFormat),
        fix: restoreDeclarationFeature(
          comparison,
          previous,
          current,
          "json_format",
          "ALLOW",
          own === undefined ? undefined : JsonFormat[own],
          JsonFormat[(current.parent ?? current.file).features.jsonFormat],
        ),
      });
    }
  },
});
