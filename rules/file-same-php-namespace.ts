import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_PHP_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "php_namespace",
  fieldNumber: 41,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "php_namespace" from {before} to {after}.',
      buf: 'File option "php_namespace" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
