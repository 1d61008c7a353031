import type { MessagePair } from "../src/compare/pair.js";
import type { OneofEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";
import { quotedNames } from "./util/deletions.js";
import { andList } from "./util/words.js";

/**
 * Rename the oneof back when its fields all sit together in one current oneof
 * under a name the previous message did not use; else restore it with its
 * fields, deprecating those no longer wanted.
 */
function restore(pair: MessagePair, oneof: OneofEl): string {
  const numbers = oneof.fields.map((f) => f.number);
  const holders = new Set(numbers.map((n) => pair.current.fieldsByNumber.get(n)?.oneof));
  const [holder] = holders;
  if (holders.size === 1 && holder !== undefined && !pair.previous.oneofs.some((o) => o.name === holder.name)) {
    return `rename oneof "${holder.name}" back to "${oneof.name}"`;
  }
  const names = oneof.fields.map((f) => quotedNames([f.name]));
  const fields = names.length === 1 ? "field" : "fields";
  return `restore oneof "${oneof.name}" with its ${fields} ${andList(names)}; deprecate fields instead of deleting the oneof`;
}

export default defineRule({
  id: "ONEOF_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Oneofs may not be deleted from a message.",
  messages: {
    deleted: {
      text: "Oneof \"{name}\" was deleted from message {message}.",
      buf: "Previously present oneof \"{name}\" on message \"{messageName}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const oneof of pair.deletedOneofs) {
        report({
          messageId: "deleted",
          data: { name: oneof.name, message: pair.current.fullName, messageName: pair.current.name },
          current: at(pair.current),
          previous: at(oneof),
          fix: restore(pair, oneof),
        });
      }
    }
  },
});
