import { at, defineRule } from "../src/model/rule.js";
import { ADD_RPC_INSTEAD } from "./util/fix.js";

function mode(streaming: boolean): string {
  return streaming ? "streaming" : "unary";
}

export default defineRule({
  id: "RPC_SAME_SERVER_STREAMING",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not add or remove streaming on the response.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.serverStreaming === current.serverStreaming) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed its response from ${mode(previous.serverStreaming)} to ${mode(current.serverStreaming)}.`,
        current: at(current),
        previous: at(previous),
        fix: ADD_RPC_INSTEAD,
      });
    }
  },
});
