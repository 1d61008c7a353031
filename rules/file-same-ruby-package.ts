import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_RUBY_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "ruby_package",
  fieldNumber: 45,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "ruby_package" from {before} to {after}.',
      buf: 'File option "ruby_package" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
