import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "java_package",
  fieldNumber: 1,
  defaultValue: "",
});
