import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";

function mode(streaming: boolean): string {
  return streaming ? "streaming" : "unary";
}

export default defineRule({
  id: "RPC_SAME_CLIENT_STREAMING",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not add or remove streaming on the request.",
  messages: {
    changed: {
      text: "RPC \"{name}\" on service {service} changed its request from {before} to {after}.",
      buf: "RPC \"{name}\" on service \"{serviceName}\" changed from client {before} to client {after}.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.clientStreaming === current.clientStreaming) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          serviceName: current.service.name,
          before: mode(previous.clientStreaming),
          after: mode(current.clientStreaming),
        },
        current: at(current),
        previous: at(previous),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
