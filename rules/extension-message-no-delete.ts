import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement } from "./util/fix.js";
import { describeRangeLoss, inRanges, messageExtensionRanges, messageMaxNumber, rangeLosses } from "./util/ranges.js";

export default defineRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Extension ranges may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const max = messageMaxNumber(current);
      const where = `message ${current.name}`;
      for (const loss of rangeLosses(messageExtensionRanges(previous), messageExtensionRanges(current))) {
        const taken = current.fields
          .filter((f) => inRanges(f.number, loss.missing))
          .map((f) => ({ kind: "field", number: f.number, name: f.name }) as const);
        report({
          message: describeRangeLoss("Extension", "message", current.fullName, loss, max),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("extensions", loss.missing, max), where, taken, "number"),
        });
      }
    }
  },
});
