import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_OPTIMIZE_FOR",
  categories: ["FILE", "PACKAGE"],
  option: "optimize_for",
  fieldNumber: 9,
  defaultValue: "SPEED",
});
