/**
 * Pairing by structure: each element is described by a multiset of features
 * (field shapes, value numbers, method signatures, declarations, uses), and a
 * previous element is matched to a current one when their weighted Jaccard
 * similarity reaches MATCH_THRESHOLD and the match is unambiguous.
 *
 * Only pairs that can matter are scored. A multiset is read as a set of
 * tokens (each feature once per occurrence), ordered rarest first; two sets
 * with a Jaccard similarity of at least t share a token among the first
 * |A| - ceil(t * |A|) + 1 tokens of each (prefix filtering), so each element
 * is compared only with the elements that share one of its first tokens,
 * found through an inverted index. The work is linear in the number of
 * tokens, with at most MAX_CANDIDATES comparisons per element.
 */

/** A multiset of features: feature → count. */
export type Features = ReadonlyMap<string, number>;

/**
 * The least similarity (sum of the smaller counts over sum of the larger
 * counts) for two elements to count as the same element under another name.
 */
export const MATCH_THRESHOLD = 0.6;

/**
 * How far the best candidate must be ahead of every other: a pair is
 * accepted only when every other candidate of either element scores at least
 * this much less (several near look-alikes, such as the same message in
 * three API versions, mean no match).
 */
export const MATCH_MARGIN = 0.1;

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

/** The least score a runner-up can have and still matter: the threshold less the margin. */
const LEAST = MATCH_THRESHOLD - MATCH_MARGIN;

/** How many tokens lead an element of `n` tokens: a pair scoring `least` or more shares one of them. */
function prefixLength(n: number, least: number): number {
  // The smallest overlap such a pair can have, rounded with care for
  // least * n landing just above an integer.
  return n - Math.ceil(least * n - 1e-9) + 1;
}

/** One side's elements: their features, their tokens rarest first, and an index of each one's LEAST prefix. */
interface Side {
  readonly features: readonly Features[];
  readonly tokens: readonly (readonly string[])[];
  readonly index: ReadonlyMap<string, readonly number[]>;
}

/**
 * Both sides as tokens (`feature\0occurrence`), ordered rarest first by the
 * number of elements on both sides holding the token; elements with too few
 * features get none.
 */
function sides(previous: readonly Features[], current: readonly Features[]): [Side, Side] {
  const frequency = new Map<string, number>();
  const expand = (side: readonly Features[]): string[][] =>
    side.map((f) => {
      if (size(f) < MIN_FEATURES) return [];
      const tokens: string[] = [];
      for (const [feature, count] of f) for (let k = 1; k <= count; k++) tokens.push(`${feature}\0${k}`);
      for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
      return tokens;
    });
  const prev = expand(previous);
  const cur = expand(current);
  const order = (a: string, b: string): number => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const side = (features: readonly Features[], tokens: string[][]): Side => {
    const index = new Map<string, number[]>();
    tokens.forEach((list, i) => {
      list.sort(order);
      for (const t of list.slice(0, prefixLength(list.length, LEAST))) {
        const at = index.get(t);
        if (at) at.push(i);
        else index.set(t, [i]);
      }
    });
    return { features, tokens, index };
  };
  return [side(previous, prev), side(current, cur)];
}

interface Scored {
  readonly at: number;
  readonly score: number;
}

/**
 * The elements of `other` that share one of the first tokens of `tokens`
 * (enough for every pair scoring `least` or more), or null when there are
 * more than MAX_CANDIDATES (counted with repeats, an upper bound).
 */
function candidates(tokens: readonly string[], least: number, other: Side): number[] | null {
  const prefix = tokens.slice(0, prefixLength(tokens.length, least));
  let total = 0;
  for (const t of prefix) total += other.index.get(t)?.length ?? 0;
  if (total > MAX_CANDIDATES) return null;
  const seen = new Set<number>();
  for (const t of prefix) for (const j of other.index.get(t) ?? []) seen.add(j);
  return [...seen];
}

/**
 * The candidates of element `i` of `own` that matter to the accept rule:
 * every element of `other` scoring at least the threshold, and, when the best
 * is within the margin of the threshold, every one within the margin of the
 * best. Null when there are too many to compare.
 */
function scoresOf(i: number, own: Side, other: Side): Scored[] | null {
  const tokens = own.tokens[i] ?? [];
  const mine = own.features[i] as Features;
  const score = (list: readonly number[]): Scored[] =>
    list.map((j) => ({ at: j, score: similarity(mine, other.features[j] as Features) })).filter((s) => s.score >= LEAST);
  const first = candidates(tokens, MATCH_THRESHOLD, other);
  if (first === null) return null;
  const scored = score(first);
  const top = Math.max(-1, ...scored.map((s) => s.score));
  if (top < MATCH_THRESHOLD || top - MATCH_MARGIN >= MATCH_THRESHOLD) return scored;
  const wider = candidates(tokens, top - MATCH_MARGIN, other);
  if (wider === null) return null;
  const known = new Set(first);
  return [...scored, ...score(wider.filter((j) => !known.has(j)))];
}

/**
 * The index of the highest score when it reaches the threshold and every
 * other score is at least the margin below it, else -1.
 */
function best(scores: readonly Scored[] | null): number {
  let top = -1;
  let at = -1;
  let second = -1;
  for (const s of scores ?? []) {
    if (s.score > top) {
      second = top;
      top = s.score;
      at = s.at;
    } else if (s.score > second) second = s.score;
  }
  return top < MATCH_THRESHOLD || top - second < MATCH_MARGIN - 1e-9 ? -1 : at;
}

/**
 * Matches previous elements to current ones: a pair is accepted when its
 * score reaches the threshold, each is the other's best candidate by at
 * least the margin (a tie, or a close second, anywhere means no match), both
 * carry enough features, and neither has more than MAX_CANDIDATES
 * look-alikes on the other side.
 */
export function matchUnique<T>(
  previous: readonly T[],
  current: readonly T[],
  describePrevious: (el: T) => Features,
  describeCurrent: (el: T) => Features,
): Matched<T>[] {
  if (previous.length === 0 || current.length === 0) return [];
  const [prev, cur] = sides(previous.map(describePrevious), current.map(describeCurrent));
  const out: Matched<T>[] = [];
  for (let i = 0; i < previous.length; i++) {
    const row = scoresOf(i, prev, cur);
    const j = best(row);
    if (j < 0 || best(scoresOf(j, cur, prev)) !== i) continue;
    const score = row?.find((s) => s.at === j)?.score ?? 0;
    out.push({ previous: previous[i] as T, current: current[j] as T, score });
  }
  return out;
}
