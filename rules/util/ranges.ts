import type { EnumEl, MessageEl } from "../../src/image/model.js";
import { andList } from "./words.js";

/** A range of field or enum numbers, both ends inclusive. */
export interface NumberRange {
  readonly start: number;
  readonly end: number;
}

/** The highest field number of a message (2^29 - 1). */
export const MESSAGE_MAX_NUMBER = 536_870_911;
/** The highest field number of a message that uses the message-set wire format. */
export const MESSAGE_SET_MAX_NUMBER = 2_147_483_646;
/** The highest enum number (2^31 - 1). */
export const ENUM_MAX_NUMBER = 2_147_483_647;

/** The highest number a message's fields, reserved and extension ranges may use. */
export function messageMaxNumber(message: MessageEl): number {
  return message.proto.options?.messageSetWireFormat === true ? MESSAGE_SET_MAX_NUMBER : MESSAGE_MAX_NUMBER;
}

/** A message's reserved ranges; descriptors store them end-exclusive. */
export function messageReservedRanges(message: MessageEl): NumberRange[] {
  return message.proto.reservedRange.map((r) => ({ start: r.start, end: r.end - 1 }));
}

/** A message's extension ranges; descriptors store them end-exclusive. */
export function messageExtensionRanges(message: MessageEl): NumberRange[] {
  return message.proto.extensionRange.map((r) => ({ start: r.start, end: r.end - 1 }));
}

/** An enum's reserved ranges; descriptors store them end-inclusive. */
export function enumReservedRanges(en: EnumEl): NumberRange[] {
  return en.proto.reservedRange.map((r) => ({ start: r.start, end: r.end }));
}

/** Whether a number falls inside one of the ranges. */
export function inRanges(number: number, ranges: readonly NumberRange[]): boolean {
  return ranges.some((r) => r.start <= number && number <= r.end);
}

/** Sorts ranges and joins the ones that overlap or touch, so `1 to 3` and `4 to 6` become `1 to 6`. */
export function mergeRanges(ranges: readonly NumberRange[]): NumberRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end + 1) {
      last.end = Math.max(last.end, r.end);
    } else {
      merged.push({ start: r.start, end: r.end });
    }
  }
  return merged;
}

/** The parts of `range` that no range of `merged` (sorted and merged, see mergeRanges) covers. */
export function uncovered(range: NumberRange, merged: readonly NumberRange[]): NumberRange[] {
  const missing: NumberRange[] = [];
  let next = range.start;
  for (const r of merged) {
    if (next > range.end) break;
    if (r.end < next) continue;
    if (r.start > range.end) break;
    if (r.start > next) missing.push({ start: next, end: r.start - 1 });
    next = r.end + 1;
  }
  if (next <= range.end) missing.push({ start: next, end: range.end });
  return missing;
}

/** A range as a person would write it in a .proto file: `5`, `5 to 9`, `5 to max`. */
export function formatRange(range: NumberRange, max: number): string {
  if (range.start === range.end) return `${range.start}`;
  return `${range.start} to ${range.end === max ? "max" : range.end}`;
}

/** Several ranges in one phrase: `3`, `3 and 6 to 8`, `3, 6 to 8 and 12 to max`. */
export function formatRanges(ranges: readonly NumberRange[], max: number): string {
  return andList(ranges.map((r) => formatRange(r, max)));
}

/** A kind of range that must keep covering every number it covered before. */
export interface RangeLoss {
  /** A range of the previous element. */
  readonly previous: NumberRange;
  /** Its numbers that the current element's ranges no longer cover. */
  readonly missing: readonly NumberRange[];
}

/**
 * For each previous range, the numbers the current ranges no longer cover,
 * after merging the current ranges (so widening, splitting or joining ranges
 * loses nothing).
 */
export function rangeLosses(previous: readonly NumberRange[], current: readonly NumberRange[]): RangeLoss[] {
  if (previous.length === 0) return [];
  const merged = mergeRanges(current);
  const losses: RangeLoss[] = [];
  for (const range of previous) {
    const missing = uncovered(range, merged);
    if (missing.length > 0) losses.push({ previous: range, missing });
  }
  return losses;
}

/** A range as buf prints it: `[5]`, `[5,9]`, `[5,max]`. */
function bufRange(range: NumberRange, max: number): string {
  if (range.start === range.end) return `[${range.start}]`;
  return `[${range.start},${range.end === max ? "max" : range.end}]`;
}

/**
 * The words for a range that lost numbers, for a rule's message templates:
 * whether all of it is gone (`whole`), the range (`5 to 9`), the numbers
 * removed (`8 to 9`) and their verb (`was`, `were`), and as buf prints them
 * (`[5,9]`, `[8,9], [12]`).
 */
export function rangeLossWords(
  loss: RangeLoss,
  max: number,
): { whole: boolean; range: string; removed: string; verb: string; bufRange: string; bufRemoved: string } {
  const [only] = loss.missing;
  const whole = loss.missing.length === 1 && only?.start === loss.previous.start && only.end === loss.previous.end;
  const one = loss.missing.length === 1 && only?.start === only?.end;
  return {
    whole,
    range: formatRange(loss.previous, max),
    removed: formatRanges(loss.missing, max),
    verb: one ? "was" : "were",
    bufRange: bufRange(loss.previous, max),
    bufRemoved: loss.missing.map((r) => bufRange(r, max)).join(", "),
  };
}

/** The reserved names of `previous` that `current` no longer reserves, each once. */
export function lostNames(previous: readonly string[], current: readonly string[]): string[] {
  const kept = new Set(current);
  return [...new Set(previous)].filter((name) => !kept.has(name));
}
