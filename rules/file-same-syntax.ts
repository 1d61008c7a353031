import { at, defineRule } from "../src/model/rule.js";
import { syntaxStatement } from "./util/fix.js";
import { FILE } from "../src/model/source-path.js";

/** FileDescriptorProto.syntax: the path of the syntax (or edition) statement. */
const SYNTAX = [FILE.syntax];

export default defineRule({
  id: "FILE_SAME_SYNTAX",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Files may not switch between proto2, proto3 and editions.",
  messages: {
    changed: {
      text: "File \"{path}\" changed syntax from \"{before}\" to \"{after}\".",
      buf: "File syntax changed from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      if (pair.previous.syntax === pair.current.syntax) continue;
      report({
        messageId: "changed",
        data: { path: pair.current.path, before: pair.previous.syntax, after: pair.current.syntax },
        current: at(pair.current, SYNTAX),
        previous: at(pair.previous, SYNTAX),
        fix: `restore \`${syntaxStatement(pair.previous)}\`; write new files in the new syntax instead`,
      });
    }
  },
});
