import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "RPC_NO_RENAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  summary: "RPCs may not be renamed.",
  messages: {
    renamed:
      "RPC \"{before}\" was renamed to \"{after}\": every call from old clients fails, since the RPC path (`/{service}/{name}`) is gone; the messages on the wire are unchanged.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of findRenames(comparison).methods) {
      report({
        messageId: "renamed",
        data: {
          before: `${previous.service.fullName}.${previous.name}`,
          after: `${current.service.fullName}.${current.name}`,
          service: previous.service.fullName,
          name: previous.name,
        },
        current: at(current),
        previous: at(previous),
        fix: `keep RPC \`${previous.name}\` (with \`option deprecated = true;\`) beside \`${current.name}\`, both served, until every client has moved`,
      });
    }
  },
});
