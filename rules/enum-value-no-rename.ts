import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "ENUM_VALUE_NO_RENAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON"],
  origin: "protoguard",
  summary: "Enum values may not be renamed.",
  messages: {
    renamed:
      "Enum value {number} \"{before}\" on enum {enum} was renamed to \"{after}\": the binary wire format is unchanged, but JSON (which writes enum values by name), the text format and generated code break.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of findRenames(comparison).values) {
      report({
        messageId: "renamed",
        data: { number: current.number, before: previous.name, after: current.name, enum: current.enum.fullName },
        current: at(current),
        previous: at(previous),
        fix: `keep \`${previous.name} = ${previous.number} [deprecated = true];\` beside \`${current.name}\` with \`option allow_alias = true;\``,
      });
    }
  },
});
