import { at, defineRule } from "../src/rule.js";
import { describeRangeLoss, messageExtensionRanges, messageMaxNumber, rangeLosses } from "./util/ranges.js";

export default defineRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Extension ranges may not be deleted from a message.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      const losses = rangeLosses(messageExtensionRanges(pair.previous), messageExtensionRanges(pair.current));
      const max = messageMaxNumber(pair.current);
      for (const loss of losses) {
        report({
          message: describeRangeLoss("Extension", "message", pair.current.fullName, loss, max),
          current: at(pair.current),
          previous: at(pair.previous),
        });
      }
    }
  },
});
