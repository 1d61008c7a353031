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
    changed: {
      text: "RPC \"{name}\" on service {service} changed its response from {before} to {after}.",
      buf: "RPC \"{name}\" on service \"{serviceName}\" changed from server {before} to server {after}.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.serverStreaming === current.serverStreaming) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          serviceName: current.service.name,
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
