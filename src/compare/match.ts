/**
 * Pairing by structure: each element is described by a multiset of features
 * (field shapes, value numbers, method signatures, declarations, uses), and a
 * previous element is matched to a current one when their weighted Jaccard
 * similarity reaches MATCH_THRESHOLD and the match is unambiguous.
 */

/** A multiset of features: feature → count. */
export type Features = ReadonlyMap<string, number>;

/**
 * The least similarity (sum of the smaller counts over sum of the larger
 * counts) for two elements to count as the same element under another name.
 */
export const MATCH_THRESHOLD = 0.6;

/** Elements described by fewer features carry too little evidence to be matched. */
export const MIN_FEATURES = 2;

/**
 * The most candidate pairs scored for one kind of element; above it, nothing
 * of that kind is matched (a whole package replaced is not a rename).
 */
export const MAX_CANDIDATE_PAIRS = 250_000;

export function features(items: Iterable<string>): Features {
  const out = new Map<string, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

function size(f: Features): number {
  let n = 0;
  for (const c of f.values()) n += c;
  return n;
}

/** Weighted Jaccard similarity of two multisets, in [0, 1]. */
export function similarity(a: Features, b: Features): number {
  let common = 0;
  for (const [k, c] of a) common += Math.min(c, b.get(k) ?? 0);
  const union = size(a) + size(b) - common;
  return union === 0 ? 0 : common / union;
}

export interface Matched<T> {
  readonly previous: T;
  readonly current: T;
  readonly score: number;
}

/**
 * Matches previous elements to current ones: a pair is accepted when its
 * score reaches the threshold, each is the other's single best candidate
 * (a tie anywhere means no match), and both carry enough features.
 */
export function matchUnique<T>(
  previous: readonly T[],
  current: readonly T[],
  describePrevious: (el: T) => Features,
  describeCurrent: (el: T) => Features,
): Matched<T>[] {
  if (previous.length === 0 || current.length === 0) return [];
  if (previous.length * current.length > MAX_CANDIDATE_PAIRS) return [];
  const prev = previous.map(describePrevious);
  const cur = current.map(describeCurrent);
  const scores = prev.map((p) => cur.map((c) => (size(p) < MIN_FEATURES || size(c) < MIN_FEATURES ? 0 : similarity(p, c))));
  const bestOf = (values: readonly number[]): number => {
    let best = -1;
    let at = -1;
    let tie = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] ?? 0;
      if (v > best) {
        best = v;
        at = i;
        tie = false;
      } else if (v === best) tie = true;
    }
    return tie || best < MATCH_THRESHOLD ? -1 : at;
  };
  const out: Matched<T>[] = [];
  scores.forEach((row, i) => {
    const j = bestOf(row);
    if (j < 0) return;
    const column = scores.map((r) => r[j] ?? 0);
    if (bestOf(column) !== i) return;
    out.push({ previous: previous[i] as T, current: current[j] as T, score: row[j] ?? 0 });
  });
  return out;
}
