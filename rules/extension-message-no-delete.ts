import { at, defineRule } from "../src/rule.js";
import { messageExtensionRanges, messageMaxNumber, rangeLossMessages } from "./util/ranges.js";

export default defineRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Extension ranges may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const max = messageMaxNumber(current);
      const ranges = [messageExtensionRanges(previous), messageExtensionRanges(current)] as const;
      for (const message of rangeLossMessages("Extension", "message", current.fullName, ...ranges, max)) {
        report({ message, current: at(current), previous: at(previous) });
      }
    }
  },
});
