import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement, reservedStatements } from "./util/fix.js";
import {
  ENUM_MAX_NUMBER,
  describeNameLoss,
  describeRangeLoss,
  enumReservedRanges,
  inRanges,
  lostNames,
  rangeLosses,
} from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from an enum.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const name = current.fullName;
      const where = `enum ${current.name}`;
      const values = current.values.map((v) => ({ kind: "value", number: v.number, name: v.name }) as const);
      for (const loss of rangeLosses(enumReservedRanges(previous), enumReservedRanges(current))) {
        const taken = values.filter((v) => inRanges(v.number, loss.missing));
        report({
          message: describeRangeLoss("Reserved", "enum", name, loss, ENUM_MAX_NUMBER),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, ENUM_MAX_NUMBER), where, taken, "number"),
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = values.filter((v) => v.name === lost);
        report({
          message: describeNameLoss("enum", name, lost),
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where, taken, "name"),
        });
      }
    }
  },
});
