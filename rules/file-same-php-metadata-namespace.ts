import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_PHP_METADATA_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "php_metadata_namespace",
  fieldNumber: 44,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "php_metadata_namespace" from {before} to {after}.',
      buf: 'File option "php_metadata_namespace" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
