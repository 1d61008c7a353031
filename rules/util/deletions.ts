import type { Comparison } from "../../src/compare/pair.js";
import type { EnumValueEl } from "../../src/image/model.js";
import { at } from "../../src/model/rule.js";
import type { Change } from "./change.js";
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

/** The words of a deleted field: its number and name, the message's full and own name. */
export interface FieldDeletionWords {
  readonly number: number;
  readonly name: string;
  readonly message: string;
  readonly messageName: string;
}

/**
 * Each field number of a paired message that is gone, unless the allowance
 * accepts it (its number in a current reserved range, or its name a current
 * reserved name). Points at the message, which survives.
 */
export function* fieldDeletions(comparison: Comparison, allow: DeletionAllowance): Generator<Change<FieldDeletionWords>> {
  for (const pair of comparison.messages) {
    if (pair.deletedFields.length === 0) continue;
    const reservedRanges = messageReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    for (const field of pair.deletedFields) {
      if (allow === "number-reserved" && inRanges(field.number, reservedRanges)) continue;
      if (allow === "name-reserved" && reservedNames.has(field.name)) continue;
      const where = `message ${pair.current.name}`;
      const file = pair.current.file;
      yield {
        data: { number: field.number, name: field.name, message: pair.current.fullName, messageName: pair.current.name },
        current: at(pair.current),
        previous: at(field),
        fix:
          allow === "never"
            ? keepDeprecated(`field ${field.number} "${field.name}"`, file, [field.number], [field.name])
            : allow === "number-reserved"
              ? `add \`${reservedStatements(file, [field.number], [])}\` to ${where}, or restore the field`
              : `add \`${reservedStatements(file, [], [field.name])}\` to ${where}, or restore the field`,
      };
    }
  }
}

/**
 * The words of a deleted enum number: the number, the value with its names
 * (`3 "PENDING"`), the enum's full and own name; the names left unreserved
 * (`"A", "B"`) with `name` or `names`; and as buf lists them, every name the
 * number had, sorted, with its `name` or `names`.
 */
export interface EnumValueDeletionWords {
  readonly number: number;
  readonly value: string;
  readonly enum: string;
  readonly enumName: string;
  readonly names: string;
  readonly nameWord: string;
  readonly bufNames: string;
  readonly bufNameWord: string;
}

/**
 * Each number of a paired enum that is gone, unless the allowance accepts it
 * (the number in a current reserved range, or every name it had a current
 * reserved name). Points at the enum, which survives.
 */
export function* enumValueDeletions(comparison: Comparison, allow: DeletionAllowance): Generator<Change<EnumValueDeletionWords>> {
  for (const pair of comparison.enums) {
    if (pair.deletedValues.length === 0) continue;
    const reservedRanges = enumReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    const file = pair.current.file;
    const where = `enum ${pair.current.name}`;
    for (const { number, previous } of pair.deletedValues) {
      let fix: string;
      const names = previous.map((v) => v.name);
      const unreserved = names.filter((n) => !reservedNames.has(n));
      if (allow === "number-reserved") {
        if (inRanges(number, reservedRanges)) continue;
        fix = `add \`${reservedStatements(file, [number], [])}\` to ${where}, or restore the value`;
      } else if (allow === "name-reserved") {
        if (unreserved.length === 0) continue;
        fix = `add \`${reservedStatements(file, [], unreserved)}\` to ${where}, or restore the value`;
      } else {
        fix = keepDeprecated(`${names.length > 1 ? "values" : "value"} ${quotedNames(names)}`, file, [number], names);
      }
      const first = previous[0];
      if (first === undefined) continue;
      yield {
        data: {
          number,
          value: enumNumberWithNames(number, previous),
          enum: pair.current.fullName,
          enumName: pair.current.name,
          names: quotedNames(unreserved),
          nameWord: unreserved.length > 1 ? "names" : "name",
          bufNames: quotedNames([...names].sort()),
          bufNameWord: names.length > 1 ? "names" : "name",
        },
        current: at(pair.current),
        previous: at(first),
        fix,
      };
    }
  }
}
