import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";
import { renameVerb } from "./util/renamed.js";

export default defineRule({
  id: "MESSAGE_NO_RENAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  summary: "Messages may not be renamed or moved to another package.",
  messages: {
    renamed:
      "Message \"{before}\" was {verb} to \"{after}\": the binary wire format and JSON keys are unchanged, but generated code, `Any` type URLs and reflection by name break.",
  },
  check(comparison, { report }) {
    for (const r of findRenames(comparison).messages) {
      if (r.implied) continue;
      report({
        messageId: "renamed",
        data: { before: r.previous.fullName, after: r.current.fullName, verb: renameVerb(r.previous, r.current) },
        current: at(r.current),
        previous: at(r.previous),
        fix: `keep message \`${r.previous.name}\` (with \`option deprecated = true;\`) beside \`${r.current.name}\` until every client has moved, or restore the old name`,
      });
    }
  },
});
