import type { EnumValueEl, FieldEl } from "../image/model.js";
import type { Comparison, EnumPair, MessagePair, Pair } from "./pair.js";

/** An element that kept its name but not its number. */
export interface Renumbered<T> extends Pair<T> {
  /** What holds the old number in the current version (for enums: every alias of it). */
  readonly holders: readonly T[];
}

/** Fields of a paired message that kept their name but not their number. */
export function renumberedFields(pair: MessagePair): Renumbered<FieldEl>[] {
  const byName = new Map<string, FieldEl>();
  for (const f of pair.current.fields) byName.set(f.name, f);
  const out: Renumbered<FieldEl>[] = [];
  for (const previous of pair.previous.fields) {
    const current = byName.get(previous.name);
    if (current === undefined || current.number === previous.number) continue;
    const holder = pair.current.fieldsByNumber.get(previous.number);
    out.push({ previous, current, holders: holder ? [holder] : [] });
  }
  return out;
}

/** Extensions of the same extendee and full name whose number changed. */
export function renumberedExtensions(comparison: Comparison): Renumbered<FieldEl>[] {
  const byName = new Map<string, FieldEl>();
  const byNumber = new Map<string, FieldEl>();
  for (const f of comparison.current.files) {
    for (const x of f.extensions) {
      byName.set(`${x.extendee ?? ""}#${x.fullName}`, x);
      byNumber.set(`${x.extendee ?? ""}#${x.number}`, x);
    }
  }
  const out: Renumbered<FieldEl>[] = [];
  for (const f of comparison.previous.files) {
    for (const previous of f.extensions) {
      const current = byName.get(`${previous.extendee ?? ""}#${previous.fullName}`);
      if (current === undefined || current.number === previous.number) continue;
      const holder = byNumber.get(`${previous.extendee ?? ""}#${previous.number}`);
      out.push({ previous, current, holders: holder ? [holder] : [] });
    }
  }
  return out;
}

/** Values of a paired enum that kept their name but not their number. */
export function renumberedValues(pair: EnumPair): Renumbered<EnumValueEl>[] {
  const byName = new Map<string, EnumValueEl>();
  for (const v of pair.current.values) byName.set(v.name, v);
  const out: Renumbered<EnumValueEl>[] = [];
  for (const previous of pair.previous.values) {
    const current = byName.get(previous.name);
    if (current === undefined || current.number === previous.number) continue;
    out.push({ previous, current, holders: pair.current.valuesByNumber.get(previous.number) ?? [] });
  }
  return out;
}
