import { at, atFile, defineRule } from "../src/model/rule.js";
import { declaredIn , typeDeletionFix } from "./util/type-deletions.js";

export default defineRule({
  id: "SERVICE_NO_DELETE",
  categories: ["FILE"],
  summary: "Services may not be deleted from a file.",
  messages: {
    deleted: {
      text: "Service \"{name}\" was deleted from {container}.",
      buf: "Previously present service \"{name}\" was deleted from file.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const service of pair.deletedServices) {
        report({
          messageId: "deleted",
          data: { name: service.name, container: declaredIn(pair.previous, undefined) },
          current: atFile(pair.current),
          previous: at(service),
          fix: typeDeletionFix(comparison, service, "service"),
        });
      }
    }
  },
});
