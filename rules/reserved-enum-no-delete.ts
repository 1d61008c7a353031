import { at, defineRule } from "../src/rule.js";
import { ENUM_MAX_NUMBER, enumReservedRanges, rangeLossMessages, reservedNameLossMessages } from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from an enum.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const name = current.fullName;
      const messages = [
        ...rangeLossMessages("Reserved", "enum", name, enumReservedRanges(previous), enumReservedRanges(current), ENUM_MAX_NUMBER),
        ...reservedNameLossMessages("enum", name, previous.proto.reservedName, current.proto.reservedName),
      ];
      for (const message of messages) report({ message, current: at(current), previous: at(previous) });
    }
  },
});
