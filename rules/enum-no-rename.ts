import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";
import { renameVerb } from "./util/renamed.js";

export default defineRule({
  id: "ENUM_NO_RENAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  summary: "Enums may not be renamed or moved to another package.",
  messages: {
    renamed:
      "Enum \"{before}\" was {verb} to \"{after}\": the binary wire format is unchanged, but generated code and reflection by name break (renamed values are reported on their own).",
  },
  check(comparison, { report }) {
    for (const r of findRenames(comparison).enums) {
      if (r.implied) continue;
      report({
        messageId: "renamed",
        data: { before: r.previous.fullName, after: r.current.fullName, verb: renameVerb(r.previous, r.current) },
        current: at(r.current),
        previous: at(r.previous),
        fix: `keep enum \`${r.previous.name}\` (with \`option deprecated = true;\`) beside \`${r.current.name}\` until every client has moved, or restore the old name`,
      });
    }
  },
});
