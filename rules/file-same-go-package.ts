import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_GO_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "go_package",
  fieldNumber: 11,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "go_package" from {before} to {after}.',
      buf: 'File option "go_package" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
