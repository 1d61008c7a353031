import { isFieldSet } from "@bufbuild/protobuf";
import { FileOptionsSchema } from "@bufbuild/protobuf/wkt";
import { Utf8Validation } from "../src/image/features.js";
import type { FieldEl } from "../src/image/model.js";
import { at, defineRule, type Where } from "../src/model/rule.js";
import {
  JavaUtf8Validation,
  javaUtf8Validation,
  javaUtf8ValidationSetting,
} from "../src/image/custom-features.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { addFieldInstead, restoreFieldSetting, restoreOptionStatement } from "./util/fix.js";
import { featureSubPath, firstOf } from "./util/option-location.js";
import { FEATURE_SET_EXTENSION, FILE, FILE_OPTIONS, JAVA_FEATURES } from "../src/model/source-path.js";
import { bufFieldSubject } from "./util/buf-words.js";

/** FileDescriptorProto.options, then FileOptions.java_string_check_utf8. */
const JAVA_STRING_CHECK_UTF8 = [FILE.options, FILE_OPTIONS.javaStringCheckUtf8];

/** The file option `java_string_check_utf8`, else `(pb.java).utf8_validation` on the field, else the field. */
function where(field: FieldEl): Where {
  const feature = featureSubPath(field, FEATURE_SET_EXTENSION.java, JAVA_FEATURES.utf8Validation);
  const onField = feature === undefined ? at(field) : at(field, feature);
  return firstOf(at(field.file, JAVA_STRING_CHECK_UTF8), onField);
}

/**
 * Gives the field its previous Java UTF-8 validation back: through the file
 * option `java_string_check_utf8` where that decides (outside editions, or
 * when the file sets it), else through the field's `(pb.java).utf8_validation`.
 * None when only the standard `utf8_validation` feature could, which
 * FIELD_SAME_UTF8_VALIDATION is about.
 */
function restore(current: FieldEl, before: Utf8Validation): string | undefined {
  const options = current.file.proto.options;
  const fileOption = options !== undefined && isFieldSet(options, FileOptionsSchema.field.javaStringCheckUtf8);
  const standard = current.features.utf8Validation;
  if (before === Utf8Validation.NONE && standard === Utf8Validation.VERIFY) return undefined;
  if (current.file.syntax !== "editions" || fileOption) {
    const own = fileOption ? String(options.javaStringCheckUtf8) : undefined;
    const value = before === Utf8Validation.VERIFY ? "true" : "false";
    return restoreOptionStatement("the file", "java_string_check_utf8", value, own, "false");
  }
  const setting = javaUtf8ValidationSetting(current);
  const own = setting.own === undefined ? undefined : JavaUtf8Validation[setting.own];
  const value = before === Utf8Validation.VERIFY ? "VERIFY" : "DEFAULT";
  return restoreFieldSetting("features.(pb.java).utf8_validation", value, own, JavaUtf8Validation[setting.inherited]);
}

export default defineRule({
  id: "FIELD_SAME_JAVA_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change whether Java checks them for valid UTF-8.",
  messages: {
    changed: {
      text: "{field} changed Java UTF-8 validation from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed Java string UTF8 validation from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = javaUtf8Validation(previous);
      const after = javaUtf8Validation(current);
      if (before === after) continue;
      const fix = restore(current, before);
      report({
        messageId: "changed",
        data: {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: Utf8Validation[before],
          after: Utf8Validation[after],
        },
        current: where(current),
        previous: where(previous),
        fix: fix === undefined ? undefined : addFieldInstead(fix),
      });
    }
  },
});
