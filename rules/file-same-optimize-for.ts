import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_OPTIMIZE_FOR",
  categories: ["FILE", "PACKAGE"],
  option: "optimize_for",
  fieldNumber: 9,
  defaultValue: "SPEED",
  messages: {
    changed: {
      text: 'File "{path}" changed option "optimize_for" from {before} to {after}.',
      buf: 'File option "optimize_for" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
