import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "java_package",
  fieldNumber: 1,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "java_package" from {before} to {after}.',
      buf: 'File option "java_package" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
