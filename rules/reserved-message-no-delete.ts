import { at, defineRule } from "../src/rule.js";
import { messageMaxNumber, messageReservedRanges, rangeLossMessages, reservedNameLossMessages } from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const name = current.fullName;
      const max = messageMaxNumber(current);
      const messages = [
        ...rangeLossMessages("Reserved", "message", name, messageReservedRanges(previous), messageReservedRanges(current), max),
        ...reservedNameLossMessages("message", name, previous.proto.reservedName, current.proto.reservedName),
      ];
      for (const message of messages) report({ message, current: at(current), previous: at(previous) });
    }
  },
});
