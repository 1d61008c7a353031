import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_MULTIPLE_FILES",
  categories: ["FILE", "PACKAGE"],
  option: "java_multiple_files",
  fieldNumber: 10,
  defaultValue: false,
  messages: {
    changed: {
      text: 'File "{path}" changed option "java_multiple_files" from {before} to {after}.',
      buf: 'File option "java_multiple_files" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
