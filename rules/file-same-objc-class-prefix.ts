import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_OBJC_CLASS_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "objc_class_prefix",
  fieldNumber: 36,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "objc_class_prefix" from {before} to {after}.',
      buf: 'File option "objc_class_prefix" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
