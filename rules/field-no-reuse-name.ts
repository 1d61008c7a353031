import { reusedFieldNames } from "../src/compare/reuse.js";
import { lastUse } from "../src/model/ledger.js";
import { FIELD } from "../src/model/source-path.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "FIELD_NO_REUSE_NAME",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  readsLedger: true,
  summary: "Fields may not take a name that a field with another number had in a released version, or that was reserved.",
  messages: {
    nameReused:
      "Field {number} \"{name}\" on message {message} reuses the name of field {oldNumber} \"{name}\" ({oldType}), last in {last} — old JSON clients still send \"{name}\" meaning field {oldNumber}.",
    nameReserved:
      "Field {number} \"{name}\" on message {message} uses the name \"{name}\", reserved in {last} — old JSON clients may still send it for the field it was reserved for.",
  },
  check(comparison, { report }) {
    const ledger = comparison.ledger;
    if (ledger === undefined) return;
    for (const { current, entry } of reusedFieldNames(comparison, ledger)) {
      const common = { number: current.number, name: current.name, message: current.parent?.fullName ?? "", last: lastUse(entry, ledger) };
      if (entry.kind === "field") {
        report({
          messageId: "nameReused",
          data: { ...common, oldNumber: entry.number, oldType: entry.type },
          current: at(current, [FIELD.name]),
          fix: `reserve "${current.name}"; use a new name`,
        });
      } else {
        report({
          messageId: "nameReserved",
          data: common,
          current: at(current, [FIELD.name]),
          fix: `keep "${current.name}" reserved; use a new name`,
        });
      }
    }
  },
});
