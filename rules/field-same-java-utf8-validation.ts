import { Utf8Validation } from "../src/image/features.js";
import type { FieldEl } from "../src/image/model.js";
import { at, defineRule, type Where } from "../src/rule.js";
import { JAVA_FEATURES, JAVA_UTF8_VALIDATION_FIELD, javaUtf8Validation } from "./util/custom-features.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { featureSubPath, firstOf } from "./util/option-location.js";

/** FileDescriptorProto.options, then FileOptions.java_string_check_utf8. */
const JAVA_STRING_CHECK_UTF8 = [8, 27];

/** The file option `java_string_check_utf8`, else `(pb.java).utf8_validation` on the field, else the field. */
function where(field: FieldEl): Where {
  const feature = featureSubPath(field, JAVA_FEATURES, JAVA_UTF8_VALIDATION_FIELD);
  const onField = feature === undefined ? at(field) : at(field, feature);
  return firstOf(at(field.file, JAVA_STRING_CHECK_UTF8), onField);
}

export default defineRule({
  id: "FIELD_SAME_JAVA_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change whether Java checks them for valid UTF-8.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = javaUtf8Validation(previous);
      const after = javaUtf8Validation(current);
      if (before === after) continue;
      report({
        message: `${fieldSubject(current)} changed Java UTF-8 validation from "${Utf8Validation[before]}" to "${Utf8Validation[after]}".`,
        current: where(current),
        previous: where(previous),
      });
    }
  },
});
