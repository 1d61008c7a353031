import { at, defineRule } from "../src/model/rule.js";
import { FILE } from "../src/model/source-path.js";
import { goQuote } from "./util/buf-words.js";

/** FileDescriptorProto.package: the path of the package statement. */
const PACKAGE = [FILE.package];

function show(pkg: string): string {
  return pkg === "" ? `"" (no package)` : JSON.stringify(pkg);
}

/**
 * The previous package statement back (or none, if the file had none); a new
 * package version goes in new files.
 */
function restore(previous: string, current: string): string {
  if (previous === "") return `remove \`package ${current};\`: the file had no package`;
  const back = `restore \`package ${previous};\``;
  if (current === "") return back;
  return `${back}; for package ${current}, add new files and keep this one until every client has moved`;
}

export default defineRule({
  id: "FILE_SAME_PACKAGE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  bufCategories: { v1beta1: ["FILE"] },
  summary: "Files may not change, add or remove their package.",
  messages: {
    changed: {
      text: "File \"{path}\" changed package from {before} to {after}.",
      buf: "File package changed from {bufBefore} to {bufAfter}.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      if (pair.previous.package === pair.current.package) continue;
      report({
        messageId: "changed",
        data: {
          path: pair.current.path,
          before: show(pair.previous.package),
          after: show(pair.current.package),
          bufBefore: goQuote(pair.previous.package),
          bufAfter: goQuote(pair.current.package),
        },
        current: at(pair.current, PACKAGE),
        previous: at(pair.previous, PACKAGE),
        fix: restore(pair.previous.package, pair.current.package),
      });
    }
  },
});
