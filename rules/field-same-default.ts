import { at, defineRule } from "../src/rule.js";
import { canHaveDefault, defaultOf, isZeroDefault, sameDefault } from "./util/field-default.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";

/** FieldDescriptorProto.default_value. */
const DEFAULT_VALUE = 7;

export default defineRule({
  id: "FIELD_SAME_DEFAULT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not change their default value.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (!canHaveDefault(previous) || !canHaveDefault(current)) continue;
      const before = defaultOf(previous);
      const after = defaultOf(current);
      if (isZeroDefault(before) && isZeroDefault(after)) continue;
      if (sameDefault(before, after)) continue;
      report({
        message: `${fieldSubject(current)} changed default value from ${before.shown} to ${after.shown}.`,
        current: at(current, [DEFAULT_VALUE]),
        previous: at(previous, [DEFAULT_VALUE]),
      });
    }
  },
});
