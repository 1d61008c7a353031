import { at, defineRule } from "../src/rule.js";
import { describeRangeLoss, messageMaxNumber, messageReservedRanges, rangeLosses } from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from a message.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      const losses = rangeLosses(messageReservedRanges(pair.previous), messageReservedRanges(pair.current));
      const max = messageMaxNumber(pair.current);
      for (const loss of losses) {
        report({
          message: describeRangeLoss("Reserved", "message", pair.current.fullName, loss, max),
          current: at(pair.current),
          previous: at(pair.previous),
        });
      }
      const names = new Set(pair.current.proto.reservedName);
      for (const name of new Set(pair.previous.proto.reservedName)) {
        if (names.has(name)) continue;
        report({
          message: `Reserved name "${name}" was deleted from message ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(pair.previous),
        });
      }
    }
  },
});
