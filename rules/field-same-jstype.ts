import { isFieldSet } from "@bufbuild/protobuf";
import { FieldOptionsSchema, FieldOptions_JSType as JSType } from "@bufbuild/protobuf/wkt";
import type { FieldEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { addFieldInstead, restoreFieldSetting } from "./util/fix.js";
import { FIELD, FIELD_OPTIONS } from "../src/model/source-path.js";
import { bufFieldSubject } from "./util/buf-words.js";
import { enumName } from "./util/enum-name.js";

/** FieldDescriptorProto.options, then FieldOptions.jstype. */
const JSTYPE = [FIELD.options, FIELD_OPTIONS.jstype];

function is64BitInteger(field: FieldEl): boolean {
  switch (field.typeKind) {
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      return true;
    default:
      return false;
  }
}

function jstypeName(field: FieldEl): string {
  const value = field.proto.options?.jstype ?? JSType.JS_NORMAL;
  return enumName(JSType, value);
}

/** The field's own `jstype` as written, if it sets one. */
function ownJstype(field: FieldEl): string | undefined {
  const options = field.proto.options;
  return options !== undefined && isFieldSet(options, FieldOptionsSchema.field.jstype) ? jstypeName(field) : undefined;
}

export default defineRule({
  id: "FIELD_SAME_JSTYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "Fields of a 64-bit integer type may not change their jstype option.",
  messages: {
    changed: {
      text: "{field} changed option \"jstype\" from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed option \"jstype\" from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (!is64BitInteger(previous) || !is64BitInteger(current)) continue;
      const before = jstypeName(previous);
      const after = jstypeName(current);
      if (before === after) continue;
      report({
        messageId: "changed",
        data: { field: fieldSubject(current), bufField: bufFieldSubject(current), before, after },
        current: at(current, JSTYPE),
        previous: at(previous, JSTYPE),
        fix: addFieldInstead(restoreFieldSetting("jstype", before, ownJstype(current), "JS_NORMAL")),
      });
    }
  },
});
