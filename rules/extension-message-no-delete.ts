import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement } from "./util/fix.js";
import { inRanges, messageExtensionRanges, messageMaxNumber, rangeLossWords, rangeLosses } from "./util/ranges.js";

export default defineRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Extension ranges may not be deleted from a message.",
  messages: {
    rangeDeleted: {
      text: "Extension range {range} was deleted from message {message}.",
      buf: "Previously present extension range \"{bufRange}\" on message \"{name}\" is missing values: {bufRemoved} were removed.",
    },
    rangeShrunk: {
      text: "Extension range {range} on message {message} is no longer fully covered: {removed} {verb} removed.",
      buf: "Previously present extension range \"{bufRange}\" on message \"{name}\" is missing values: {bufRemoved} were removed.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const max = messageMaxNumber(current);
      const where = `message ${current.name}`;
      for (const loss of rangeLosses(messageExtensionRanges(previous), messageExtensionRanges(current))) {
        const taken = current.fields
          .filter((f) => inRanges(f.number, loss.missing))
          .map((f) => ({ kind: "field", number: f.number, name: f.name }) as const);
        const { whole, ...words } = rangeLossWords(loss, max);
        report({
          messageId: whole ? "rangeDeleted" : "rangeShrunk",
          data: { ...words, message: current.fullName, name: current.name },
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("extensions", loss.missing, max), where, taken, "number"),
        });
      }
    }
  },
});
