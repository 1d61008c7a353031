import type { Comparison } from "../../src/compare/pair.js";
import type { EnumValueEl } from "../../src/image/model.js";
import { at, type RuleContext } from "../../src/model/rule.js";
import { keepDeprecated, reservedStatements } from "./fix.js";
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
      const where = `message ${pair.current.name}`;
      const file = pair.current.file;
      report({
        message: `Field ${field.number} "${field.name}" was deleted from message ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(field),
        fix:
          allow === "never"
            ? keepDeprecated(`field ${field.number} "${field.name}"`, file, [field.number], [field.name])
            : allow === "number-reserved"
              ? `add \`${reservedStatements(file, [field.number], [])}\` to ${where}, or restore the field`
              : `add \`${reservedStatements(file, [], [field.name])}\` to ${where}, or restore the field`,
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
    const file = pair.current.file;
    const where = `enum ${pair.current.name}`;
    for (const { number, previous } of pair.deletedValues) {
      let suffix = "";
      let fix: string;
      const names = previous.map((v) => v.name);
      if (allow === "number-reserved") {
        if (inRanges(number, reservedRanges)) continue;
        suffix = ` without reserving the number ${number}`;
        fix = `add \`${reservedStatements(file, [number], [])}\` to ${where}, or restore the value`;
      } else if (allow === "name-reserved") {
        const unreserved = names.filter((n) => !reservedNames.has(n));
        if (unreserved.length === 0) continue;
        suffix = ` without reserving the name${unreserved.length > 1 ? "s" : ""} ${quotedNames(unreserved)}`;
        fix = `add \`${reservedStatements(file, [], unreserved)}\` to ${where}, or restore the value`;
      } else {
        fix = keepDeprecated(`${names.length > 1 ? "values" : "value"} ${quotedNames(names)}`, file, [number], names);
      }
      const first = previous[0];
      if (first === undefined) continue;
      report({
        message: `Enum value ${enumNumberWithNames(number, previous)} was deleted from enum ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(first),
        fix,
      });
    }
  }
}
