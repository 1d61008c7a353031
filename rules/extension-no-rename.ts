import { findRenames } from "../src/compare/renames.js";
import { at, defineRule } from "../src/model/rule.js";
import { renameVerb } from "./util/renamed.js";

export default defineRule({
  id: "EXTENSION_NO_RENAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON"],
  origin: "protoguard",
  summary: "Extensions may not be renamed or moved to another scope or package.",
  messages: {
    renamed:
      "Extension \"{before}\" (number {number} of message {extendee}) was {verb} to \"{after}\": the binary wire format is unchanged, but generated code and the JSON and text format name (`[{before}]` is now `[{after}]`) break.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of findRenames(comparison).extensions) {
      const home = previous.parent ? `message ${previous.parent.name} in "${previous.file.path}"` : `"${previous.file.path}"`;
      const scope = (x: typeof previous): string => x.fullName.slice(0, x.fullName.length - x.name.length);
      const renamedOnly = scope(previous) === scope(current);
      const as = previous.name === current.name ? "" : ` as "${previous.name}"`;
      const undo = renamedOnly
        ? `rename extension ${current.number} "${current.name}" back to "${previous.name}"`
        : `move extension ${current.number} "${current.name}" back to ${home}${as}`;
      report({
        messageId: "renamed",
        data: {
          before: previous.fullName,
          after: current.fullName,
          number: current.number,
          extendee: current.extendee ?? "",
          verb: renameVerb(previous, current),
        },
        current: at(current),
        previous: at(previous),
        fix: `${undo}: a message cannot have two extensions with number ${current.number}, so the old name cannot be kept beside the new one`,
      });
    }
  },
});
