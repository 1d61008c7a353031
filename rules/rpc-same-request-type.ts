import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";
import { METHOD } from "../src/model/source-path.js";

/** MethodDescriptorProto.input_type: the request type token. */
const INPUT_TYPE = [METHOD.inputType];

export default defineRule({
  id: "RPC_SAME_REQUEST_TYPE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their request type.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.inputType === current.inputType) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed request type from "${previous.inputType}" to "${current.inputType}".`,
        current: at(current, INPUT_TYPE),
        previous: at(previous, INPUT_TYPE),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
