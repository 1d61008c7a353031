import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_JAVA_OUTER_CLASSNAME",
  categories: ["FILE", "PACKAGE"],
  option: "java_outer_classname",
  fieldNumber: 8,
  defaultValue: "",
});
