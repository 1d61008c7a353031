/**
 * The comments a parse attributes to declarations, kept by the gap between
 * two tokens that each was read from (see comments.ts). For an ASCII text a
 * gap is two offsets into the file's bytes, read again when its comments are
 * asked for: a large file's comments are not kept as strings beside the bytes
 * they come from. For any other text, each gap keeps what it was split into.
 */
import { attributeComments, type Attribution } from "./comments.js";
import { utf8Text } from "./text.js";

/** A declaration's comments, as a SourceCodeInfo location holds them. */
export interface DeclComment {
  readonly leading?: string;
  readonly trailing?: string;
  readonly detached?: string[];
}

/** What each gap of an ASCII text is: from, to, the next token's first character (-1 at the end), 1 at the start of the file. */
const GAP_INTS = 4;
/** What each declaration is given: its leading gap, its trailing gap (-1 for none), then where its detached gaps start in `detachedGaps`, and how many. */
const SLOT_INTS = 4;

/** `list` with four numbers written at `n`: the same array, or a larger copy when it is full. */
function put4(list: Int32Array, n: number, a: number, b: number, c: number, d: number): Int32Array {
  let out = list;
  if (n + 4 > out.length) {
    out = new Int32Array(Math.max(64, out.length * 2));
    out.set(list.subarray(0, n));
  }
  out[n] = a;
  out[n + 1] = b;
  out[n + 2] = c;
  out[n + 3] = d;
  return out;
}

export class DeclComments {
  private gaps: Int32Array = new Int32Array(0);
  private gapInts = 0;
  private readonly split: Attribution[] = [];
  private slots: Int32Array = new Int32Array(0);
  private slotInts = 0;
  private readonly detachedGaps: number[] = [];

  /** @param ascii the bytes of the text, when it is ASCII (offsets in the text are offsets in them). */
  constructor(private readonly ascii: Uint8Array | undefined) {}

  /**
   * Keeps the gap from `from` to `to`, which attributeComments (called with
   * the same arguments) split into `a`. Returns its id, or -1 when it holds
   * no comment.
   */
  gap(from: number, to: number, atStart: boolean, nextChar: number, a: Attribution): number {
    if (a.leading === undefined && a.trailing === undefined && a.detached.length === 0) return -1;
    if (this.ascii === undefined) {
      this.split.push(a);
      return this.split.length - 1;
    }
    this.gaps = put4(this.gaps, this.gapInts, from, to, nextChar, atStart ? 1 : 0);
    this.gapInts += GAP_INTS;
    return this.gapInts / GAP_INTS - 1;
  }

  /**
   * Gives a declaration the leading comment of gap `leading`, the trailing
   * comment of gap `trailing` (-1 for none) and the detached comments of the
   * `detached` gaps, in order. Returns its slot, or -1 when it has none.
   */
  add(leading: number, trailing: number, detached: readonly number[]): number {
    if (leading < 0 && trailing < 0 && detached.length === 0) return -1;
    this.slots = put4(this.slots, this.slotInts, leading, trailing, this.detachedGaps.length, detached.length);
    this.slotInts += SLOT_INTS;
    for (const g of detached) this.detachedGaps.push(g);
    return this.slotInts / SLOT_INTS - 1;
  }

  /** The leading comment of a slot. */
  leading(slot: number): string | undefined {
    const g = this.slots[slot * SLOT_INTS] ?? -1;
    return g < 0 ? undefined : this.splitOf(g).leading;
  }

  /** Every comment of a slot. */
  of(slot: number): DeclComment {
    const o = slot * SLOT_INTS;
    const leading = this.slots[o] ?? -1;
    const trailing = this.slots[o + 1] ?? -1;
    const start = this.slots[o + 2] ?? 0;
    const count = this.slots[o + 3] ?? 0;
    const out: { leading?: string; trailing?: string; detached?: string[] } = {};
    const l = leading < 0 ? undefined : this.splitOf(leading).leading;
    const t = trailing < 0 ? undefined : this.splitOf(trailing).trailing;
    if (l !== undefined) out.leading = l;
    if (t !== undefined) out.trailing = t;
    if (count > 0) {
      const detached: string[] = [];
      for (let i = start; i < start + count; i++) detached.push(...this.splitOf(this.detachedGaps[i] as number).detached);
      out.detached = detached;
    }
    return out;
  }

  /** What a gap was split into: kept, or split again from the bytes. */
  private splitOf(g: number): Attribution {
    if (this.ascii === undefined) return this.split[g] as Attribution;
    const o = g * GAP_INTS;
    const from = this.gaps[o] as number;
    const to = this.gaps[o + 1] as number;
    const text = utf8Text(this.ascii.subarray(from, to));
    return attributeComments(text, 0, text.length, this.gaps[o + 3] === 1, this.gaps[o + 2] as number);
  }
}
