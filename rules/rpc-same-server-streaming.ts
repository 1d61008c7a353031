import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";

function mode(streaming: boolean): string {
  return streaming ? "streaming" : "unary";
}

export default defineRule({
  id: "RPC_SAME_SERVER_STREAMING",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not add or remove streaming on the response.",
  messages: {
    changed: "RPC \"{name}\" on service {service} changed its response from {before} to {after}.",
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.serverStreaming === current.serverStreaming) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          before: mode(previous.serverStreaming),
          after: mode(current.serverStreaming),
        },
        current: at(current),
        previous: at(previous),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
