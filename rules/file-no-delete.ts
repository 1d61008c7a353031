import { at, defineRule } from "../src/rule.js";

export default defineRule({
  id: "FILE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Files may not be deleted.",
  check(comparison, { report }) {
    for (const file of comparison.deletedFiles) {
      report({
        message: file.isImport
          ? `Imported file "${file.path}" is no longer part of the schema: no current file imports it.`
          : `File "${file.path}" was deleted.`,
        current: null,
        previous: at(file),
      });
    }
  },
});
