import type { Comparison } from "../../src/compare/pair.js";
import { JsonFormat } from "../../src/image/features.js";
import type { EnumEl, MessageEl } from "../../src/image/model.js";
import type { Change } from "./change.js";
import { restoreDeclarationFeature } from "./fix.js";
import { atFeature } from "./option-location.js";
import { FEATURE_SET } from "../../src/model/source-path.js";

/** The words of a json_format change: full and own name, the previous and current value. */
export interface JsonFormatWords {
  readonly fullName: string;
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The paired messages or enums whose effective `json_format` was ALLOW and
 * no longer is, pointing at the feature (or the declaration).
 */
export function* jsonFormatChanges(comparison: Comparison, kind: "message" | "enum"): Generator<Change<JsonFormatWords>> {
  const pairs: readonly { readonly previous: MessageEl | EnumEl; readonly current: MessageEl | EnumEl }[] =
    kind === "message" ? comparison.messages : comparison.enums;
  for (const { previous, current } of pairs) {
    const before = previous.features.jsonFormat;
    const after = current.features.jsonFormat;
    if (before !== JsonFormat.ALLOW || after === JsonFormat.ALLOW) continue;
    const own = current.proto.options?.features?.jsonFormat || undefined;
    yield {
      data: { fullName: current.fullName, name: current.name, before: JsonFormat[before], after: JsonFormat[after] },
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
    };
  }
}
