import { renumberedValues } from "../src/compare/renumber.js";
import { at, defineRule } from "../src/model/rule.js";
import { quotedNames } from "./util/deletions.js";

export default defineRule({
  id: "ENUM_VALUE_NO_RENUMBER",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
  origin: "protoguard",
  summary: "Enum values may not change their number.",
  messages: {
    renumbered: "Enum value \"{name}\" on enum {enum} was renumbered from {before} to {after}: {fate}.",
  },
  check(comparison, { report }) {
    for (const pair of comparison.enums) {
      for (const { previous, current, holders } of renumberedValues(pair)) {
        const fate =
          holders.length === 0
            ? `old clients' ${previous.number} is now an unknown value`
            : `old clients' ${previous.number} now reads as ${holders.map((v) => `"${v.name}"`).join(" or ")}`;
        report({
          messageId: "renumbered",
          data: { name: current.name, enum: pair.current.fullName, before: previous.number, after: current.number, fate },
          current: at(current),
          previous: at(previous),
          fix:
            `restore \`${current.name} = ${previous.number};\`` +
            (holders.length === 0 ? "" : ` (with \`option allow_alias = true;\` if ${quotedNames(holders.map((v) => v.name))} keeps ${previous.number})`),
        });
      }
    }
  },
});
