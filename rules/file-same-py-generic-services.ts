import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_PY_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "py_generic_services",
  fieldNumber: 18,
  defaultValue: false,
  messages: {
    changed: {
      text: 'File "{path}" changed option "py_generic_services" from {before} to {after}.',
      buf: 'File option "py_generic_services" changed from {bufBefore} to {bufAfter}.',
    },
  },
});
