import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_CC_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "cc_generic_services",
  fieldNumber: 16,
  defaultValue: false,
});
