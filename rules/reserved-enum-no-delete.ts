import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement, reservedStatements } from "./util/fix.js";
import {
  ENUM_MAX_NUMBER,
  enumReservedRanges,
  inRanges,
  lostNames,
  rangeLosses,
  rangeLossWords,
} from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from an enum.",
  messages: {
    rangeDeleted: {
      text: "Reserved range {range} was deleted from enum {enum}.",
      buf: "Previously present reserved range \"{bufRange}\" on enum \"{name}\" is missing values: {bufRemoved} were removed.",
    },
    rangeShrunk: {
      text: "Reserved range {range} on enum {enum} is no longer fully covered: {removed} {verb} removed.",
      buf: "Previously present reserved range \"{bufRange}\" on enum \"{name}\" is missing values: {bufRemoved} were removed.",
    },
    nameDeleted: {
      text: "Reserved name \"{reservedName}\" was deleted from enum {enum}.",
      buf: "Previously present reserved name \"{reservedName}\" on enum \"{name}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const where = `enum ${current.name}`;
      const values = current.values.map((v) => ({ kind: "value", number: v.number, name: v.name }) as const);
      for (const loss of rangeLosses(enumReservedRanges(previous), enumReservedRanges(current))) {
        const taken = values.filter((v) => inRanges(v.number, loss.missing));
        const { whole, ...words } = rangeLossWords(loss, ENUM_MAX_NUMBER);
        report({
          messageId: whole ? "rangeDeleted" : "rangeShrunk",
          data: { ...words, enum: current.fullName, name: current.name },
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, ENUM_MAX_NUMBER), where, taken, "number"),
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = values.filter((v) => v.name === lost);
        report({
          messageId: "nameDeleted",
          data: { reservedName: lost, enum: current.fullName, name: current.name },
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where, taken, "name"),
        });
      }
    }
  },
});
