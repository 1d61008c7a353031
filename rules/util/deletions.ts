import type { Comparison } from "../../src/compare/pair.js";
import type { EnumValueEl } from "../../src/image/model.js";
import { at, type RuleContext } from "../../src/rule.js";
import { enumReservedRanges, inRanges, messageReservedRanges } from "./ranges.js";

/** What makes a deletion acceptable: nothing, a reserved number, or reserved names. */
export type DeletionAllowance = "never" | "number-reserved" | "name-reserved";

/** Quoted names joined with commas: `"A"`, `"A", "B"`. */
export function quotedNames(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/** An enum number with its names: `3 "PENDING"`, or `3 ("PENDING", "WAITING")` for aliases. */
export function enumNumberWithNames(number: number, values: readonly EnumValueEl[]): string {
  const names = values.map((v) => v.name);
  return names.length === 1 ? `${number} ${quotedNames(names)}` : `${number} (${quotedNames(names)})`;
}

/**
 * Reports each field number of a paired message that is gone, unless the
 * allowance accepts it (its number in a current reserved range, or its name
 * a current reserved name). Points at the message, which survives.
 */
export function checkFieldDeletions(comparison: Comparison, { report }: RuleContext, allow: DeletionAllowance): void {
  for (const pair of comparison.messages) {
    if (pair.deletedFields.length === 0) continue;
    const reservedRanges = messageReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    for (const field of pair.deletedFields) {
      let suffix = "";
      if (allow === "number-reserved") {
        if (inRanges(field.number, reservedRanges)) continue;
        suffix = ` without reserving the number ${field.number}`;
      } else if (allow === "name-reserved") {
        if (reservedNames.has(field.name)) continue;
        suffix = ` without reserving the name "${field.name}"`;
      }
      report({
        message: `Field ${field.number} "${field.name}" was deleted from message ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(field),
      });
    }
  }
}

/**
 * Reports each number of a paired enum that is gone, unless the allowance
 * accepts it (the number in a current reserved range, or every name it had
 * a current reserved name). Points at the enum, which survives.
 */
export function checkEnumValueDeletions(
  comparison: Comparison,
  { report }: RuleContext,
  allow: DeletionAllowance,
): void {
  for (const pair of comparison.enums) {
    if (pair.deletedValues.length === 0) continue;
    const reservedRanges = enumReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    for (const { number, previous } of pair.deletedValues) {
      let suffix = "";
      if (allow === "number-reserved") {
        if (inRanges(number, reservedRanges)) continue;
        suffix = ` without reserving the number ${number}`;
      } else if (allow === "name-reserved") {
        const unreserved = previous.map((v) => v.name).filter((n) => !reservedNames.has(n));
        if (unreserved.length === 0) continue;
        suffix = ` without reserving the name${unreserved.length > 1 ? "s" : ""} ${quotedNames(unreserved)}`;
      }
      const first = previous[0];
      if (first === undefined) continue;
      report({
        message: `Enum value ${enumNumberWithNames(number, previous)} was deleted from enum ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(first),
      });
    }
  }
}
