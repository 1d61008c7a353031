import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_PHP_CLASS_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "php_class_prefix",
  fieldNumber: 40,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "php_class_prefix" from {before} to {after}.',
      buf: 'File option "php_class_prefix" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
