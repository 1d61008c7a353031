import { at, defineRule } from "../src/model/rule.js";
import { keepDeclarationDeprecated } from "./util/fix.js";

export default defineRule({
  id: "RPC_NO_DELETE",
  categories: ["FILE", "PACKAGE"],
  summary: "RPCs may not be deleted from a service.",
  messages: {
    deleted: "RPC \"{name}\" was deleted from service {service}.",
  },
  check(comparison, { report }) {
    for (const pair of comparison.services) {
      for (const method of pair.deletedMethods) {
        report({
          messageId: "deleted",
          data: { name: method.name, service: pair.current.fullName },
          current: at(pair.current),
          previous: at(method),
          fix: keepDeclarationDeprecated(`RPC "${method.name}"`),
        });
      }
    }
  },
});
