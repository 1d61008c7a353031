import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "ONEOF_NO_RENAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  summary: "Oneofs may not be renamed.",
  messages: {
    renamed:
      "Oneof \"{before}\" was renamed to \"{after}\": the binary wire format and JSON are unchanged (neither carries a oneof's name), but generated code (the oneof's case enum and accessors) breaks.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of findRenames(comparison).oneofs) {
      report({
        messageId: "renamed",
        data: { before: `${previous.message.fullName}.${previous.name}`, after: `${current.message.fullName}.${current.name}` },
        current: at(current),
        previous: at(previous),
        fix: `rename oneof "${current.name}" back to "${previous.name}" if generated code must keep compiling`,
      });
    }
  },
});
