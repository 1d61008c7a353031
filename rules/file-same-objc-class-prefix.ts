import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_OBJC_CLASS_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "objc_class_prefix",
  fieldNumber: 36,
  defaultValue: "",
});
