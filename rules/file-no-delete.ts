import type { Comparison } from "../src/compare/pair.js";
import type { FileEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";

/**
 * Move the declarations back when every one of them is still declared in
 * another file; else restore the file. None for a file that was only imported:
 * nothing of the schema's own was in it.
 */
function restore(comparison: Comparison, extensions: ReadonlySet<string>, file: FileEl): string | undefined {
  if (file.isImport) return undefined;
  const current = comparison.current;
  const names = [
    ...file.messages.filter((m) => !m.isMapEntry).map((m) => current.messagesByName.has(m.fullName)),
    ...file.enums.map((e) => current.enumsByName.has(e.fullName)),
    ...file.services.map((s) => current.servicesByName.has(s.fullName)),
    ...file.extensions.map((x) => extensions.has(x.fullName)),
  ];
  if (names.length > 0 && names.every((found) => found)) {
    return `move what it declared back to "${file.path}": generated code follows the file each type is declared in`;
  }
  return `restore "${file.path}"; to retire what it declares, deprecate it and keep the file, even if it ends up empty`;
}

export default defineRule({
  id: "FILE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Files may not be deleted.",
  messages: {
    deleted: { text: "File \"{path}\" was deleted.", buf: "Previously present file \"{path}\" was deleted." },
    importDropped: {
      text: "Imported file \"{path}\" is no longer part of the schema: no current file imports it.",
      buf: "Previously present file \"{path}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    if (comparison.deletedFiles.length === 0) return;
    // The current extensions, once: a tree can lose thousands of files in one change.
    const extensions = new Set(comparison.current.files.flatMap((f) => f.extensions.map((x) => x.fullName)));
    for (const file of comparison.deletedFiles) {
      report({
        messageId: file.isImport ? "importDropped" : "deleted",
        data: { path: file.path },
        current: null,
        previous: at(file),
        fix: restore(comparison, extensions, file),
      });
    }
  },
});
