import { at, defineRule } from "../src/model/rule.js";
import { fieldPairsWithExtensions, fieldSubject } from "./util/field-subject.js";
import { FIELD } from "../src/model/source-path.js";
import { bufFieldSubject } from "./util/buf-words.js";

export default defineRule({
  id: "FIELD_SAME_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Fields may not be renamed.",
  messages: {
    changed: {
      text: "{field} changed name from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed name from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      // Extensions are known by their full name, so moving one to another scope renames it.
      const before = previous.isExtension ? previous.fullName : previous.name;
      const after = current.isExtension ? current.fullName : current.name;
      if (before === after) continue;
      report({
        messageId: "changed",
        data: { field: fieldSubject(current, false), bufField: bufFieldSubject(current, false), before, after },
        current: at(current, [FIELD.name]),
        previous: at(previous, [FIELD.name]),
        fix: `restore the name "${before}"; to rename, add a field with the new name and a new number, and deprecate this one`,
      });
    }
  },
});
