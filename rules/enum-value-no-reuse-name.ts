import { reusedValueNames } from "../src/compare/reuse.js";
import { lastUse } from "../src/model/ledger.js";
import { ENUM_VALUE } from "../src/model/source-path.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "ENUM_VALUE_NO_REUSE_NAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  readsLedger: true,
  summary: "Enum values may not take a name that a value with another number had in a released version, or that was reserved.",
  messages: {
    nameReused:
      "Enum value {number} \"{name}\" on enum {enum} reuses the name of value {oldNumber}, last in {last} — old JSON clients still send \"{name}\" meaning {oldNumber}.",
    nameReserved:
      "Enum value {number} \"{name}\" on enum {enum} uses the name \"{name}\", reserved in {last} — old JSON clients may still send it for the value it was reserved for.",
  },
  check(comparison, { report }) {
    const ledger = comparison.ledger;
    if (ledger === undefined) return;
    for (const { current, entry } of reusedValueNames(comparison, ledger)) {
      const common = { number: current.number, name: current.name, enum: current.enum.fullName, last: lastUse(entry, ledger) };
      if (entry.kind === "value") {
        report({
          messageId: "nameReused",
          data: { ...common, oldNumber: entry.number },
          current: at(current, [ENUM_VALUE.name]),
          fix: `reserve "${current.name}"; use a new name`,
        });
      } else {
        report({
          messageId: "nameReserved",
          data: common,
          current: at(current, [ENUM_VALUE.name]),
          fix: `keep "${current.name}" reserved; use a new name`,
        });
      }
    }
  },
});
