import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "FIELD_NO_RENAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON"],
  origin: "protoguard",
  summary: "Fields may not be renamed.",
  messages: {
    renamed:
      "Field {number} \"{before}\" on message {message} was renamed to \"{after}\": the binary wire format is unchanged, but {breaks}.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of findRenames(comparison).fields) {
      const parent = current.parent?.fullName ?? "";
      const keepsJson = previous.jsonName === current.jsonName;
      const breaks = keepsJson
        ? `generated code and the text format break (JSON keeps the key "${current.jsonName}")`
        : `generated code, the text format and JSON (key "${previous.jsonName}" is now "${current.jsonName}") break`;
      report({
        messageId: "renamed",
        data: { number: current.number, before: previous.name, after: current.name, message: parent, breaks },
        current: at(current),
        previous: at(previous),
        fix: keepsJson
          ? `restore the name "${previous.name}" if generated code must keep compiling`
          : `add \`json_name = "${previous.jsonName}"\` to keep the JSON key, or restore the name "${previous.name}"`,
      });
    }
  },
});
