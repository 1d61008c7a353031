import { findRenames } from "../src/compare/renames.js";
import { atFile, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "FILE_NO_MOVE",
  categories: ["FILE"],
  origin: "protoguard",
  summary: "Files may not be moved to another path.",
  messages: {
    moved:
      "File \"{before}\" was moved to \"{after}\": the binary wire format and JSON are unchanged, but imports of the old path and the paths of generated code break.",
    movedPackage:
      "File \"{before}\" was moved to \"{after}\" and from package {from} to package {to}: the binary wire format and JSON keys are unchanged, but imports, generated code, `Any` type URLs and RPC paths that name its declarations break.",
  },
  check(comparison, { report }) {
    for (const { previous, current, implied } of findRenames(comparison).files) {
      if (implied) continue;
      const fix = `keep "${previous.path}" (it may import "${current.path}" with \`import public\`) until every importer has moved`;
      if (previous.package === current.package) {
        report({ messageId: "moved", data: { before: previous.path, after: current.path }, current: atFile(current), previous: atFile(previous), fix });
      } else {
        report({
          messageId: "movedPackage",
          data: { before: previous.path, after: current.path, from: previous.package, to: current.package },
          current: atFile(current),
          previous: atFile(previous),
          fix,
        });
      }
    }
  },
});
