import { at, defineRule } from "../src/model/rule.js";
import { keepDeclarationDeprecated } from "./util/fix.js";

export default defineRule({
  id: "RPC_NO_DELETE",
  categories: ["FILE", "PACKAGE"],
  summary: "RPCs may not be deleted from a service.",
  check(comparison, { report }) {
    for (const pair of comparison.services) {
      for (const method of pair.deletedMethods) {
        report({
          message: `RPC "${method.name}" was deleted from service ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(method),
          fix: keepDeclarationDeprecated(`RPC "${method.name}"`),
        });
      }
    }
  },
});
