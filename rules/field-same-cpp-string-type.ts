import type { FieldEl } from "../src/image/model.js";
import { at, defineRule, type Where } from "../src/model/rule.js";
import {
  CType,
  CppStringType,
  cppStringType,
  cppStringTypeSetting,
  type CppStringTypeOf,
} from "../src/image/custom-features.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { addFieldInstead, restoreFieldSetting } from "./util/fix.js";
import { featureSubPath } from "./util/option-location.js";
import { CPP_FEATURES, FEATURE_SET_EXTENSION, FIELD, FIELD_OPTIONS } from "../src/model/source-path.js";
import { bufFieldSubject } from "./util/buf-words.js";
import { enumName } from "./util/enum-name.js";

/** The name of a C++ string type, STRING_PIECE included. */
function cppStringTypeName(value: CppStringTypeOf): string {
  return value.isStringPiece ? "STRING_PIECE" : enumName(CppStringType, value.type);
}

/** FieldDescriptorProto.options, then FieldOptions.ctype. */
const CTYPE = [FIELD.options, FIELD_OPTIONS.ctype];

/** The key and value of a map entry cannot set a C++ string type. */
function inMapEntry(field: FieldEl): boolean {
  return !field.isExtension && field.parent?.isMapEntry === true;
}

function isStringOrBytes(field: FieldEl): boolean {
  return field.typeKind === "string" || field.typeKind === "bytes";
}

/** The `ctype` option, else the `(pb.cpp).string_type` feature on the field, else the field. */
function where(field: FieldEl): Where {
  const feature = featureSubPath(field, FEATURE_SET_EXTENSION.cpp, CPP_FEATURES.stringType);
  return feature === undefined ? at(field, CTYPE) : at(field, CTYPE, feature);
}

/**
 * Gives the field its previous C++ string type back: through `ctype` outside
 * editions, or where the field already sets `ctype`; else through the
 * `(pb.cpp).string_type` feature, where STRING stands in for STRING_PIECE.
 */
function restore(current: FieldEl, before: CppStringTypeOf): string {
  const setting = cppStringTypeSetting(current);
  const inherited = CppStringType[setting.feature ?? setting.inherited];
  if (current.file.syntax !== "editions" || setting.ctype !== undefined) {
    const own = setting.ctype === undefined ? undefined : CType[setting.ctype];
    return restoreFieldSetting("ctype", cppStringTypeName(before), own, inherited);
  }
  const value = enumName(CppStringType, before.type);
  const own = setting.feature === undefined ? undefined : CppStringType[setting.feature];
  return restoreFieldSetting("features.(pb.cpp).string_type", value, own, CppStringType[setting.inherited]);
}

export default defineRule({
  id: "FIELD_SAME_CPP_STRING_TYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "String and bytes fields may not change their C++ string type.",
  messages: {
    changed: {
      text: "{field} changed C++ string type from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed C++ string type from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (inMapEntry(previous) && inMapEntry(current)) continue;
      if (!isStringOrBytes(previous) || !isStringOrBytes(current)) continue;
      const before = cppStringType(previous);
      const after = cppStringType(current);
      if (before.type === after.type && before.isStringPiece === after.isStringPiece) continue;
      // STRING_PIECE to STRING keeps generated code working.
      if (before.isStringPiece && after.type === CppStringType.STRING) continue;
      report({
        messageId: "changed",
        data: {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: cppStringTypeName(before),
          after: cppStringTypeName(after),
        },
        current: where(current),
        previous: where(previous),
        fix: addFieldInstead(restore(current, before)),
      });
    }
  },
});
