import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";
import { METHOD } from "../src/model/source-path.js";

/** MethodDescriptorProto.input_type: the request type token. */
const INPUT_TYPE = [METHOD.inputType];

export default defineRule({
  id: "RPC_SAME_REQUEST_TYPE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their request type.",
  messages: {
    changed: {
      text: "RPC \"{name}\" on service {service} changed request type from \"{before}\" to \"{after}\".",
      buf: "RPC \"{name}\" on service \"{serviceName}\" changed request type from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.inputType === current.inputType) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          serviceName: current.service.name,
          before: previous.inputType,
          after: current.inputType,
        },
        current: at(current, INPUT_TYPE),
        previous: at(previous, INPUT_TYPE),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
