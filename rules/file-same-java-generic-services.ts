import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "java_generic_services",
  fieldNumber: 17,
  defaultValue: false,
  messages: {
    changed: {
      text: 'File "{path}" changed option "java_generic_services" from {before} to {after}.',
      buf: 'File option "java_generic_services" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
