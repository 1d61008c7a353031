import type { FieldEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";
import { canHaveDefault, defaultOf, type DefaultValue, hasExplicitDefault, isZeroDefault, sameDefault } from "../src/image/field-default.js";
import { defaultLiteralFor, writtenDefault } from "./util/field-default.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { addFieldInstead, removeFieldOption, setFieldOption } from "./util/fix.js";
import { FIELD } from "../src/model/source-path.js";
import { bufDefault } from "./util/buf-default.js";
import { bufFieldSubject } from "./util/buf-words.js";

/** FieldDescriptorProto.default_value. */
const DEFAULT_VALUE = FIELD.defaultValue;

/** Whether the current field may declare a default: proto2, or editions with explicit presence. */
function mayDeclareDefault(field: FieldEl): boolean {
  return field.file.syntax === "proto2" || (field.file.syntax === "editions" && field.hasPresence);
}

/**
 * Gives the field its previous default back: drop the current `default` when
 * the type's own default (zero, or an enum's first value) is the previous
 * value, else set the previous value written for the current type; none when
 * the current field cannot declare or hold it.
 */
function restore(previous: FieldEl, current: FieldEl, before: DefaultValue): string | undefined {
  if (hasExplicitDefault(current)) {
    const first = current.enumType?.values[0];
    const fallsBack =
      current.typeKind === "enum"
        ? first !== undefined && before.kind === "integer" && before.value === BigInt(first.number)
        : isZeroDefault(before);
    if (fallsBack) return removeFieldOption(`default = ${writtenDefault(current)}`);
  }
  if (!mayDeclareDefault(current)) return undefined;
  const literal = defaultLiteralFor(previous, current);
  return literal === undefined ? undefined : setFieldOption(`default = ${literal}`);
}

export default defineRule({
  id: "FIELD_SAME_DEFAULT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  bufSince: "v2",
  summary: "Fields may not change their default value.",
  messages: {
    changed: {
      text: "{field} changed default value from {before} to {after}.",
      buf: "{bufField} changed default value from {bufBefore} to {bufAfter}.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (!canHaveDefault(previous) || !canHaveDefault(current)) continue;
      const before = defaultOf(previous);
      const after = defaultOf(current);
      if (isZeroDefault(before) && isZeroDefault(after)) continue;
      if (sameDefault(before, after)) continue;
      const fix = restore(previous, current, before);
      report({
        messageId: "changed",
        data: {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: before.shown,
          after: after.shown,
          bufBefore: bufDefault(previous, before),
          bufAfter: bufDefault(current, after),
        },
        current: at(current, [DEFAULT_VALUE]),
        previous: at(previous, [DEFAULT_VALUE]),
        fix: fix === undefined ? undefined : addFieldInstead(fix),
      });
    }
  },
});
