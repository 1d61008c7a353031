import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";
import { renameVerb } from "./util/renamed.js";

export default defineRule({
  id: "SERVICE_NO_RENAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  summary: "Services may not be renamed or moved to another package.",
  messages: {
    renamed:
      "Service \"{before}\" was {verb} to \"{after}\": every call from old clients fails, since the RPC path (`/{before}/Method`) names the service; the messages on the wire are unchanged.",
  },
  check(comparison, { report }) {
    for (const r of findRenames(comparison).services) {
      if (r.implied) continue;
      report({
        messageId: "renamed",
        data: { before: r.previous.fullName, after: r.current.fullName, verb: renameVerb(r.previous, r.current) },
        current: at(r.current),
        previous: at(r.previous),
        fix: `keep serving service \`${r.previous.name}\` (with \`option deprecated = true;\`) beside \`${r.current.name}\` until every client has moved, or restore the old name`,
      });
    }
  },
});
