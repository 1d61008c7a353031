import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_CSHARP_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "csharp_namespace",
  fieldNumber: 37,
  defaultValue: "",
  messages: {
    changed: {
      text: 'File "{path}" changed option "csharp_namespace" from {before} to {after}.',
      buf: 'File option "csharp_namespace" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
