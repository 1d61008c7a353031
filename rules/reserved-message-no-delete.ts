import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement, reservedStatements } from "./util/fix.js";
import {
  inRanges,
  lostNames,
  messageMaxNumber,
  messageReservedRanges,
  rangeLosses,
  rangeLossWords,
} from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from a message.",
  messages: {
    rangeDeleted: {
      text: "Reserved range {range} was deleted from message {message}.",
      buf: "Previously present reserved range \"{bufRange}\" on message \"{name}\" is missing values: {bufRemoved} were removed.",
    },
    rangeShrunk: {
      text: "Reserved range {range} on message {message} is no longer fully covered: {removed} {verb} removed.",
      buf: "Previously present reserved range \"{bufRange}\" on message \"{name}\" is missing values: {bufRemoved} were removed.",
    },
    nameDeleted: {
      text: "Reserved name \"{reservedName}\" was deleted from message {message}.",
      buf: "Previously present reserved name \"{reservedName}\" on message \"{name}\" was deleted.",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const where = `message ${current.name}`;
      const max = messageMaxNumber(current);
      const fields = current.fields.map((f) => ({ kind: "field", number: f.number, name: f.name }) as const);
      for (const loss of rangeLosses(messageReservedRanges(previous), messageReservedRanges(current))) {
        const taken = fields.filter((f) => inRanges(f.number, loss.missing));
        const { whole, ...words } = rangeLossWords(loss, max);
        report({
          messageId: whole ? "rangeDeleted" : "rangeShrunk",
          data: { ...words, message: current.fullName, name: current.name },
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, max), where, taken, "number"),
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = fields.filter((f) => f.name === lost);
        report({
          messageId: "nameDeleted",
          data: { reservedName: lost, message: current.fullName, name: current.name },
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where, taken, "name"),
        });
      }
    }
  },
});
