import { rangeText, reusedFieldNumbers } from "../src/compare/reuse.js";
import { lastUse } from "../src/model/ledger.js";
import { FIELD } from "../src/model/source-path.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "FIELD_NO_REUSE_NUMBER",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  readsLedger: true,
  summary: "Fields may not take a number that another field of the message had in a released version, or that was reserved.",
  messages: {
    numberReused:
      "Field {number} \"{name}\" on message {message} reuses number {number} of field \"{old}\" ({oldType}), last in {last} — old clients still send \"{old}\" as field {number}.",
    numberReserved:
      "Field {number} \"{name}\" on message {message} uses number {number}, reserved ({range}) in {last} — old clients may still send the field it was reserved for.",
  },
  check(comparison, { report }) {
    const ledger = comparison.ledger;
    if (ledger === undefined) return;
    for (const { current, entry } of reusedFieldNumbers(comparison, ledger)) {
      const common = { number: current.number, name: current.name, message: current.parent?.fullName ?? "", last: lastUse(entry, ledger) };
      if (entry.kind === "field") {
        report({
          messageId: "numberReused",
          data: { ...common, old: entry.name, oldType: entry.type },
          current: at(current, [FIELD.number]),
          fix: `reserve ${String(current.number)} and "${entry.name}"; use a new number`,
        });
      } else {
        report({
          messageId: "numberReserved",
          data: { ...common, range: rangeText(entry) },
          current: at(current, [FIELD.number]),
          fix: `keep ${rangeText(entry)} reserved; use a new number`,
        });
      }
    }
  },
});
