import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_RUBY_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "ruby_package",
  fieldNumber: 45,
  defaultValue: "",
});
