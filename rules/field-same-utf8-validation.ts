import { Utf8Validation } from "../src/image/features.js";
import { defineRule } from "../src/rule.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { FEATURE, atFeature } from "./util/option-location.js";

export default defineRule({
  id: "FIELD_SAME_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change their UTF-8 validation.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = previous.features.utf8Validation;
      const after = current.features.utf8Validation;
      if (before === after) continue;
      report({
        message: `${fieldSubject(current)} changed UTF-8 validation from "${Utf8Validation[before]}" to "${Utf8Validation[after]}".`,
        current: atFeature(current, FEATURE.utf8Validation),
        previous: atFeature(previous, FEATURE.utf8Validation),
      });
    }
  },
});
