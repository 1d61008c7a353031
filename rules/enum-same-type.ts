import { EnumType } from "../src/image/features.js";
import type { EnumEl } from "../src/image/model.js";
import { defineRule } from "../src/model/rule.js";
import { restoreDeclarationFeature } from "./util/fix.js";
import { atFeature } from "./util/option-location.js";
import { FEATURE_SET } from "../src/model/source-path.js";

function openness(en: EnumEl): "open" | "closed" {
  return en.features.enumType === EnumType.CLOSED ? "closed" : "open";
}

export default defineRule({
  id: "ENUM_SAME_TYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "Enums may not change between open and closed.",
  messages: {
    changed: {
      text: "Enum {enum} changed from \"{before}\" to \"{after}\".",
      buf: "Enum \"{name}\" changed from {before} to {after}.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const before = openness(previous);
      const after = openness(current);
      if (before === after) continue;
      const own = current.proto.options?.features?.enumType || undefined;
      report({
        messageId: "changed",
        data: { enum: current.fullName, name: current.name, before, after },
        current: atFeature(current, FEATURE_SET.enumType),
        previous: atFeature(previous, FEATURE_SET.enumType),
        fix: restoreDeclarationFeature(
          comparison,
          previous,
          current,
          "enum_type",
          EnumType[previous.features.enumType],
          own === undefined ? undefined : EnumType[own],
          EnumType[(current.parent ?? current.file).features.enumType],
        ),
      });
    }
  },
});
