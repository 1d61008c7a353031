import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_CC_ENABLE_ARENAS",
  categories: ["FILE", "PACKAGE"],
  option: "cc_enable_arenas",
  fieldNumber: 31,
  defaultValue: true,
  messages: {
    changed: {
      text: 'File "{path}" changed option "cc_enable_arenas" from {before} to {after}.',
      buf: 'File option "cc_enable_arenas" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
