import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_GO_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "go_package",
  fieldNumber: 11,
  defaultValue: "",
});
