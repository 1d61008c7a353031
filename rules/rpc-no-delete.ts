import { at, defineRule } from "../src/model/rule.js";
import { keepDeclarationDeprecated } from "./util/fix.js";

export default defineRule({
  id: "RPC_NO_DELETE",
  categories: ["FILE", "PACKAGE"],
  summary: "RPCs may not be deleted from a service.",
  messages: {
    deleted: {
      text: "RPC \"{name}\" was deleted from service {service}.",
      buf: "Previously present RPC \"{name}\" on service \"{serviceName}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.services) {
      for (const method of pair.deletedMethods) {
        report({
          messageId: "deleted",
          data: { name: method.name, service: pair.current.fullName, serviceName: pair.current.name },
          current: at(pair.current),
          previous: at(method),
          fix: keepDeclarationDeprecated(`RPC "${method.name}"`),
        });
      }
    }
  },
});
