import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_SWIFT_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "swift_prefix",
  fieldNumber: 39,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "swift_prefix" from {before} to {after}.',
      buf: 'File option "swift_prefix" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
