import { at, defineRule } from "../src/model/rule.js";
import { fieldSubject } from "./util/field-subject.js";
import { FIELD } from "../src/model/source-path.js";
import { bufFieldSubject, goQuote } from "./util/buf-words.js";

export default defineRule({
  id: "FIELD_SAME_JSON_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Fields may not change their JSON name, explicit or derived from the field name.",
  messages: {
    changed: {
      text: "{field} changed JSON name from \"{before}\" to \"{after}\".",
      buf: "{bufField} changed option \"json_name\" from {bufBefore} to {bufAfter}.",
    },
  },
  check(comparison, { report }) {
    // Extensions have no JSON name of their own (JSON writes them by full name), so only message fields count.
    for (const { previous, current } of comparison.fields) {
      if (previous.jsonName === current.jsonName) continue;
      report({
        messageId: "changed",
        data: {
          field: fieldSubject(current),
          bufField: bufFieldSubject(current),
          before: previous.jsonName,
          after: current.jsonName,
          bufBefore: goQuote(previous.jsonName),
          bufAfter: goQuote(current.jsonName),
        },
        current: at(current, [FIELD.jsonName]),
        previous: at(previous, [FIELD.jsonName]),
        fix: `set \`json_name = "${previous.jsonName}"\` in the field's options to keep its JSON name`,
      });
    }
  },
});
