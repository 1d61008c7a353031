import { rangeText, reusedValueNumbers } from "../src/compare/reuse.js";
import { lastUse } from "../src/model/ledger.js";
import { ENUM_VALUE } from "../src/model/source-path.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "ENUM_VALUE_NO_REUSE_NUMBER",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  readsLedger: true,
  summary: "Enum values may not take a number that another value of the enum had in a released version, or that was reserved.",
  messages: {
    numberReused:
      "Enum value {number} \"{name}\" on enum {enum} reuses number {number} of value \"{old}\", last in {last} — old clients still send {number} meaning \"{old}\".",
    numberReserved:
      "Enum value {number} \"{name}\" on enum {enum} uses number {number}, reserved ({range}) in {last} — old clients may still send the value it was reserved for.",
  },
  check(comparison, { report }) {
    const ledger = comparison.ledger;
    if (ledger === undefined) return;
    for (const { current, entry } of reusedValueNumbers(comparison, ledger)) {
      const common = { number: current.number, name: current.name, enum: current.enum.fullName, last: lastUse(entry, ledger) };
      if (entry.kind === "value") {
        report({
          messageId: "numberReused",
          data: { ...common, old: entry.name },
          current: at(current, [ENUM_VALUE.number]),
          fix: `reserve ${String(current.number)} and "${entry.name}"; use a new number`,
        });
      } else {
        report({
          messageId: "numberReserved",
          data: { ...common, range: rangeText(entry) },
          current: at(current, [ENUM_VALUE.number]),
          fix: `keep ${rangeText(entry)} reserved; use a new number`,
        });
      }
    }
  },
});
