import { renumberedExtensions, renumberedFields, type Renumbered } from "../src/compare/renumber.js";
import type { FieldEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";

/** What becomes of data an old client writes under the old number, read with the new schema. */
function fate({ previous, holders }: Renumbered<FieldEl>): string {
  const holder = holders[0];
  return holder === undefined
    ? `data old clients write as field ${previous.number} is now dropped as an unknown field`
    : `data old clients write as field ${previous.number} is now read as field "${holder.name}"`;
}

/** Give the field its number back (and whatever took that number a new one). */
function restoreNumber({ previous, current, holders }: Renumbered<FieldEl>): string {
  const holder = holders[0];
  const back = `restore number ${previous.number} for "${current.name}"`;
  return holder === undefined ? back : `${back} and give "${holder.name}" an unused number`;
}

export default defineRule({
  id: "FIELD_NO_RENUMBER",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
  origin: "protoguard",
  summary: "Fields may not change their number.",
  messages: {
    fieldRenumbered: "Field \"{name}\" on message {message} was renumbered from {before} to {after}: {fate}.",
    extensionRenumbered: "Extension \"{name}\" of message {message} was renumbered from {before} to {after}: {fate}.",
  },
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const r of renumberedFields(pair)) {
        report({
          messageId: "fieldRenumbered",
          data: { name: r.current.name, message: pair.current.fullName, before: r.previous.number, after: r.current.number, fate: fate(r) },
          current: at(r.current),
          previous: at(r.previous),
          fix: restoreNumber(r),
        });
      }
    }
    for (const r of renumberedExtensions(comparison)) {
      report({
        messageId: "extensionRenumbered",
        data: {
          name: r.current.fullName,
          message: r.current.extendee ?? "",
          before: r.previous.number,
          after: r.current.number,
          fate: fate(r),
        },
        current: at(r.current),
        previous: at(r.previous),
        fix: restoreNumber(r),
      });
    }
  },
});
