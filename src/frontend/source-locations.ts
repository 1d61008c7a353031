/**
 * Source-location bookkeeping: the tape of SourceCodeInfo locations a parse
 * records (paths, spans, comments), and the order buf writes them in.
 */
import { create } from "@bufbuild/protobuf";
import { SourceCodeInfo_LocationSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { SourceCodeInfo, SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import { FILE, MESSAGE } from "../model/source-path.js";
import type { Attribution } from "./comments.js";
import { DeclComments } from "./decl-comments.js";

/** A copy of `path` with `more` appended, allocated at its exact size. */
export function ext(path: readonly number[], ...more: number[]): number[] {
  const n = path.length;
  const r = new Array<number>(n + more.length);
  for (let i = 0; i < n; i++) r[i] = path[i] as number;
  for (let i = 0; i < more.length; i++) r[n + i] = more[i] as number;
  return r;
}

/** A SourceCodeInfo location (unsorted until linking). */
export type Loc = SourceCodeInfo_Location;

/** Handle of a location record in a LocTape. */
export type LocHandle = number;

const LOC_TYPE = SourceCodeInfo_LocationSchema.typeName;
const LOC_PROTO: object | null = Object.getPrototypeOf(create(SourceCodeInfo_LocationSchema)) as object | null;
const NO_DETACHED: string[] = Object.freeze([]) as unknown as string[];

/** A location message, made without the general-purpose `create` (they are numerous). */
export function newLoc(path: number[], span: number[]): Loc {
  const l = (LOC_PROTO !== null && LOC_PROTO !== Object.prototype ? Object.create(LOC_PROTO) : {}) as Loc;
  (l as { $typeName: string }).$typeName = LOC_TYPE;
  l.path = path;
  l.span = span;
  l.leadingDetachedComments = NO_DETACHED;
  return l;
}

/**
 * Records (handles) and the linker's locations (-1 - index in `extra`) by a
 * hash of their path, in two typed arrays rather than a map entry each: the
 * ids whose hash has the top bits `b` are `ids[starts[b]]` up to
 * `ids[starts[b + 1]]`, in recording order. `length`, `extra` and
 * `overrides` are the counts it was built from.
 */
interface PathIndex {
  readonly shift: number;
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly length: number;
  readonly extra: number;
  readonly overrides: number;
}

/**
 * Source locations recorded compactly while parsing (one Int32Array per file
 * instead of three objects per location) and turned into messages only when
 * the SourceCodeInfo is first read. A record is
 * `[pathLength, ...path, startLine, startCol, endLine, endCol, commentSlot]`;
 * a handle is the offset of its record.
 *
 * A tape that does not record (`recording` false) keeps nothing: every write
 * is dropped and it reads as empty. A compilation parses that way, since
 * most files never need their SourceCodeInfo, and parses again, recording,
 * the few that do.
 */
export class LocTape {
  data: Int32Array;
  length = 0;
  /** The comments of the records, by the slot a record holds. */
  readonly comments: DeclComments;
  /** Paths and spans set after parsing (custom options), by handle. */
  readonly overrides = new Map<number, { path: number[]; span?: number[] }>();
  /** Locations added by the linker. */
  readonly extra: Loc[] = [];

  /**
   * How many numbers the records written so far take, recorded or not: a
   * tape that does not record counts them, so that the same file parsed
   * again, recording, can make its tape at its size at once.
   */
  needed = 0;

  /** Adds a record for `path` (followed by `suffix` when it is not negative). */
  add(path: readonly number[], sl: number, sc: number, el: number, ec: number, suffix = -1): number {
    const pn = path.length;
    const n = suffix >= 0 ? pn + 1 : pn;
    this.needed += n + 6;
    if (!this.recording) return 0;
    if (this.length + n + 6 > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + n + 6));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    const d = this.data;
    const h = this.length;
    let o = h;
    d[o++] = n;
    for (let i = 0; i < pn; i++) d[o++] = path[i] as number;
    if (suffix >= 0) d[o++] = suffix;
    d[o++] = sl;
    d[o++] = sc;
    d[o++] = el;
    d[o++] = ec;
    d[o++] = -1;
    this.length = o;
    return h;
  }

  /**
   * @param sizeHint length of the source text: about one number per 4 characters is recorded.
   * @param size the numbers a parse of the same text counted (`needed`), which replaces the estimate.
   * @param ascii the bytes of the text when it is ASCII: comments are then read again from them when asked for (see DeclComments).
   */
  constructor(
    sizeHint = 4096,
    readonly recording = true,
    size?: number,
    ascii?: Uint8Array,
  ) {
    this.data = new Int32Array(recording ? (size ?? Math.max(256, sizeHint >> 2)) : 0);
    this.comments = new DeclComments(recording ? ascii : undefined);
  }

  /** Sets the path (and span) a record is written with, computed after parsing. */
  override(h: number, o: { path: number[]; span?: number[] }): void {
    if (this.recording) this.overrides.set(h, o);
  }

  /** Adds a location made outside the tape (the fields of a message literal in an option value). */
  addExtra(path: number[], span: number[]): void {
    if (this.recording) this.extra.push(newLoc(path, span));
  }

  /** Drops the unused capacity once recording is done (when it is worth a copy). */
  trim(): void {
    if (this.data.length - this.length > 4096 && this.data.length > this.length + (this.length >> 2)) this.data = this.data.slice(0, this.length);
  }

  /** Offset of the span of a record. */
  private spanAt(h: number): number {
    return h + 1 + (this.data[h] as number);
  }

  setSpan(h: number, sl: number, sc: number, el: number, ec: number): void {
    if (!this.recording) return;
    const o = this.spanAt(h);
    const d = this.data;
    d[o] = sl;
    d[o + 1] = sc;
    d[o + 2] = el;
    d[o + 3] = ec;
  }

  setEnd(h: number, el: number, ec: number): void {
    if (!this.recording) return;
    const o = this.spanAt(h);
    this.data[o + 2] = el;
    this.data[o + 3] = ec;
  }

  copySpan(from: number, to: number): void {
    if (!this.recording) return;
    const a = this.spanAt(from);
    const b = this.spanAt(to);
    this.data.copyWithin(b, a, a + 4);
  }

  /** The span of a record in SourceCodeInfo form (3 or 4 numbers). */
  span(h: number): number[] {
    const o = this.spanAt(h);
    const d = this.data;
    const sl = d[o] as number;
    const el = d[o + 2] as number;
    return sl === el ? [sl, d[o + 1] as number, d[o + 3] as number] : [sl, d[o + 1] as number, el, d[o + 3] as number];
  }

  path(h: number): number[] {
    const n = this.data[h] as number;
    return Array.from(this.data.subarray(h + 1, h + 1 + n));
  }

  /** Keeps a gap between tokens that attributeComments split into `a` (see DeclComments.gap); -1 when it holds no comment or nothing is recorded. */
  gap(from: number, to: number, atStart: boolean, nextChar: number, a: Attribution): number {
    return this.recording ? this.comments.gap(from, to, atStart, nextChar, a) : -1;
  }

  /** Gives a record the leading comment of one gap, the trailing comment of another and the detached comments of a list of gaps (-1 or empty for none). */
  attach(h: number, leading: number, trailing: number, detached: readonly number[]): void {
    if (!this.recording) return;
    const slot = this.comments.add(leading, trailing, detached);
    if (slot >= 0) this.data[this.spanAt(h) + 4] = slot;
  }

  /** The path index (see PathIndex), with the counts it was built from. */
  private byPath: PathIndex | undefined;

  /**
   * The first location with `path` in the order buildSourceCodeInfo writes
   * them (the file's own first, then by span), among those whose span has 3
   * or 4 numbers: what a reader of the SourceCodeInfo finds first, read from
   * the records without building a message per location. A finding in a
   * large file needs a few of its spans, not all of them.
   */
  first(path: readonly number[]): { readonly span: readonly number[]; readonly leadingComments: string } | undefined {
    const index = this.pathIndex();
    const bucket = hashInts(path, 0, path.length) >>> index.shift;
    const end = index.starts[bucket + 1] as number;
    let best: { span: readonly number[]; leadingComments: string } | undefined;
    let bestId = 0;
    for (let i = index.starts[bucket] as number; i < end; i++) {
      const id = index.ids[i] as number;
      const { path: at, span } = this.location(id);
      if ((span.length !== 3 && span.length !== 4) || !samePath(at, path)) continue;
      if (id === 0) return { span, leadingComments: this.leadingOf(id) };
      if (best === undefined || compareSpans(span, best.span) < 0) {
        best = { span, leadingComments: "" };
        bestId = id;
      }
    }
    if (best !== undefined) best.leadingComments = this.leadingOf(bestId);
    return best;
  }

  private pathIndex(): PathIndex {
    const built = this.byPath;
    if (built !== undefined && built.length === this.length && built.extra === this.extra.length && built.overrides === this.overrides.size) return built;
    const d = this.data;
    let records = 0;
    for (let h = 0; h < this.length; h += (d[h] as number) + 6) records++;
    const n = records + this.extra.length;
    const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
    const shift = 32 - bits;
    const buckets = 1 << bits;
    // A counting sort by bucket, hashing each path twice rather than keeping every hash: count, sum the counts
    // into each bucket's start, write each id at its bucket's next place (which keeps recording order within a
    // bucket and leaves each start at the next bucket's), then move the starts back by one bucket.
    const starts = new Int32Array(buckets + 1);
    this.eachPathHash((hash) => {
      const b = (hash >>> shift) + 1;
      starts[b] = (starts[b] as number) + 1;
    });
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
    const ids = new Int32Array(n);
    this.eachPathHash((hash, id) => {
      const b = hash >>> shift;
      const at = starts[b] as number;
      ids[at] = id;
      starts[b] = at + 1;
    });
    starts.copyWithin(1, 0, buckets);
    starts[0] = 0;
    this.byPath = { shift, starts, ids, length: this.length, extra: this.extra.length, overrides: this.overrides.size };
    return this.byPath;
  }

  /** Calls `f` with the hash of the path of each record (its handle) and of each linker's location (-1 - index), in that order. */
  private eachPathHash(f: (hash: number, id: number) => void): void {
    const d = this.data;
    for (let h = 0; h < this.length; h += (d[h] as number) + 6) {
      const p = this.overrides.get(h)?.path;
      f(p !== undefined ? hashInts(p, 0, p.length) : hashInts(d, h + 1, h + 1 + (d[h] as number)), h);
    }
    this.extra.forEach((l, i) => {
      f(hashInts(l.path, 0, l.path.length), -1 - i);
    });
  }

  /** The path and span of a record (handle) or a linker's location (-1 - index), as materialize would make them. */
  private location(id: number): { path: readonly number[]; span: readonly number[] } {
    if (id < 0) {
      const l = this.extra[-1 - id] as Loc;
      return { path: l.path, span: l.span };
    }
    const o = this.overrides.get(id);
    return { path: o?.path ?? this.path(id), span: o?.span ?? this.span(id) };
  }

  /** The leading comment of a record or a linker's location, as materialize would make it. */
  private leadingOf(id: number): string {
    if (id < 0) return (this.extra[-1 - id] as Loc).leadingComments;
    const slot = this.data[id + 1 + (this.data[id] as number) + 4] as number;
    return (slot >= 0 ? this.comments.leading(slot) : undefined) ?? "";
  }

  /** Handles of the records added since `from` (a previous `length`). */
  handlesSince(from: number): number[] {
    const out: number[] = [];
    for (let h = from; h < this.length; h += (this.data[h] as number) + 6) out.push(h);
    return out;
  }

  /** The first record with this path, if any. */
  find(path: readonly number[]): number | undefined {
    const d = this.data;
    for (let h = 0; h < this.length; h += (d[h] as number) + 6) {
      const o = this.overrides.get(h);
      const p = o?.path;
      if (p !== undefined) {
        if (p.length === path.length && p.every((v, i) => v === path[i])) return h;
        continue;
      }
      if (d[h] !== path.length) continue;
      let same = true;
      for (let i = 0; i < path.length && same; i++) same = d[h + 1 + i] === path[i];
      if (same) return h;
    }
    return undefined;
  }

  /** All locations as messages, in recording order, then the linker's. */
  materialize(): Loc[] {
    const out: Loc[] = [];
    const d = this.data;
    for (let h = 0; h < this.length; h += (d[h] as number) + 6) {
      const o = this.overrides.get(h);
      const loc = newLoc(o?.path ?? this.path(h), o?.span ?? this.span(h));
      const slot = d[h + 1 + (d[h] as number) + 4] as number;
      if (slot >= 0) {
        const c = this.comments.of(slot);
        if (c.leading !== undefined) loc.leadingComments = c.leading;
        if (c.trailing !== undefined) loc.trailingComments = c.trailing;
        if (c.detached !== undefined) loc.leadingDetachedComments = c.detached;
      }
      out.push(loc);
    }
    for (const l of this.extra) out.push(l);
    return out;
  }
}

function compareSpans(as: readonly number[], bs: readonly number[]): number {
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const d = (as[i] as number) - (bs[i] as number);
    if (d !== 0) return d;
  }
  return as.length - bs.length;
}

