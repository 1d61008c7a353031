import { at, defineRule } from "../src/model/rule.js";
import { addStatement, rangeStatement, reservedStatements } from "./util/fix.js";
import {
  describeNameLoss,
  describeRangeLoss,
  inRanges,
  lostNames,
  messageMaxNumber,
  messageReservedRanges,
  rangeLosses,
} from "./util/ranges.js";

export default defineRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const name = current.fullName;
      const where = `message ${current.name}`;
      const max = messageMaxNumber(current);
      const fields = current.fields.map((f) => ({ kind: "field", number: f.number, name: f.name }) as const);
      for (const loss of rangeLosses(messageReservedRanges(previous), messageReservedRanges(current))) {
        const taken = fields.filter((f) => inRanges(f.number, loss.missing));
        report({
          message: describeRangeLoss("Reserved", "message", name, loss, max),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, max), where, taken, "number"),
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = fields.filter((f) => f.name === lost);
        report({
          message: describeNameLoss("message", name, lost),
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where, taken, "name"),
        });
      }
    }
  },
});
