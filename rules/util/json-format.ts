import type { Comparison } from "../../src/compare/pair.js";
import { JsonFormat } from "../../src/image/features.js";
import type { EnumEl, MessageEl } from "../../src/image/model.js";
import type { RuleContext } from "../../src/model/rule.js";
import { restoreDeclarationFeature } from "./fix.js";
import { atFeature } from "./option-location.js";
import { FEATURE_SET } from "../../src/model/source-path.js";

/**
 * Reports paired messages or enums whose effective `json_format` was ALLOW
 * and no longer is, pointing at the feature (or the declaration).
 */
export function checkJsonFormat(comparison: Comparison, { report }: RuleContext, kind: "message" | "enum"): void {
  const pairs: readonly { readonly previous: MessageEl | EnumEl; readonly current: MessageEl | EnumEl }[] =
    kind === "message" ? comparison.messages : comparison.enums;
  const noun = kind === "message" ? "Message" : "Enum";
  for (const { previous, current } of pairs) {
    const before = previous.features.jsonFormat;
    const after = current.features.jsonFormat;
    if (before !== JsonFormat.ALLOW || after === JsonFormat.ALLOW) continue;
    const own = current.proto.options?.features?.jsonFormat || undefined;
    report({
      message: `${noun} ${current.fullName} changed JSON format from "${JsonFormat[before]}" to "${JsonFormat[after]}".`,
      current: atFeature(current, FEATURE_SET.jsonFormat),
      previous: atFeature(previous, FEATURE_SET.jsonFormat),
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
}