function compareLocs(a: Loc, b: Loc): number {
  return compareSpans(a.span, b.span) || comparePaths(a.path, b.path);
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A 32-bit FNV-1a hash of `d[from..to)`. */
function hashInts(d: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ (d[i] as number), 0x01000193);
  return h | 0;
}

/** Rank of a field of FileDescriptorProto / DescriptorProto in buf's generation order (types, then extensions). */
const FILE_ORDER: Record<number, number> = { [FILE.messageType]: 0, [FILE.enumType]: 0, [FILE.service]: 1, [FILE.extension]: 2 };
const MESSAGE_ORDER: Record<number, number> = { [MESSAGE.field]: 0, [MESSAGE.extension]: 1, [MESSAGE.nestedType]: 2, [MESSAGE.enumType]: 2 };

/**
 * Elements with the same span are ordered as buf generates them: a parent
 * before its parts, fields before extensions before nested types.
 */
function comparePaths(ap: readonly number[], bp: readonly number[]): number {
  const m = Math.min(ap.length, bp.length);
  // 0: file level, 1: message level, 2: anything else (plain numeric order).
  let ctx = 0;
  for (let i = 0; i < m; i++) {
    const x = ap[i] as number;
    const y = bp[i] as number;
    if (x !== y) {
      if (i % 2 === 0 && (ctx === 0 || ctx === 1)) {
        const order = ctx === 0 ? FILE_ORDER : MESSAGE_ORDER;
        const rx = order[x];
        const ry = order[y];
        if (rx !== undefined && ry !== undefined && rx !== ry) return rx - ry;
      }
      return x - y;
    }
    // Track whether the prefix up to i+1 (after an index) denotes a message.
    if (i % 2 === 0) {
      if (ctx === 0) ctx = x === FILE.messageType ? 1 : 2;
      else if (ctx === 1) ctx = x === MESSAGE.nestedType ? 1 : 2;
    }
  }
  return ap.length - bp.length;
}

/** Orders locations as buf writes them (the file first, then by span, then by path) and builds the message. */
export function buildSourceCodeInfo(locs: readonly Loc[]): SourceCodeInfo {
  const root = locs[0];
  const rest = locs.slice(1).sort(compareLocs);
  if (root !== undefined) rest.unshift(root);
  const sci = create(SourceCodeInfoSchema);
  sci.location = rest;
  return sci;
}
