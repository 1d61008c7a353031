import { fileOptionRule } from "./util/file-option.js";

export default fileOptionRule({
  id: "FILE_SAME_CSHARP_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "csharp_namespace",
  fieldNumber: 37,
  defaultValue: "",
});
