import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_OUTER_CLASSNAME",
  categories: ["FILE", "PACKAGE"],
  option: "java_outer_classname",
  fieldNumber: 8,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "java_outer_classname" from {before} to {after}.',
      buf: 'File option "java_outer_classname" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
