import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_CC_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "cc_generic_services",
  fieldNumber: 16,
  defaultValue: false,
  messages: {
    changed: {
      text: 'File "{path}" changed option "cc_generic_services" from {before} to {after}.',
      buf: 'File option "cc_generic_services" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
