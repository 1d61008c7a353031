import { at, defineRule } from "../src/rule.js";
import { describeRangeLoss, ENUM_MAX_NUMBER, enumReservedRanges, rangeLosses } from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from an enum.",
  check(comparison, { report }) {
    for (const pair of comparison.enums) {
      const losses = rangeLosses(enumReservedRanges(pair.previous), enumReservedRanges(pair.current));
      for (const loss of losses) {
        report({
          message: describeRangeLoss("Reserved", "enum", pair.current.fullName, loss, ENUM_MAX_NUMBER),
          current: at(pair.current),
          previous: at(pair.previous),
        });
      }
      const names = new Set(pair.current.proto.reservedName);
      for (const name of new Set(pair.previous.proto.reservedName)) {
        if (names.has(name)) continue;
        report({
          message: `Reserved name "${name}" was deleted from enum ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(pair.previous),
        });
      }
    }
  },
});
