import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_PY_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "py_generic_services",
  fieldNumber: 18,
  defaultValue: false,
});
