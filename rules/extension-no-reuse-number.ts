import { reusedExtensionNumbers } from "../src/compare/reuse.js";
import { lastUse } from "../src/model/ledger.js";
import { FIELD } from "../src/model/source-path.js";
import { at, defineRule } from "../src/model/rule.js";

export default defineRule({
  id: "EXTENSION_NO_REUSE_NUMBER",
  categories: ["FILE", "PACKAGE"],
  origin: "protoguard",
  readsLedger: true,
  summary: "Extensions may not take a number of their extendee that another extension had in a released version.",
  messages: {
    numberReused:
      "Extension {number} \"{name}\" of message {extendee} reuses number {number} of extension \"{old}\" ({oldType}), last in {last} — old clients still send \"{old}\" as extension {number}.",
  },
  check(comparison, { report }) {
    const ledger = comparison.ledger;
    if (ledger === undefined) return;
    for (const { current, entry } of reusedExtensionNumbers(comparison, ledger)) {
      report({
        messageId: "numberReused",
        data: {
          number: current.number,
          name: current.fullName,
          extendee: current.extendee ?? "",
          old: entry.name,
          oldType: entry.type,
          last: lastUse(entry, ledger),
        },
        current: at(current, [FIELD.number]),
        fix: `use a new number for "${current.name}"; ${String(current.number)} stays with "${entry.name}"`,
      });
    }
  },
});
