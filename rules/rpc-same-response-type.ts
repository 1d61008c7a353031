import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";
import { METHOD } from "../src/model/source-path.js";

/** MethodDescriptorProto.output_type: the response type token. */
const OUTPUT_TYPE = [METHOD.outputType];

export default defineRule({
  id: "RPC_SAME_RESPONSE_TYPE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their response type.",
  messages: {
    changed: {
      text: "RPC \"{name}\" on service {service} changed response type from \"{before}\" to \"{after}\".",
      buf: "RPC \"{name}\" on service \"{serviceName}\" changed response type from \"{before}\" to \"{after}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.outputType === current.outputType) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          serviceName: current.service.name,
          before: previous.outputType,
          after: current.outputType,
        },
        current: at(current, OUTPUT_TYPE),
        previous: at(previous, OUTPUT_TYPE),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
