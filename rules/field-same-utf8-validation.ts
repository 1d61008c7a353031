import { Utf8Validation } from "../src/image/features.js";
import type { FieldEl } from "../src/image/model.js";
import { defineRule } from "../src/model/rule.js";
import { fieldPairsWithExtensions, fieldSubject, mapFieldOf } from "./util/field-subject.js";
import { addFieldInstead, restoreFieldSetting, restoreSyntax } from "./util/fix.js";
import { atFeature } from "./util/option-location.js";
import { FEATURE_SET } from "../src/model/source-path.js";
import { bufFieldSubject } from "./util/buf-words.js";

/**
 * Gives the field its previous UTF-8 validation back: in editions, through
 * `features.utf8_validation` on the field (on the map field for a map's key or
 * value), or else a new field; in proto2 and proto3, which fix it, by
 * restoring the previous syntax.
 */
function restore(previous: FieldEl, current: FieldEl, before: Utf8Validation): string | undefined {
  if (current.file.syntax !== "editions") return restoreSyntax(previous.file, current.file);
  const mapField = mapFieldOf(current);
  const holder = mapField ?? current;
  const own = holder.proto.options?.features?.utf8Validation || undefined;
  const inherited = (holder.parent ?? holder.file).features.utf8Validation;
  return addFieldInstead(
    restoreFieldSetting(
      "features.utf8_validation",
      Utf8Validation[before],
      own === undefined ? undefined : Utf8Validation[own],
      Utf8Validation[inherited],
      mapField === undefined ? "the field's" : "the map field's",
    ),
  );
}

export default defineRule({
  id: "FIELD_SAME_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change their UTF-8 validation.",
  messages: {
    changed: {
      text: "{field} changed UTF-8 validation from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed UTF8 validation from {before} to {after}.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = previous.features.utf8Validation;
      const after = current.features.utf8Validation;
      if (before === after) continue;
      report({
        messageId: "changed",
        data: {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: Utf8Validation[before],
          after: Utf8Validation[after],
        },
        current: atFeature(current, FEATURE_SET.utf8Validation),
        previous: atFeature(previous, FEATURE_SET.utf8Validation),
        fix: restore(previous, current, before),
      });
    }
  },
});
