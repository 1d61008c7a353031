/**
 * Pairing by structure: each element is described by a multiset of features
 * (field shapes, value numbers, method signatures, declarations, uses), and a
 * previous element is matched to a current one when their weighted Jaccard
 * similarity reaches MATCH_THRESHOLD and the match is unambiguous.
 *
 * Only pairs that can reach the threshold are scored. A multiset is read as
 * a set of tokens (each feature once per occurrence), ordered rarest first;
 * two sets with a Jaccard similarity of at least t share a token among the
 * first |A| - ceil(t * |A|) + 1 tokens of each (prefix filtering), so each
 * element is compared only with the elements that share one of its prefix
 * tokens, found through an inverted index. The work is linear in the number
 * of tokens, with at most MAX_CANDIDATES comparisons per element.
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
 * The most elements of the other side one element is compared with. An
 * element with more candidates (elements that share a rare feature with it)
 * is not matched, and neither is any of those candidates: with that many
 * look-alikes a match would be a guess.
 */
export const MAX_CANDIDATES = 256;

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

/** How many tokens lead an element of `n` tokens: a pair at the threshold shares one of them. */
function prefixLength(n: number): number {
  // The smallest overlap a pair at the threshold can have, rounded with care
  // for 0.6 * n landing just above an integer.
  const overlap = Math.ceil(MATCH_THRESHOLD * n - 1e-9);
  return n - overlap + 1;
}

/**
 * The prefix tokens of each element (`feature\0occurrence`), rarest first by
 * the number of elements on both sides holding the token; elements with too
 * few features get none.
 */
function prefixes(sides: readonly (readonly Features[])[]): string[][][] {
  const frequency = new Map<string, number>();
  const expanded = sides.map((side) =>
    side.map((f) => {
      if (size(f) < MIN_FEATURES) return [];
      const tokens: string[] = [];
      for (const [feature, count] of f) for (let k = 1; k <= count; k++) tokens.push(`${feature}\0${k}`);
      for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
      return tokens;
    }),
  );
  const order = (a: string, b: string): number => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  return expanded.map((side) => side.map((tokens) => tokens.sort(order).slice(0, prefixLength(tokens.length))));
}

function index(prefix: readonly (readonly string[])[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  prefix.forEach((tokens, i) => {
    for (const t of tokens) {
      const list = out.get(t);
      if (list) list.push(i);
      else out.set(t, [i]);
    }
  });
  return out;
}

/**
 * The elements of the other side that share a prefix token with each
 * element, or null for an element with more than MAX_CANDIDATES (counted
 * with repeats, an upper bound).
 */
function candidates(prefix: readonly (readonly string[])[], other: ReadonlyMap<string, readonly number[]>): (number[] | null)[] {
  return prefix.map((tokens) => {
    let total = 0;
    for (const t of tokens) total += other.get(t)?.length ?? 0;
    if (total > MAX_CANDIDATES) return null;
    const seen = new Set<number>();
    for (const t of tokens) for (const j of other.get(t) ?? []) seen.add(j);
    return [...seen].sort((a, b) => a - b);
  });
}

/** The index of the single highest score at or above the threshold, or -1 (none, or a tie). */
function best(scores: readonly { readonly at: number; readonly score: number }[]): number {
  let top = -1;
  let at = -1;
  let tie = false;
  for (const s of scores) {
    if (s.score > top) {
      top = s.score;
      at = s.at;
      tie = false;
    } else if (s.score === top) tie = true;
  }
  return tie || top < MATCH_THRESHOLD ? -1 : at;
}

/**
 * Matches previous elements to current ones: a pair is accepted when its
 * score reaches the threshold, each is the other's single best candidate
 * (a tie anywhere means no match), both carry enough features, and neither
 * has more than MAX_CANDIDATES look-alikes on the other side.
 */
export function matchUnique<T>(
  previous: readonly T[],
  current: readonly T[],
  describePrevious: (el: T) => Features,
  describeCurrent: (el: T) => Features,
): Matched<T>[] {
  if (previous.length === 0 || current.length === 0) return [];
  const prev = previous.map(describePrevious);
  const cur = current.map(describeCurrent);
  const [prevPrefix = [], curPrefix = []] = prefixes([prev, cur]);
  const prevIndex = index(prevPrefix);
  const curIndex = index(curPrefix);
  const prevCandidates = candidates(prevPrefix, curIndex);
  const curCandidates = candidates(curPrefix, prevIndex);

  // An element with too many candidates blocks them all: their best match is unknown.
  const blockedPrev = new Set<number>();
  const blockedCur = new Set<number>();
  const block = (tokens: readonly string[], other: ReadonlyMap<string, readonly number[]>, into: Set<number>): void => {
    for (const t of tokens) for (const j of other.get(t) ?? []) into.add(j);
  };
  prevCandidates.forEach((list, i) => {
    if (list !== null) return;
    blockedPrev.add(i);
    block(prevPrefix[i] ?? [], curIndex, blockedCur);
  });
  curCandidates.forEach((list, j) => {
    if (list !== null) return;
    blockedCur.add(j);
    block(curPrefix[j] ?? [], prevIndex, blockedPrev);
  });

  // Every pair at or above the threshold, by row and by column.
  const rows = new Map<number, { at: number; score: number }[]>();
  const columns = new Map<number, { at: number; score: number }[]>();
  prevCandidates.forEach((list, i) => {
    for (const j of list ?? []) {
      const score = similarity(prev[i] as Features, cur[j] as Features);
      if (score < MATCH_THRESHOLD) continue;
      const row = rows.get(i);
      if (row) row.push({ at: j, score });
      else rows.set(i, [{ at: j, score }]);
      const column = columns.get(j);
      if (column) column.push({ at: i, score });
      else columns.set(j, [{ at: i, score }]);
    }
  });

  const out: Matched<T>[] = [];
  for (const [i, row] of [...rows].sort(([a], [b]) => a - b)) {
    if (blockedPrev.has(i)) continue;
    const j = best(row);
    if (j < 0 || blockedCur.has(j) || best(columns.get(j) ?? []) !== i) continue;
    const score = row.find((s) => s.at === j)?.score ?? 0;
    out.push({ previous: previous[i] as T, current: current[j] as T, score });
  }
  return out;
}
