/**
 * Recursive-descent parser: `.proto` text to an unlinked FileDescriptorProto
 * plus its source locations.
 *
 * Type names stay as written (the linker resolves them through `refs`);
 * custom options stay uninterpreted (the linker only computes their source
 * paths through `optionRefs`). Everything else protoc's parser fills is filled
 * here, in protoc's canonical form.
 */
import { create } from "@bufbuild/protobuf";
import type { DescField, DescMessage } from "@bufbuild/protobuf";
import {
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  DescriptorProtoSchema,
  Edition,
  EnumDescriptorProto_EnumReservedRangeSchema,
  EnumDescriptorProtoSchema,
  EnumOptionsSchema,
  EnumValueDescriptorProtoSchema,
  EnumValueOptionsSchema,
  ExtensionRangeOptionsSchema,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodDescriptorProtoSchema,
  MethodOptionsSchema,
  OneofDescriptorProtoSchema,
  OneofOptionsSchema,
  ServiceDescriptorProtoSchema,
  ServiceOptionsSchema,
  SourceCodeInfo_LocationSchema,
  SymbolVisibility,
  UninterpretedOption_NamePartSchema,
  UninterpretedOptionSchema,
} from "@bufbuild/protobuf/wkt";
import type {
  DescriptorProto,
  EnumDescriptorProto,
  FieldDescriptorProto,
  FileDescriptorProto,
  MethodDescriptorProto,
  SourceCodeInfo_Location,
  UninterpretedOption,
} from "@bufbuild/protobuf/wkt";
import { attributeComments } from "./comments.js";
import { CompileError } from "./errors.js";
import { EOF, FLOAT, IDENT, INT, LexError, Lexer, STRING, SYMBOL } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { LiteralError, cEscape, decodeLiteralBytes, decodeLiteralText, formatDouble, intLiteralValue, jsonName, mapEntryName, shownLiteral, utf8Text } from "./text.js";

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
type LocHandle = number;

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
 * Source locations recorded compactly while parsing (one Int32Array per file
 * instead of three objects per location) and turned into messages only when
 * the SourceCodeInfo is first read. A record is
 * `[pathLength, ...path, startLine, startCol, endLine, endCol, commentSlot]`;
 * a handle is the offset of its record.
 */
export class LocTape {
  data: Int32Array;
  length = 0;
  readonly comments: { leading?: string; trailing?: string; detached?: string[] }[] = [];
  /** Paths and spans set after parsing (custom options), by handle. */
  readonly overrides = new Map<number, { path: number[]; span?: number[] }>();
  /** Locations added by the linker. */
  readonly extra: Loc[] = [];

  /** Adds a record for `path` (followed by `suffix` when it is not negative). */
  add(path: readonly number[], sl: number, sc: number, el: number, ec: number, suffix = -1): number {
    const pn = path.length;
    const n = suffix >= 0 ? pn + 1 : pn;
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

  /** @param sizeHint length of the source text: about one number per 4 characters is recorded. */
  constructor(sizeHint = 4096) {
    this.data = new Int32Array(Math.max(256, sizeHint >> 2));
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
    const o = this.spanAt(h);
    const d = this.data;
    d[o] = sl;
    d[o + 1] = sc;
    d[o + 2] = el;
    d[o + 3] = ec;
  }

  setEnd(h: number, el: number, ec: number): void {
    const o = this.spanAt(h);
    this.data[o + 2] = el;
    this.data[o + 3] = ec;
  }

  copySpan(from: number, to: number): void {
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

  attach(h: number, leading: string | undefined, trailing: string | undefined, detached: string[]): void {
    if (leading === undefined && trailing === undefined && detached.length === 0) return;
    const c: { leading?: string; trailing?: string; detached?: string[] } = {};
    if (leading !== undefined) c.leading = leading;
    if (trailing !== undefined) c.trailing = trailing;
    if (detached.length > 0) c.detached = detached;
    this.data[this.spanAt(h) + 4] = this.comments.length;
    this.comments.push(c);
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
        const c = this.comments[slot] as { leading?: string; trailing?: string; detached?: string[] };
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

/** A type name as written, to be resolved by the linker. */
export interface TypeRef {
  /** What the name sets: a field's type_name, a field's extendee, a method's input or output. */
  readonly kind: "type" | "extendee" | "input" | "output";
  readonly target: FieldDescriptorProto | MethodDescriptorProto;
  readonly name: string;
  /** Enclosing message names (without package) where the name appears. */
  readonly scope: readonly string[];
  /** 1-based position of the name, for errors. */
  readonly line: number;
  readonly column: number;
}

/** A custom option whose source path the linker computes from the extension's number. */
export interface OptionRef {
  /** Handle of the option's location in the file's LocTape. */
  readonly loc: number;
  /** Path of the options message, e.g. [4, 0, 7]. */
  readonly basePath: readonly number[];
  /** Full name of the options message, e.g. "google.protobuf.MessageOptions". */
  readonly optionsType: string;
  readonly parts: readonly { readonly name: string; readonly isExtension: boolean }[];
  readonly scope: readonly string[];
  /** Span from the option name to the end of the value (used for message values). */
  readonly innerSpan: number[];
  /** Fields of a `{ ... }` value, with positions. */
  readonly aggregate?: readonly AggField[];
}

/** A field inside a message literal (`{ name: value ... }`) of an option value. */
export interface AggField {
  readonly name: string;
  readonly isExtension: boolean;
  readonly span: number[];
  readonly value: AggValue;
}

export type AggValue = { readonly kind: "message"; readonly fields: readonly AggField[] } | { readonly kind: "list" } | { readonly kind: "scalar" };

export interface ImportDecl {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly kind: "normal" | "public" | "weak" | "option";
}

export interface ParsedFile {
  readonly proto: FileDescriptorProto;
  readonly locs: LocTape;
  readonly refs: TypeRef[];
  readonly optionRefs: OptionRef[];
  readonly imports: ImportDecl[];
  /** "proto2" also for files without a syntax statement. */
  readonly syntax: "proto2" | "proto3" | "editions";
}

type Syntax = "proto2" | "proto3" | "editions";

/** How to set options of one kind of element. */
interface OptionsOwner {
  readonly schema: DescMessage;
  /** Returns the element's options message, creating it on first use. */
  readonly get: () => Record<string, unknown> & { uninterpretedOption: UninterpretedOption[] };
}

/** Where fields of a message body, oneof or extend block go. */
interface FieldSink {
  readonly fields: FieldDescriptorProto[];
  readonly fieldPath: readonly number[];
  /** Messages created for groups and map entries. */
  readonly nested: DescriptorProto[];
  readonly nestedPath: readonly number[];
  /** Enclosing message names for type resolution. */
  readonly scope: readonly string[];
  readonly oneofIndex?: number;
  readonly extendee?: { readonly name: string; readonly start: Pos; readonly end: Pos };
}

interface OptionValue {
  readonly kind: "ident" | "int" | "float" | "string" | "aggregate";
  readonly negative: boolean;
  readonly text: string;
  readonly bytes?: Uint8Array;
  readonly fields?: readonly AggField[];
  readonly start: Pos;
  readonly endLine: number;
  readonly endCol: number;
}

const SCALAR_TYPES: Record<string, FieldDescriptorProto_Type> = {
  double: FieldDescriptorProto_Type.DOUBLE,
  float: FieldDescriptorProto_Type.FLOAT,
  int64: FieldDescriptorProto_Type.INT64,
  uint64: FieldDescriptorProto_Type.UINT64,
  int32: FieldDescriptorProto_Type.INT32,
  fixed64: FieldDescriptorProto_Type.FIXED64,
  fixed32: FieldDescriptorProto_Type.FIXED32,
  bool: FieldDescriptorProto_Type.BOOL,
  string: FieldDescriptorProto_Type.STRING,
  bytes: FieldDescriptorProto_Type.BYTES,
  uint32: FieldDescriptorProto_Type.UINT32,
  sfixed32: FieldDescriptorProto_Type.SFIXED32,
  sfixed64: FieldDescriptorProto_Type.SFIXED64,
  sint32: FieldDescriptorProto_Type.SINT32,
  sint64: FieldDescriptorProto_Type.SINT64,
};

/** Highest field number (inclusive); `max` in a message range. */
export const MAX_FIELD_NUMBER = 536870911;
/** Deepest nesting of declarations (messages, groups) and of message values in options. */
const MAX_NESTING = 100;
const MAX_ENUM_NUMBER = 2147483647;

const fieldMaps = new WeakMap<DescMessage, Map<string, DescField>>();

function fieldByName(schema: DescMessage, name: string): DescField | undefined {
  let m = fieldMaps.get(schema);
  if (m === undefined) {
    m = new Map(schema.fields.map((f) => [f.name, f]));
    fieldMaps.set(schema, m);
  }
  return m.get(name);
}

const C_SEMI = 59;
const C_LBRACE = 123;
const C_RBRACE = 125;
const C_LBRACKET = 91;
const C_RBRACKET = 93;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_EQ = 61;
const C_DOT = 46;
const C_COMMA = 44;
const C_MINUS = 45;
const C_LT = 60;
const C_GT = 62;
const C_COLON = 58;

/** Parses one file. Throws CompileError. */
export function parseFile(path: string, text: string): ParsedFile {
  const p = new Parser(path, text);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof LexError || e instanceof LiteralError) {
      const lc = p.lx.lineCol(e.offset);
      throw new CompileError(path, lc.line, lc.column, e.message);
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompileError(path, p.lx.tokLine + 1, p.lx.tokCol + 1, "declarations are nested too deeply");
    }
    throw e;
  }
}

class Parser {
  readonly lx: Lexer;
  private readonly path: string;
  private readonly src: string;
  private readonly locs: LocTape;
  private readonly refs: TypeRef[] = [];
  private readonly optionRefs: OptionRef[] = [];
  private readonly imports: ImportDecl[] = [];
  private syntax: Syntax = "proto2";
  private edition = 0;
  private pendingLeading: string | undefined = undefined;
  private pendingDetached: string[] = [];
  private readonly file: FileDescriptorProto;
  private depth = 0;
  private aggDepth = 0;

  constructor(path: string, text: string) {
    this.path = path;
    this.src = text;
    this.lx = new Lexer(text);
    this.locs = new LocTape(text.length);
    this.file = create(FileDescriptorProtoSchema, { name: path });
  }

  // ---- errors and token helpers ----

  private fail(detail: string, line = this.lx.tokLine, col = this.lx.tokCol): never {
    throw new CompileError(this.path, line + 1, col + 1, detail);
  }

  private atEof(): boolean {
    return this.lx.kind === EOF;
  }

  private describe(): string {
    const lx = this.lx;
    if (lx.kind === EOF) return "end of file";
    const t = lx.text();
    return JSON.stringify(t.length > 40 ? t.slice(0, 40) + "…" : t);
  }

  private expected(what: string, context: string): never {
    this.fail(`syntax error: expected ${what}${context ? " " + context : ""}, found ${this.describe()}`);
  }

  private expectSym(code: number, context: string): void {
    if (!this.lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    this.lx.next();
  }

  private expectIdent(context: string): string {
    if (this.lx.kind !== IDENT) this.expected("an identifier", context);
    const t = this.lx.text();
    this.lx.next();
    return t;
  }

  private expectWord(word: string, context: string): void {
    if (!this.lx.is(word)) this.expected(`"${word}"`, context);
    this.lx.next();
  }

  /** A location for `path` (plus `sub` when given: a child's field number). */
  private addLoc(path: readonly number[], start: Pos, endLine: number, endCol: number, sub = -1): LocHandle {
    return this.locs.add(path, start.line, start.col, endLine, endCol, sub);
  }

  /** A location spanning exactly one saved token. */
  private tokenLoc(path: readonly number[], tok: Pos, sub = -1): LocHandle {
    return this.locs.add(path, tok.line, tok.col, tok.endLine, tok.endCol, sub);
  }

  /** A location from `start` to the end of the previous token. */
  private locToPrev(path: readonly number[], start: Pos, sub = -1): LocHandle {
    return this.locs.add(path, start.line, start.col, this.lx.prevLine, this.lx.prevEndCol, sub);
  }

  /** Ends a location at the previous token. */
  private endAtPrev(h: LocHandle): void {
    this.locs.setEnd(h, this.lx.prevLine, this.lx.prevEndCol);
  }

  /** Ends a location at the current token (the `;` about to be consumed). */
  private endAtTok(h: LocHandle): void {
    this.locs.setEnd(h, this.lx.tokLine, this.lx.tokEndCol);
  }

  /**
   * Consumes the token ending a declaration (`;`, `{` or `}`) and attributes
   * comments the way protoc does: the declaration gets the comments that led
   * up to it and the trailing comment after this token.
   */
  private endDecl(code: number, loc: LocHandle | null, context: string): void {
    const lx = this.lx;
    if (!lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    const from = lx.end;
    lx.next();
    const a = attributeComments(this.src, from, lx.start, false, lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start));
    const leading = this.pendingLeading;
    this.pendingLeading = a.leading;
    if (loc !== null) {
      const detached = this.pendingDetached;
      this.pendingDetached = a.detached;
      this.locs.attach(loc, leading, a.trailing, detached);
    } else if (code === C_RBRACE) {
      this.pendingDetached = a.detached;
    } else if (a.detached.length > 0) {
      this.pendingDetached = this.pendingDetached.concat(a.detached);
    }
  }

  private tryEndDecl(code: number, loc: LocHandle | null): boolean {
    if (!this.lx.isSym(code)) return false;
    this.endDecl(code, loc, "");
    return true;
  }

  // ---- numbers and strings ----

  private intText(): string {
    if (this.lx.kind !== INT) this.expected("an integer", "");
    return this.lx.text();
  }

  /** Parses the current INT token as a BigInt (decimal, hex or octal). */
  private bigIntValue(): bigint {
    const t = this.intText();
    const v = intLiteralValue(t);
    if (v === undefined) this.fail(`invalid integer literal ${JSON.stringify(shownLiteral(t))}`);
    return v;
  }

  /** Reads a (possibly negative) integer in [min, max]; returns its value and start position. */
  private readInt(min: number, max: number, what: string): { value: number; start: Pos } {
    const start = this.lx.here();
    let neg = false;
    if (this.lx.isSym(C_MINUS)) {
      neg = true;
      this.lx.next();
    }
    if (this.lx.kind !== INT) this.expected("an integer", what);
    const t = this.lx.text();
    let v: number;
    if (t.length < 10 && (t.length === 1 || t.charCodeAt(0) !== 48)) v = Number(t);
    else v = Number(this.bigIntValue());
    if (neg) v = -v;
    if (v < min || v > max) this.fail(`${what} ${neg ? "-" : ""}${shownLiteral(t)} is out of range (${min} to ${max})`, start.line, start.col);
    this.lx.next();
    return { value: v, start };
  }

  /** Reads one or more adjacent string literals. */
  private readStringBytes(): Uint8Array {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    let bytes = decodeLiteralBytes(this.src, lx.start, lx.end);
    lx.next();
    while (lx.kind === STRING) {
      const more = decodeLiteralBytes(this.src, lx.start, lx.end);
      const joined = new Uint8Array(bytes.length + more.length);
      joined.set(bytes);
      joined.set(more, bytes.length);
      bytes = joined;
      lx.next();
    }
    return bytes;
  }

  private readString(): string {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    const first = decodeLiteralText(this.src, lx.start, lx.end);
    lx.next();
    if (lx.kind !== STRING) return first;
    let s = first;
    while (lx.kind === STRING) {
      s += decodeLiteralText(this.src, lx.start, lx.end);
      lx.next();
    }
    return s;
  }

  // ---- file ----

  parse(): ParsedFile {
    const lx = this.lx;
    const file = this.file;
    lx.next();
    const first = attributeComments(this.src, 0, lx.start, true, lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start));
    this.pendingLeading = first.leading;
    this.pendingDetached = first.detached;
    const rootStart = lx.here();
    const root = this.locs.add([], 0, 0, 0, 0);

    if (lx.is("syntax") || lx.is("edition")) this.parseSyntax();

    let enumIdx = 0;
    let svcIdx = 0;
    let optIdx = 0;
    const owner: OptionsOwner = {
      schema: FileOptionsSchema,
      get: () => (file.options ??= create(FileOptionsSchema)) as never,
    };
    let sawPackage = false;
    while (lx.kind !== EOF) {
      if (lx.kind === IDENT) {
        const start = lx.here();
        if (lx.is("message")) {
          this.parseMessage(file.messageType, [4, file.messageType.length], [], start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(file.enumType, [5, enumIdx++], [], start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("service")) {
          this.parseService([6, svcIdx++], start);
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(file.extension, [7], file.messageType, [4], []);
          continue;
        }
        if (lx.is("import")) {
          this.parseImport(start);
          continue;
        }
        if (lx.is("package")) {
          if (sawPackage) this.fail("multiple package statements");
          sawPackage = true;
          this.parsePackage(start);
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, [8], optIdx, [], "google.protobuf.FileOptions");
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          // buf's span starts at the keyword after the modifier.
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(file.messageType, [4, file.messageType.length], [], kw, vis);
          else if (lx.is("enum")) this.parseEnum(file.enumType, [5, enumIdx++], [], kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          continue;
        }
        if (lx.is("syntax") || lx.is("edition")) this.fail(`the ${lx.text()} statement must be the first statement in the file`);
      } else if (this.tryEndDecl(C_SEMI, null)) {
        continue;
      }
      this.expected("a top-level declaration (message, enum, service, extend, import, package, option)", "");
    }
    if (lx.prevEnd > 0) this.locs.setSpan(root, rootStart.line, rootStart.col, lx.prevLine, lx.prevEndCol);
    this.locs.trim();
    if (this.syntax === "proto3") file.syntax = "proto3";
    else if (this.syntax === "editions") {
      file.syntax = "editions";
      file.edition = this.edition;
    }
    return { proto: file, locs: this.locs, refs: this.refs, optionRefs: this.optionRefs, imports: this.imports, syntax: this.syntax };
  }

  private parseSyntax(): void {
    const lx = this.lx;
    const start = lx.here();
    const isEdition = lx.is("edition");
    lx.next();
    this.expectSym(C_EQ, isEdition ? 'after "edition"' : 'after "syntax"');
    const valueStart = lx.here();
    if (lx.kind !== STRING) this.expected("a quoted string", isEdition ? 'after "edition ="' : 'after "syntax ="');
    const value = this.readString();
    if (isEdition) {
      if (value === "2023") this.edition = Edition.EDITION_2023;
      else if (value === "2024") this.edition = Edition.EDITION_2024;
      else this.fail(`unknown edition ${JSON.stringify(value)} (supported: "2023", "2024")`, valueStart.line, valueStart.col);
      this.syntax = "editions";
    } else if (value === "proto2") {
      this.syntax = "proto2";
    } else if (value === "proto3") {
      this.syntax = "proto3";
    } else {
      this.fail(`unknown syntax ${JSON.stringify(value)} (expected "proto2" or "proto3")`, valueStart.line, valueStart.col);
    }
    this.locToPrevAfterEnd([12], start, "after the syntax statement");
  }

  /** Emits a location from start through the `;` that ends the statement, attaching comments. */
  private locToPrevAfterEnd(path: number[], start: Pos, context: string): LocHandle {
    const lx = this.lx;
    if (!lx.isSym(C_SEMI)) this.expected('";"', context);
    const loc = this.addLoc(path, start, lx.tokLine, lx.tokEndCol);
    this.endDecl(C_SEMI, loc, context);
    return loc;
  }

  private parsePackage(start: Pos): void {
    const lx = this.lx;
    lx.next();
    const name = this.readDottedName('after "package"', false);
    this.file.package = name;
    this.locToPrevAfterEnd([2], start, "after package name");
  }

  private parseImport(start: Pos): void {
    const lx = this.lx;
    lx.next();
    let kind: ImportDecl["kind"] = "normal";
    let kwTok: Pos | undefined;
    if (lx.is("public") || lx.is("weak") || (lx.is("option") && this.edition >= Edition.EDITION_2024)) {
      kind = lx.is("public") ? "public" : lx.is("weak") ? "weak" : "option";
      kwTok = lx.here();
      lx.next();
    }
    if (lx.kind !== STRING) this.expected("a quoted file name", 'after "import"');
    const path = this.readString();
    const file = this.file;
    if (kind === "option") {
      file.optionDependency.push(path);
      this.locToPrevAfterEnd([15, file.optionDependency.length - 1], start, "after import");
    } else {
      const idx = file.dependency.length;
      file.dependency.push(path);
      if (kind === "public") {
        file.publicDependency.push(idx);
        this.tokenLoc([10, file.publicDependency.length - 1], kwTok as Pos);
      } else if (kind === "weak") {
        file.weakDependency.push(idx);
        this.tokenLoc([11, file.weakDependency.length - 1], kwTok as Pos);
      }
      this.locToPrevAfterEnd([3, idx], start, "after import");
    }
    this.imports.push({ path, line: start.line + 1, column: start.col + 1, kind });
  }

  /** ident ('.' ident)*, optionally with a leading dot. */
  private readDottedName(context: string, allowLeadingDot: boolean): string {
    const lx = this.lx;
    let name = "";
    if (allowLeadingDot && lx.isSym(C_DOT)) {
      name = ".";
      lx.next();
    }
    name += this.expectIdent(context);
    while (lx.isSym(C_DOT)) {
      lx.next();
      name += "." + this.expectIdent("after \".\"");
    }
    return name;
  }

  // ---- options ----

  /** `option name = value;` inside a body; returns the next uninterpreted index. */
  private parseOptionStatement(owner: OptionsOwner, basePath: number[], uninterpIdx: number, scope: readonly string[], optionsType: string): number {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const stmtLoc = this.addLoc(ext(basePath), start, 0, 0);
    const result = this.parseOption(owner, basePath, uninterpIdx, scope, optionsType, start);
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after option value");
    const endLine = lx.tokLine;
    const endCol = lx.tokEndCol;
    this.locs.setEnd(stmtLoc, endLine, endCol);
    if (!result.inner) this.locs.copySpan(stmtLoc, result.loc);
    this.endDecl(C_SEMI, result.loc, "after option value");
    return result.next;
  }

  /**
   * Parses `name = value` (the `option` keyword already consumed for
   * statements) and stores it. The returned location spans from `start` to
   * the value; statements widen it to the `;`.
   */
  private parseOption(
    owner: OptionsOwner,
    basePath: readonly number[],
    uninterpIdx: number,
    scope: readonly string[],
    optionsType: string,
    start: Pos,
  ): { loc: LocHandle; next: number; inner: boolean } {
    const lx = this.lx;
    const parts: { name: string; isExtension: boolean; pos: Pos }[] = [];
    for (;;) {
      const pos = lx.here();
      if (lx.isSym(C_LPAREN)) {
        lx.next();
        const name = this.readDottedName("in option name", true);
        this.expectSym(C_RPAREN, "after extension name");
        parts.push({ name, isExtension: true, pos });
      } else {
        const name = this.expectIdent(parts.length === 0 ? 'after "option"' : "in option name");
        parts.push({ name, isExtension: false, pos });
      }
      if (!lx.isSym(C_DOT)) break;
      lx.next();
    }
    this.expectSym(C_EQ, "after option name");
    const value = this.readOptionValue();
    const opts = owner.get();
    const first = parts[0] as (typeof parts)[number];
    const innerSpan = first.pos.line === value.endLine ? [first.pos.line, first.pos.col, value.endCol] : [first.pos.line, first.pos.col, value.endLine, value.endCol];
    if (!parts.some((p) => p.isExtension)) {
      const r = this.setStandardOption(owner.schema, opts, parts, value, basePath);
      const loc = this.addLoc(r.path, start, value.endLine, value.endCol);
      if (r.message !== undefined && value.fields !== undefined) {
        this.locs.setSpan(loc, first.pos.line, first.pos.col, value.endLine, value.endCol);
        this.standardAggregateLocs(r.message, value.fields, r.path);
        return { loc, next: uninterpIdx, inner: true };
      }
      return { loc, next: uninterpIdx, inner: false };
    }
    if (!first.isExtension) {
      const f = fieldByName(owner.schema, first.name);
      if (f === undefined) this.fail(`unknown option "${first.name}"`, first.pos.line, first.pos.col);
    }
    const u = this.uninterpreted(parts, value);
    opts.uninterpretedOption.push(u);
    const loc = this.addLoc(ext(basePath, 999, uninterpIdx), start, value.endLine, value.endCol);
    const ref: OptionRef = { loc, basePath, optionsType, parts: parts.map((p) => ({ name: p.name, isExtension: p.isExtension })), scope, innerSpan };
    this.optionRefs.push(value.fields === undefined ? ref : { ...ref, aggregate: value.fields });
    return { loc, next: uninterpIdx + 1, inner: false };
  }

  /** Locations of the fields set inside a `{ ... }` value of a singular message-typed standard option. */
  private standardAggregateLocs(schema: DescMessage, fields: readonly AggField[], base: readonly number[]): void {
    const counts = new Map<number, number>();
    for (const f of fields) {
      const fd = f.isExtension ? undefined : fieldByName(schema, f.name);
      if (fd === undefined) continue;
      const p = ext(base, fd.number);
      if (fd.fieldKind === "list" || fd.fieldKind === "map") {
        const n = counts.get(fd.number) ?? 0;
        counts.set(fd.number, n + 1);
        p.push(n);
      } else if (fd.fieldKind === "message" && f.value.kind === "message") {
        this.standardAggregateLocs(fd.message, f.value.fields, p);
        continue;
      }
      this.locs.extra.push(newLoc(p, f.span));
    }
  }

  private readOptionValue(): OptionValue {
    const lx = this.lx;
    const start = lx.here();
    let negative = false;
    if (lx.isSym(C_MINUS)) {
      negative = true;
      lx.next();
    }
    switch (lx.kind) {
      case IDENT: {
        const text = lx.text();
        if (negative && text !== "inf" && text !== "nan") this.fail(`syntax error: identifier after "-" must be inf or nan, found ${this.describe()}`);
        lx.next();
        return { kind: "ident", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case INT: {
        const text = lx.text();
        lx.next();
        return { kind: "int", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case FLOAT: {
        const text = lx.text();
        lx.next();
        return { kind: "float", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case STRING: {
        if (negative) this.fail('syntax error: "-" before a string');
        const bytes = this.readStringBytes();
        return { kind: "string", negative, text: "", bytes, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case SYMBOL:
        if (lx.sym === C_LBRACE && !negative) {
          const agg = this.readAggregate();
          return { kind: "aggregate", negative, text: agg.text, fields: agg.fields, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
        }
        break;
    }
    this.expected("an option value", "");
  }

  /**
   * Reads a `{ ... }` option value. Returns the text as protoc keeps it (the
   * tokens between the braces joined by spaces) and the fields with positions.
   */
  private readAggregate(): { text: string; fields: AggField[] } {
    const parts: string[] = [];
    this.lx.next();
    const fields = this.aggBody(C_RBRACE, parts, true);
    return { text: parts.join(" "), fields };
  }

  /** Counts one more level of `{`, `<` or `[` in a message value; fails past MAX_NESTING. */
  private enterValue(): void {
    if (++this.aggDepth > MAX_NESTING) this.fail(`message value is nested too deeply (more than ${MAX_NESTING} levels)`);
  }

  private aggTake(parts: string[]): void {
    parts.push(this.lx.text());
    this.lx.next();
  }

  private aggBody(close: number, parts: string[], outer: boolean): AggField[] {
    const lx = this.lx;
    const fields: AggField[] = [];
    for (;;) {
      if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
      if (lx.isSym(close)) {
        if (outer) lx.next();
        else this.aggTake(parts);
        return fields;
      }
      const start = lx.here();
      let name: string;
      let isExtension = false;
      if (lx.kind === IDENT) {
        name = lx.text();
        this.aggTake(parts);
      } else if (lx.isSym(C_LBRACKET)) {
        isExtension = true;
        this.aggTake(parts);
        name = "";
        while (!lx.isSym(C_RBRACKET)) {
          if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
          name += lx.text();
          this.aggTake(parts);
        }
        this.aggTake(parts);
      } else {
        this.expected("a field name", "in message value");
      }
      let colon = false;
      if (lx.isSym(C_COLON)) {
        colon = true;
        this.aggTake(parts);
      }
      const value = this.aggValue(parts, colon);
      const span = start.line === lx.prevLine ? [start.line, start.col, lx.prevEndCol] : [start.line, start.col, lx.prevLine, lx.prevEndCol];
      fields.push({ name, isExtension, span, value });
      if (lx.isSym(C_COMMA) || lx.isSym(C_SEMI)) this.aggTake(parts);
    }
  }

  private aggValue(parts: string[], colon: boolean): AggValue {
    const lx = this.lx;
    if (lx.isSym(C_LBRACE) || lx.isSym(C_LT)) {
      const close = lx.isSym(C_LBRACE) ? C_RBRACE : C_GT;
      this.enterValue();
      this.aggTake(parts);
      const fields = this.aggBody(close, parts, false);
      this.aggDepth--;
      return { kind: "message", fields };
    }
    if (!colon) this.expected('":"', "after field name in message value");
    if (lx.isSym(C_LBRACKET)) {
      this.enterValue();
      this.aggTake(parts);
      while (!lx.isSym(C_RBRACKET)) {
        this.aggValue(parts, true);
        if (lx.isSym(C_COMMA)) this.aggTake(parts);
        else if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in list value");
      }
      this.aggTake(parts);
      this.aggDepth--;
      return { kind: "list" };
    }
    if (lx.isSym(C_MINUS)) this.aggTake(parts);
    if (lx.kind === STRING) {
      while (lx.kind === STRING) this.aggTake(parts);
      return { kind: "scalar" };
    }
    if (lx.kind === IDENT || lx.kind === INT || lx.kind === FLOAT) {
      this.aggTake(parts);
      return { kind: "scalar" };
    }
    this.expected("a value", "in message value");
  }

  private uninterpreted(parts: readonly { name: string; isExtension: boolean }[], v: OptionValue): UninterpretedOption {
    const u = create(UninterpretedOptionSchema, {
      name: parts.map((p) => create(UninterpretedOption_NamePartSchema, { namePart: p.name, isExtension: p.isExtension })),
    });
    switch (v.kind) {
      case "ident":
        if (v.negative) u.doubleValue = v.text === "inf" ? -Infinity : NaN;
        else u.identifierValue = v.text;
        break;
      case "int": {
        const n = this.parseIntText(v);
        if (v.negative) {
          if (n > 9223372036854775808n) this.fail("integer out of range", v.start.line, v.start.col);
          u.negativeIntValue = -n;
        } else {
          if (n > 18446744073709551615n) this.fail("integer out of range", v.start.line, v.start.col);
          u.positiveIntValue = n;
        }
        break;
      }
      case "float":
        u.doubleValue = v.negative ? -Number(v.text) : Number(v.text);
        break;
      case "string":
        u.stringValue = v.bytes as Uint8Array;
        break;
      case "aggregate":
        u.aggregateValue = v.text;
        break;
    }
    return u;
  }

  private parseIntText(v: OptionValue): bigint {
    const t = v.text;
    const n = intLiteralValue(t);
    if (n === undefined) this.fail(`invalid integer literal ${JSON.stringify(shownLiteral(t))}`, v.start.line, v.start.col);
    return n;
  }

  /** Sets a standard (non-extension) option; returns its source path. */
  private setStandardOption(
    schema: DescMessage,
    opts: Record<string, unknown>,
    parts: readonly { name: string; pos: Pos }[],
    value: OptionValue,
    basePath: readonly number[],
  ): { path: number[]; message: DescMessage | undefined } {
    const path = ext(basePath);
    let singularMessage: DescMessage | undefined;
    let msgSchema = schema;
    let target = opts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as (typeof parts)[number];
      const f = fieldByName(msgSchema, part.name);
      if (f === undefined || part.name === "uninterpreted_option") {
        const owner = i === 0 ? "" : ` in ${msgSchema.typeName}`;
        this.fail(`unknown option "${parts.slice(0, i + 1).map((p) => p.name).join(".")}"${owner}`, part.pos.line, part.pos.col);
      }
      path.push(f.number);
      const last = i === parts.length - 1;
      if (!last) {
        if (f.fieldKind !== "message") this.fail(`option "${part.name}" is not a message and has no field "${(parts[i + 1] as { name: string }).name}"`, part.pos.line, part.pos.col);
        let sub = target[f.localName] as Record<string, unknown> | undefined;
        if (sub === undefined) {
          sub = create(f.message) as unknown as Record<string, unknown>;
          target[f.localName] = sub;
        }
        target = sub;
        msgSchema = f.message;
        continue;
      }
      const name = parts.map((p) => p.name).join(".");
      if (f.fieldKind === "list") {
        const list = target[f.localName] as unknown[];
        path.push(list.length);
        if (f.listKind === "enum") list.push(this.enumOptionValue(f.enum.values, name, value));
        else if (f.listKind === "scalar") list.push(this.scalarOptionValue(f.scalar, name, value));
        else if (value.kind === "aggregate") list.push(this.aggregateMessage(f.message, value));
        else this.optionTypeError(name, "a message value in braces", value);
      } else if (f.fieldKind === "enum") {
        target[f.localName] = this.enumOptionValue(f.enum.values, name, value);
      } else if (f.fieldKind === "scalar") {
        target[f.localName] = this.scalarOptionValue(f.scalar, name, value);
      } else if (f.fieldKind === "message") {
        if (value.kind !== "aggregate") this.optionTypeError(name, "a message value in braces", value);
        target[f.localName] = this.aggregateMessage(f.message, value);
        singularMessage = f.message;
      } else {
        this.fail(`option "${name}" cannot be set here`, part.pos.line, part.pos.col);
      }
    }
    return { path, message: singularMessage };
  }

  private optionTypeError(name: string, want: string, value: OptionValue): never {
    this.fail(`option "${name}": expected ${want}, found ${value.kind === "string" ? "a string" : value.kind === "aggregate" ? "a message value" : JSON.stringify((value.negative ? "-" : "") + value.text)}`, value.start.line, value.start.col);
  }

  private enumOptionValue(values: readonly { name: string; number: number }[], name: string, value: OptionValue): number {
    if (value.kind !== "ident" || value.negative) this.optionTypeError(name, "an enum value name", value);
    const ev = values.find((v) => v.name === value.text);
    if (ev === undefined) this.fail(`option "${name}": unknown enum value "${value.text}"`, value.start.line, value.start.col);
    return ev.number;
  }

  private scalarOptionValue(scalar: number, name: string, value: OptionValue): unknown {
    switch (scalar) {
      case 9: // string
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return utf8Text(value.bytes as Uint8Array);
      case 12: // bytes
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return value.bytes;
      case 8: // bool
        if (value.kind !== "ident" || value.negative || (value.text !== "true" && value.text !== "false")) this.optionTypeError(name, "true or false", value);
        return value.text === "true";
      case 1: // double
      case 2: // float
        if (value.kind === "int") return (value.negative ? -1 : 1) * Number(this.parseIntText(value));
        if (value.kind === "float") return (value.negative ? -1 : 1) * Number(value.text);
        if (value.kind === "ident" && (value.text === "inf" || value.text === "nan")) return value.text === "nan" ? NaN : value.negative ? -Infinity : Infinity;
        this.optionTypeError(name, "a number", value);
      // falls through (unreachable)
      default: {
        if (value.kind !== "int") this.optionTypeError(name, "an integer", value);
        let n = this.parseIntText(value);
        if (value.negative) n = -n;
        const is64 = scalar === 3 || scalar === 4 || scalar === 6 || scalar === 16 || scalar === 18;
        const unsigned = scalar === 4 || scalar === 6 || scalar === 13 || scalar === 7;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? (is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n) : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail(`option "${name}": value out of range`, value.start.line, value.start.col);
        return is64 ? n : Number(n);
      }
    }
  }

  /** A message-typed standard option written as `{ field: value ... }` (text format subset). */
  private aggregateMessage(schema: DescMessage, value: OptionValue): unknown {
    const msg = create(schema) as unknown as Record<string, unknown>;
    const sub = new Lexer(value.text);
    const fail = (what: string): never => this.fail(`option value: ${what}`, value.start.line, value.start.col);
    const parseInto = (s: DescMessage, target: Record<string, unknown>, close: number): void => {
      for (;;) {
        if (sub.kind === EOF) {
          if (close === 0) return;
          fail("unexpected end of message value");
        }
        if (sub.kind === SYMBOL && sub.sym === close) {
          sub.next();
          return;
        }
        if (sub.kind !== IDENT) fail(`unexpected ${JSON.stringify(sub.text())}`);
        const fname = sub.text();
        const found = fieldByName(s, fname);
        if (found === undefined) return fail(`unknown field "${fname}" in ${s.typeName}`);
        const f: DescField = found;
        sub.next();
        if (sub.kind === SYMBOL && sub.sym === C_COLON) sub.next();
        const readScalar = (): OptionValue => {
          const st: Pos = value.start;
          let neg = false;
          if (sub.kind === SYMBOL && sub.sym === C_MINUS) {
            neg = true;
            sub.next();
          }
          const kind = sub.kind === IDENT ? "ident" : sub.kind === INT ? "int" : sub.kind === FLOAT ? "float" : sub.kind === STRING ? "string" : undefined;
          if (kind === undefined) return fail(`unexpected ${JSON.stringify(sub.text())}`);
          const text = sub.text();
          const bytes = kind === "string" ? decodeLiteralBytes(sub.src, sub.start, sub.end) : undefined;
          sub.next();
          return bytes === undefined
            ? { kind, negative: neg, text, start: st, endLine: 0, endCol: 0 }
            : { kind, negative: neg, text, bytes, start: st, endLine: 0, endCol: 0 };
        };
        const one = (): unknown => {
          const fm = f.fieldKind === "message" || (f.fieldKind === "list" && f.listKind === "message") ? f.message : undefined;
          if (fm !== undefined) {
            const m = create(fm) as unknown as Record<string, unknown>;
            if (sub.kind === SYMBOL && (sub.sym === C_LBRACE || sub.sym === C_LT)) {
              const c = sub.sym === C_LBRACE ? C_RBRACE : C_GT;
              sub.next();
              parseInto(fm, m, c);
              return m;
            }
            return fail(`expected a message value for "${fname}"`);
          }
          const v = readScalar();
          const fe = f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum") ? f.enum : undefined;
          if (fe !== undefined) return this.enumOptionValue(fe.values, fname, v);
          return this.scalarOptionValue((f as { scalar: number }).scalar, fname, v);
        };
        const isSym = (code: number): boolean => (sub.kind as number) === SYMBOL && sub.sym === code;
        if (f.fieldKind === "list") {
          const list = target[f.localName] as unknown[];
          if (isSym(C_LBRACKET)) {
            sub.next();
            while (!isSym(C_RBRACKET)) {
              list.push(one());
              if (isSym(C_COMMA)) sub.next();
              else if (!isSym(C_RBRACKET)) fail('expected "," or "]"');
            }
            sub.next();
          } else list.push(one());
        } else {
          target[f.localName] = one();
        }
        if (isSym(C_COMMA) || isSym(C_SEMI)) sub.next();
      }
    };
    try {
      sub.next();
      parseInto(schema, msg, 0);
    } catch (e) {
      if (e instanceof LexError || e instanceof LiteralError) fail(e.message);
      throw e;
    }
    return msg;
  }

  /** `[opt = v, ...]` after a field, enum value or extension range. Returns true when any real option was set. */
  private parseCompactOptions(owner: OptionsOwner, path: readonly number[], scope: readonly string[], optionsType: string, field?: FieldDescriptorProto, fieldPath?: readonly number[], fieldType?: FieldDescriptorProto_Type | undefined): void {
    const lx = this.lx;
    const open = lx.here();
    lx.next();

    let any = false;
    let uninterp = 0;
    for (;;) {
      const start = lx.here();
      if (field !== undefined && lx.is("default")) {
        if (this.syntax === "proto3") this.fail("default values are not allowed in proto3");
        lx.next();
        this.expectSym(C_EQ, 'after "default"');
        this.parseDefault(field, fieldType);
        this.locToPrev((fieldPath as number[]), start, 7);
      } else if (field !== undefined && lx.is("json_name")) {
        lx.next();
        this.expectSym(C_EQ, 'after "json_name"');
        if (lx.kind !== STRING) this.expected("a string", 'after "json_name ="');
        field.jsonName = this.readString();
        this.locToPrev((fieldPath as number[]), start, 10);
      } else {
        any = true;
        const r = this.parseOption(owner, path, uninterp, scope, optionsType, start);
        uninterp = r.next;
      }
      if (lx.isSym(C_COMMA)) {
        lx.next();
        continue;
      }
      if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in options");
      lx.next();
      break;
    }
    if (any) this.locToPrev(path, open);
  }

  private parseDefault(field: FieldDescriptorProto, type: FieldDescriptorProto_Type | undefined): void {
    const lx = this.lx;
    const start = lx.here();
    let neg = false;
    if (lx.isSym(C_MINUS)) {
      neg = true;
      lx.next();
    }
    const T = FieldDescriptorProto_Type;
    switch (type) {
      case T.STRING:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = utf8Text(this.readStringBytes());
        return;
      case T.BYTES:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = cEscape(this.readStringBytes());
        return;
      case T.BOOL:
        if (neg || !(lx.is("true") || lx.is("false"))) this.expected("true or false", "for default value");
        field.defaultValue = lx.text();
        lx.next();
        return;
      case T.FLOAT:
      case T.DOUBLE: {
        let v: number;
        if (lx.kind === INT) {
          const t = lx.text();
          if (t.length > 1 && t.charCodeAt(0) === 48) this.fail("unsupported base for floating-point literal");
          v = Number(t);
        } else if (lx.kind === FLOAT) v = Number(lx.text());
        else if (lx.is("inf") || lx.is("nan")) v = lx.is("inf") ? Infinity : NaN;
        else this.expected("a number", "for default value");
        lx.next();
        if (neg) v = -v;
        if (type === T.FLOAT) v = Math.fround(v);
        field.defaultValue = formatDouble(v);
        return;
      }
      case T.INT32:
      case T.SINT32:
      case T.SFIXED32:
      case T.INT64:
      case T.SINT64:
      case T.SFIXED64:
      case T.UINT32:
      case T.FIXED32:
      case T.UINT64:
      case T.FIXED64: {
        if (lx.kind !== INT) this.expected("an integer", "for default value");
        let n = this.bigIntValue();
        if (neg) n = -n;
        const is64 = type === T.INT64 || type === T.SINT64 || type === T.SFIXED64 || type === T.UINT64 || type === T.FIXED64;
        const unsigned = type === T.UINT32 || type === T.FIXED32 || type === T.UINT64 || type === T.FIXED64;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? (is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n) : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail("default value out of range for the field's type", start.line, start.col);
        lx.next();
        field.defaultValue = n.toString();
        return;
      }
      case T.GROUP:
      case T.MESSAGE:
        this.fail("messages cannot have default values");
      // falls through (unreachable)
      default:
        // Named type, resolved later: an enum value name.
        if (neg || lx.kind !== IDENT) this.expected("an enum value name", "for default value");
        field.defaultValue = lx.text();
        lx.next();
    }
  }

  // ---- messages ----

  private parseMessage(into: DescriptorProto[], path: number[], scope: readonly string[], start: Pos, visibility: SymbolVisibility): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "message"');
    const msg = create(DescriptorProtoSchema, { name });
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) msg.visibility = visibility;
    into.push(msg);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after message name");
    this.endDecl(C_LBRACE, loc, "");
    this.parseMessageBody(msg, path, [...scope, name]);
    this.endAtPrev(loc);
  }



  /** Parses declarations up to and including the closing `}`. */
  private parseMessageBody(msg: DescriptorProto, path: number[], scope: readonly string[]): void {
    const lx = this.lx;
    if (++this.depth > MAX_NESTING) this.fail("declarations are nested too deeply");
    const sink: FieldSink = { fields: msg.field, fieldPath: ext(path, 2), nested: msg.nestedType, nestedPath: ext(path, 3), scope };
    const owner: OptionsOwner = { schema: MessageOptionsSchema, get: () => (msg.options ??= create(MessageOptionsSchema)) as never };
    let optIdx = 0;
    let enumIdx = 0;
    let oneofIdx = 0;
    let resRange = 0;
    let resName = 0;
    let extRange = 0;
    const proto3Optionals: number[] = [];
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the message');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const start = lx.here();
      if (lx.kind === IDENT) {
        if (lx.is("message")) {
          this.parseMessage(msg.nestedType, ext(path, 3, msg.nestedType.length), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(msg.enumType, ext(path, 4, enumIdx++), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(msg.nestedType, ext(path, 3, msg.nestedType.length), scope, kw, vis);
          else if (lx.is("enum")) this.parseEnum(msg.enumType, ext(path, 4, enumIdx++), scope, kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, ext(path, 7), optIdx, scope.slice(0, -1), "google.protobuf.MessageOptions");
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(msg.extension, ext(path, 6), msg.nestedType, ext(path, 3), scope);
          continue;
        }
        if (lx.is("oneof")) {
          this.parseOneof(msg, path, oneofIdx++, scope, start);
          continue;
        }
        if (lx.is("reserved")) {
          const r = this.parseReserved(path, resRange, resName, start, false, msg);
          resRange = r.range;
          resName = r.name;
          continue;
        }
        if (lx.is("extensions")) {
          extRange = this.parseExtensions(msg, path, extRange, scope, start);
          continue;
        }
      }
      if (lx.kind === IDENT || lx.isSym(C_DOT)) {
        const idx = msg.field.length;
        this.parseField(sink, start);
        const f = msg.field[idx];
        if (f !== undefined && f.proto3Optional) proto3Optionals.push(idx);
        continue;
      }
      this.expected("a declaration", "in message body");
    }
    this.depth--;
    const maxExt = msg.options?.messageSetWireFormat === true ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER + 1;
    for (const r of msg.extensionRange) if (r.end === -1) r.end = maxExt;
    if (proto3Optionals.length > 0) this.addSyntheticOneofs(msg, proto3Optionals);
  }

  private addSyntheticOneofs(msg: DescriptorProto, indexes: readonly number[]): void {
    const taken = new Set<string>();
    for (const f of msg.field) taken.add(f.name);
    for (const f of msg.extension) taken.add(f.name);
    for (const o of msg.oneofDecl) taken.add(o.name);
    for (const n of msg.nestedType) taken.add(n.name);
    for (const e of msg.enumType) taken.add(e.name);
    for (const i of indexes) {
      const f = msg.field[i] as FieldDescriptorProto;
      let name = f.name.startsWith("_") ? f.name : "_" + f.name;
      while (taken.has(name)) name = "X" + name;
      taken.add(name);
      f.oneofIndex = msg.oneofDecl.length;
      msg.oneofDecl.push(create(OneofDescriptorProtoSchema, { name }));
    }
  }

  private parseOneof(msg: DescriptorProto, msgPath: number[], index: number, scope: readonly string[], start: Pos): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "oneof"');
    const oneof = create(OneofDescriptorProtoSchema, { name });
    msg.oneofDecl.push(oneof);
    const path = ext(msgPath, 8, index);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after oneof name");
    this.endDecl(C_LBRACE, loc, "");
    const sink: FieldSink = {
      fields: msg.field,
      fieldPath: ext(msgPath, 2),
      nested: msg.nestedType,
      nestedPath: ext(msgPath, 3),
      scope,
      oneofIndex: index,
    };
    const owner: OptionsOwner = { schema: OneofOptionsSchema, get: () => (oneof.options ??= create(OneofOptionsSchema)) as never };
    let optIdx = 0;
    let count = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the oneof');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const fstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 2), optIdx, scope, "google.protobuf.OneofOptions");
        continue;
      }
      if (lx.is("optional") || lx.is("required") || lx.is("repeated")) this.fail(`fields in a oneof must not have labels ("${lx.text()}")`);
      if (lx.kind !== IDENT && !lx.isSym(C_DOT)) this.expected("a field", "in oneof");
      this.parseField(sink, fstart);
      count++;
    }
    if (count === 0) this.fail(`oneof "${name}" must have at least one field`, nameTok.line, nameTok.col);
    this.endAtPrev(loc);
  }

  /** `extend Type { fields }`: extensions go to `into`, group messages to `nested`. */
  private parseExtend(into: FieldDescriptorProto[], extPath: number[], nested: DescriptorProto[], nestedPath: number[], scope: readonly string[]): void {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const nameStart = lx.here();
    const extendee = this.readDottedName('after "extend"', true);
    const nameEnd: Pos = { line: lx.prevLine, col: lx.prevEndCol, endLine: lx.prevLine, endCol: lx.prevEndCol, start: lx.prevEnd, end: lx.prevEnd };
    const loc = this.addLoc(extPath, start, 0, 0);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after extendee name");
    this.endDecl(C_LBRACE, loc, "");
    const sink: FieldSink = {
      fields: into,
      fieldPath: extPath,
      nested,
      nestedPath,
      scope,
      extendee: { name: extendee, start: nameStart, end: nameEnd },
    };
    let count = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the extend block');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      if (lx.kind !== IDENT && !lx.isSym(C_DOT)) this.expected("a field", "in extend block");
      this.parseField(sink, lx.here());
      count++;
    }
    if (count === 0) this.fail("extend blocks must declare at least one field", start.line, start.col);
    this.endAtPrev(loc);
  }

  private parseField(sink: FieldSink, start: Pos): void {
    const lx = this.lx;
    const field = create(FieldDescriptorProtoSchema);
    const index = sink.fields.length;
    const path = ext(sink.fieldPath, index);
    sink.fields.push(field);
    const fieldLoc = this.addLoc(path, start, 0, 0);
    const syntax = this.syntax;
    const L = FieldDescriptorProto_Label;

    // Label.
    let label: FieldDescriptorProto_Label | undefined;
    let labelTok: Pos | undefined;
    if (lx.is("optional") || lx.is("required") || lx.is("repeated")) {
      const word = lx.text();
      labelTok = lx.here();
      lx.next();
      if (word === "repeated") label = L.REPEATED;
      else if (word === "required") {
        if (syntax === "proto3") this.fail("required fields are not allowed in proto3", labelTok.line, labelTok.col);
        if (syntax === "editions") this.fail('label "required" is not allowed in editions; use features.field_presence = LEGACY_REQUIRED', labelTok.line, labelTok.col);
        label = L.REQUIRED;
      } else {
        if (syntax === "editions") this.fail('label "optional" is not allowed in editions; use features.field_presence', labelTok.line, labelTok.col);
        label = L.OPTIONAL;
        if (syntax === "proto3") field.proto3Optional = true;
      }
      this.tokenLoc(path, labelTok, 4);
    }
    if (sink.extendee !== undefined && label === L.REQUIRED) this.fail("extensions cannot be required", start.line, start.col);

    // Type.
    const typeStart = lx.here();
    let scalar: FieldDescriptorProto_Type | undefined;
    let typeName: string | undefined;
    let isGroup = false;
    let isMap = false;
    let mapKey: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } | undefined;
    let mapValue: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } | undefined;
    if (lx.is("group") && syntax !== "editions") {
      lx.next();
      if (lx.kind === IDENT) {
        isGroup = true;
        if (syntax === "proto3") this.fail("groups are not allowed in proto3", typeStart.line, typeStart.col);
      } else {
        typeName = "group";
      }
    } else if (lx.is("map")) {
      lx.next();
      if (lx.isSym(C_LT)) {
        isMap = true;
        if (label !== undefined) this.fail("map fields cannot have labels", (labelTok as Pos).line, (labelTok as Pos).col);
        if (sink.oneofIndex !== undefined) this.fail("map fields are not allowed in oneofs", typeStart.line, typeStart.col);
        if (sink.extendee !== undefined) this.fail("map fields are not allowed in extensions", typeStart.line, typeStart.col);
        lx.next();
        mapKey = this.readTypeRef("map key type");
        this.expectSym(C_COMMA, "after map key type");
        mapValue = this.readTypeRef("map value type");
        this.expectSym(C_GT, "after map value type");
      } else if (lx.isSym(C_DOT)) {
        lx.next();
        typeName = "map." + this.readDottedName("in type name", false);
      } else {
        typeName = "map";
      }
    } else {
      const t = this.readTypeRef("field type");
      if (t.scalar !== undefined) scalar = t.scalar;
      else typeName = t.name;
    }
    const typeEndLine = lx.prevLine;
    const typeEndCol = lx.prevEndCol;
    if (!isGroup && label === undefined && !isMap && syntax === "proto2" && sink.oneofIndex === undefined) {
      this.fail("proto2 fields must have a label (optional, required or repeated)", typeStart.line, typeStart.col);
    }

    // Name and number.
    const nameTok = lx.here();
    const name = this.expectIdent(isGroup ? 'after "group"' : "after field type");
    if (isGroup) {
      const c = name.charCodeAt(0);
      if (c < 65 || c > 90) this.fail("group names must start with a capital letter", nameTok.line, nameTok.col);
    }
    this.expectSym(C_EQ, "after field name");
    const numberTok = lx.here();
    const num = this.readInt(1, MAX_FIELD_NUMBER, "field number");
    field.name = isGroup ? name.toLowerCase() : name;
    field.number = num.value;
    if (num.value >= 19000 && num.value <= 19999) {
      this.fail(`field number ${num.value} is in the range 19000 to 19999, reserved for the protobuf implementation`, numberTok.line, numberTok.col);
    }

    field.label = isMap ? L.REPEATED : (label ?? L.OPTIONAL);
    if (sink.oneofIndex !== undefined) field.oneofIndex = sink.oneofIndex;
    if (sink.extendee !== undefined) {
      field.extendee = sink.extendee.name;
      const e = sink.extendee;
      this.addLoc(path, e.start, e.end.line, e.end.col, 2);
      this.refs.push({ kind: "extendee", target: field, name: e.name, scope: sink.scope, line: e.start.line + 1, column: e.start.col + 1 });
    }
    if (scalar !== undefined) {
      field.type = scalar;
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, 5);
    } else {
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, 6);
    }
    this.tokenLoc(path, nameTok, 1);
    this.tokenLoc(path, numberTok, 3);

    // Options.
    if (lx.isSym(C_LBRACKET)) {
      const owner: OptionsOwner = { schema: FieldOptionsSchema, get: () => (field.options ??= create(FieldOptionsSchema)) as never };
      this.parseCompactOptions(owner, ext(path, 8), sink.scope, "google.protobuf.FieldOptions", field, path, isGroup ? FieldDescriptorProto_Type.GROUP : scalar);
    }
    if (!Object.hasOwn(field, "jsonName")) field.jsonName = jsonName(field.name);
    else if (sink.extendee !== undefined) this.fail("json_name cannot be set on extension fields", start.line, start.col);

    if (isGroup) {
      field.type = FieldDescriptorProto_Type.GROUP;
      field.typeName = name;
      const group = create(DescriptorProtoSchema, { name });
      const gIndex = sink.nested.length;
      sink.nested.push(group);
      const gPath = ext(sink.nestedPath, gIndex);
      const gLoc = this.addLoc(gPath, start, 0, 0);
      this.tokenLoc(gPath, nameTok, 1);
      this.refs.push({ kind: "type", target: field, name, scope: sink.scope, line: nameTok.line + 1, column: nameTok.col + 1 });
      if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after group field number");
      this.endDecl(C_LBRACE, gLoc, "");
      this.parseMessageBody(group, gPath, [...sink.scope, name]);
      this.endAtPrev(gLoc);
      this.endAtPrev(fieldLoc);
      return;
    }
    if (isMap) {
      const entryName = mapEntryName(name);
      const entry = create(DescriptorProtoSchema, { name: entryName, options: { mapEntry: true } });
      const k = this.mapEntryField("key", 1, mapKey as NonNullable<typeof mapKey>, [...sink.scope, entryName]);
      const v = this.mapEntryField("value", 2, mapValue as NonNullable<typeof mapValue>, [...sink.scope, entryName]);
      if (k.type === FieldDescriptorProto_Type.FLOAT || k.type === FieldDescriptorProto_Type.DOUBLE || k.type === FieldDescriptorProto_Type.BYTES || Object.hasOwn(k, "typeName")) {
        const kp = (mapKey as NonNullable<typeof mapKey>).pos;
        this.fail("map keys must be integral, bool or string types", kp.line, kp.col);
      }
      // Like buf, the map field's features apply to the entry's key and value.
      const features = field.options?.features;
      const customFeatures = field.options?.uninterpretedOption.filter((u) => u.name[0]?.namePart === "features" && !u.name[0].isExtension) ?? [];
      if (features !== undefined || customFeatures.length > 0) {
        for (const f of [k, v]) {
          const o = create(FieldOptionsSchema);
          if (features !== undefined) o.features = features;
          o.uninterpretedOption = customFeatures;
          f.options = o;
        }
      }
      entry.field.push(k, v);
      sink.nested.push(entry);
      field.typeName = entryName;
      this.refs.push({ kind: "type", target: field, name: entryName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    } else if (typeName !== undefined) {
      field.typeName = typeName;
      this.refs.push({ kind: "type", target: field, name: typeName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after field declaration");
    this.endAtTok(fieldLoc);
    this.endDecl(C_SEMI, fieldLoc, "after field declaration");
  }

  private mapEntryField(name: string, number: number, t: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos }, scope: readonly string[]): FieldDescriptorProto {
    const f = create(FieldDescriptorProtoSchema, { name, number, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: name });
    if (t.scalar !== undefined) f.type = t.scalar;
    else {
      f.typeName = t.name as string;
      this.refs.push({ kind: "type", target: f, name: t.name as string, scope, line: t.pos.line + 1, column: t.pos.col + 1 });
    }
    return f;
  }

  /** A scalar type keyword or a (possibly qualified) message or enum name. */
  private readTypeRef(context: string): { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } {
    const lx = this.lx;
    const pos = lx.here();
    if (lx.kind === IDENT) {
      const t = lx.text();
      const s = SCALAR_TYPES[t];
      if (s !== undefined) {
        lx.next();
        if (!lx.isSym(C_DOT)) return { scalar: s, pos };
        lx.next();
        return { name: t + "." + this.readDottedName("in type name", false), pos };
      }
    } else if (!lx.isSym(C_DOT)) {
      this.expected("a type name", `for ${context}`);
    }
    return { name: this.readDottedName(`for ${context}`, true), pos };
  }

  private parseReserved(ownerPath: number[], rangeIdx: number, nameIdx: number, start: Pos, isEnum: boolean, target: DescriptorProto | EnumDescriptorProto): { range: number; name: number } {
    const lx = this.lx;
    lx.next();
    const rangeTag = isEnum ? 4 : 9;
    const nameTag = isEnum ? 5 : 10;
    if (lx.kind === STRING || (lx.kind === IDENT && this.syntax === "editions")) {
      const stmt = this.addLoc(ext(ownerPath, nameTag), start, 0, 0);
      const useIdent = lx.kind === IDENT;
      for (;;) {
        const tok = lx.here();
        let name: string;
        if (useIdent) {
          if (lx.kind !== IDENT) this.expected("an identifier", "in reserved names");
          name = lx.text();
          lx.next();
        } else {
          if (lx.kind !== STRING) {
            if (lx.kind === IDENT && this.syntax !== "editions") this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
            this.expected("a quoted name", "in reserved names");
          }
          name = this.readString();
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.fail(`reserved name ${JSON.stringify(name)} is not a valid identifier`, tok.line, tok.col);
        target.reservedName.push(name);
        this.locToPrev(ext(ownerPath, nameTag, nameIdx++), tok);
        if (!lx.isSym(C_COMMA)) break;
        lx.next();
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved names");
      this.endAtTok(stmt);
      this.endDecl(C_SEMI, stmt, "");
      return { range: rangeIdx, name: nameIdx };
    }
    if (lx.kind === IDENT) this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
    const stmt = this.addLoc(ext(ownerPath, rangeTag), start, 0, 0);
    const min = isEnum ? -2147483648 : 1;
    const max = isEnum ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER;
    for (;;) {
      const rstart = lx.here();
      const lo = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      const rPath = ext(ownerPath, rangeTag, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, 1);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          hi = max;
          lx.next();
        } else {
          hi = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number").value;
        }
        this.locToPrev(rPath, hiStart, 2);
        if (hi < lo.value) this.fail(`reserved range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, 2);
      }
      this.endAtPrev(rLoc);
      if (isEnum) {
        (target as EnumDescriptorProto).reservedRange.push(create(EnumDescriptorProto_EnumReservedRangeSchema, { start: lo.value, end: hi }));
      } else {
        (target as DescriptorProto).reservedRange.push(create(DescriptorProto_ReservedRangeSchema, { start: lo.value, end: hi + 1 }));
      }
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved range");
    this.endAtTok(stmt);
    this.endDecl(C_SEMI, stmt, "");
    return { range: rangeIdx, name: nameIdx };
  }

  private parseExtensions(msg: DescriptorProto, msgPath: number[], rangeIdx: number, scope: readonly string[], start: Pos): number {
    const lx = this.lx;
    lx.next();
    if (this.syntax === "proto3") this.fail("extension ranges are not allowed in proto3", start.line, start.col);
    const firstIdx = rangeIdx;
    const stmtLocs: LocHandle[] = [];
    const ranges: { lo: number; hi: number }[] = [];
    for (;;) {
      const rstart = lx.here();
      stmtLocs.push(this.addLoc(msgPath, start, 0, 0, 5));
      const lo = this.readInt(1, MAX_FIELD_NUMBER, "extension number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      let isMax = false;
      const rPath = ext(msgPath, 5, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, 1);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          isMax = true;
          hi = MAX_FIELD_NUMBER;
          lx.next();
        } else {
          hi = this.readInt(1, MAX_FIELD_NUMBER, "extension number").value;
        }
        this.locToPrev(rPath, hiStart, 2);
        if (hi < lo.value) this.fail(`extension range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, 2);
      }
      this.endAtPrev(rLoc);
      ranges.push({ lo: lo.value, hi: isMax ? -2 : hi });
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    const created = ranges.map((r) => {
      const er = create(DescriptorProto_ExtensionRangeSchema, { start: r.lo, end: r.hi === -2 ? -1 : r.hi + 1 });
      msg.extensionRange.push(er);
      return er;
    });
    if (lx.isSym(C_LBRACKET)) {
      // Parse once into the first range, then copy to the others with their own paths.
      const optsStart = this.locs.length;
      const extraStart = this.locs.extra.length;
      const first = created[0] as (typeof created)[number];
      const owner: OptionsOwner = { schema: ExtensionRangeOptionsSchema, get: () => (first.options ??= create(ExtensionRangeOptionsSchema)) as never };
      const optRefStart = this.optionRefs.length;
      this.parseCompactOptions(owner, ext(msgPath, 5, firstIdx, 3), scope, "google.protobuf.ExtensionRangeOptions");
      const optLocs = this.locs.handlesSince(optsStart);
      const newRefs = this.optionRefs.slice(optRefStart);
      const extraLocs = this.locs.extra.slice(extraStart);
      for (let i = 1; i < created.length; i++) {
        const er = created[i] as (typeof created)[number];
        if (first.options !== undefined) er.options = first.options;
        const idx = firstIdx + i;
        const basePrefixLen = msgPath.length + 2;
        const remap = (p: readonly number[]): number[] => {
          const q = ext(p);
          q[basePrefixLen - 1] = idx;
          return q;
        };
        const copies = new Map<LocHandle, LocHandle>();
        for (const h of optLocs) {
          const sp = this.locs.span(h);
          const c = this.locs.add(remap(this.locs.path(h)), sp[0] as number, sp[1] as number, sp.length === 4 ? (sp[2] as number) : (sp[0] as number), sp[sp.length - 1] as number);
          copies.set(h, c);
        }
        for (const l of extraLocs) this.locs.extra.push(newLoc(remap(l.path), l.span));
        for (const r of newRefs) {
          const c = copies.get(r.loc) as LocHandle;
          this.optionRefs.push({ ...r, loc: c, basePath: remap(r.basePath) });
        }
      }
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after extension range");
    for (const l of stmtLocs) this.endAtTok(l);
    this.endDecl(C_SEMI, stmtLocs[0] as LocHandle, "");
    return rangeIdx;
  }

  // ---- enums ----

  private parseEnum(into: EnumDescriptorProto[], path: number[], scope: readonly string[], start: Pos, visibility: SymbolVisibility): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "enum"');
    const en = create(EnumDescriptorProtoSchema, { name });
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) en.visibility = visibility;
    into.push(en);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after enum name");
    this.endDecl(C_LBRACE, loc, "");
    const owner: OptionsOwner = { schema: EnumOptionsSchema, get: () => (en.options ??= create(EnumOptionsSchema)) as never };
    let optIdx = 0;
    let resRange = 0;
    let resName = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the enum');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const vstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 3), optIdx, scope, "google.protobuf.EnumOptions");
        continue;
      }
      if (lx.is("reserved")) {
        const r = this.parseReserved(path, resRange, resName, vstart, true, en);
        resRange = r.range;
        resName = r.name;
        continue;
      }
      if (lx.kind !== IDENT) this.expected("an enum value", "in enum body");
      const vname = lx.text();
      lx.next();
      const vpath = ext(path, 2, en.value.length);
      const vloc = this.addLoc(vpath, vstart, 0, 0);
      this.tokenLoc(vpath, vstart, 1);
      this.expectSym(C_EQ, "after enum value name");
      const num = this.readInt(-2147483648, MAX_ENUM_NUMBER, "enum value");
      this.locToPrev(vpath, num.start, 2);
      const value = create(EnumValueDescriptorProtoSchema, { name: vname, number: num.value });
      en.value.push(value);
      if (lx.isSym(C_LBRACKET)) {
        const vowner: OptionsOwner = { schema: EnumValueOptionsSchema, get: () => (value.options ??= create(EnumValueOptionsSchema)) as never };
        this.parseCompactOptions(vowner, ext(vpath, 3), scope, "google.protobuf.EnumValueOptions");
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after enum value");
      this.endAtTok(vloc);
      this.endDecl(C_SEMI, vloc, "");
    }
    if (en.value.length === 0) this.fail(`enum "${name}" must have at least one value`, nameTok.line, nameTok.col);
    if (this.syntax === "proto3" && (en.value[0] as { number: number }).number !== 0) {
      this.fail(`the first value of proto3 enum "${name}" must be zero`, nameTok.line, nameTok.col);
    }
    this.endAtPrev(loc);
  }

  // ---- services ----

  private parseService(path: number[], start: Pos): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "service"');
    const svc = create(ServiceDescriptorProtoSchema, { name });
    this.file.service.push(svc);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after service name");
    this.endDecl(C_LBRACE, loc, "");
    const owner: OptionsOwner = { schema: ServiceOptionsSchema, get: () => (svc.options ??= create(ServiceOptionsSchema)) as never };
    let optIdx = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the service');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const mstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 3), optIdx, [], "google.protobuf.ServiceOptions");
        continue;
      }
      if (!lx.is("rpc")) this.expected('"rpc" or "option"', "in service body");
      lx.next();
      const mpath = ext(path, 2, svc.method.length);
      const mloc = this.addLoc(mpath, mstart, 0, 0);
      const mnameTok = lx.here();
      const mname = this.expectIdent('after "rpc"');
      this.tokenLoc(mpath, mnameTok, 1);
      const method = create(MethodDescriptorProtoSchema, { name: mname });
      svc.method.push(method);
      this.expectSym(C_LPAREN, "after method name");
      this.methodParam(method, "input", mpath);
      this.expectSym(C_RPAREN, "after input type");
      this.expectWord("returns", "after input type");
      this.expectSym(C_LPAREN, 'after "returns"');
      this.methodParam(method, "output", mpath);
      this.expectSym(C_RPAREN, "after output type");
      if (lx.isSym(C_LBRACE)) {
        this.endDecl(C_LBRACE, mloc, "");
        const mowner: OptionsOwner = { schema: MethodOptionsSchema, get: () => (method.options ??= create(MethodOptionsSchema)) as never };
        let mopt = 0;
        for (;;) {
          if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the method');
          if (this.tryEndDecl(C_RBRACE, null)) break;
          if (this.tryEndDecl(C_SEMI, null)) continue;
          if (!lx.is("option")) this.expected('"option"', "in method body");
          mopt = this.parseOptionStatement(mowner, ext(mpath, 4), mopt, [], "google.protobuf.MethodOptions");
        }
        this.endAtPrev(mloc);
      } else {
        if (!lx.isSym(C_SEMI)) this.expected('";" or "{"', "after method declaration");
        this.endAtTok(mloc);
        this.endDecl(C_SEMI, mloc, "");
      }
    }
    this.endAtPrev(loc);
  }

  /**
   * Reads `[stream] Type` between the parentheses of an rpc. A lone `stream`
   * is the name of a type, not the keyword.
   */
  private methodParam(method: MethodDescriptorProto, kind: "input" | "output", mpath: number[]): void {
    const lx = this.lx;
    const typeTag = kind === "input" ? 2 : 3;
    if (!lx.is("stream")) {
      this.methodType(method, kind, mpath, typeTag);
      return;
    }
    const st = lx.here();
    lx.next();
    if (lx.isSym(C_RPAREN)) {
      this.typeRefNamed(method, kind, "stream", st, mpath, typeTag);
      return;
    }
    if (kind === "input") method.clientStreaming = true;
    else method.serverStreaming = true;
    this.tokenLoc(mpath, st, kind === "input" ? 5 : 6);
    this.methodType(method, kind, mpath, typeTag);
  }

  private methodType(method: MethodDescriptorProto, kind: "input" | "output", mpath: number[], tag: number): void {
    const lx = this.lx;
    const st = lx.here();
    const name = this.readDottedName(`for the ${kind} type`, true);
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.locToPrev(ext(mpath, tag), st);
    this.refs.push({ kind, target: method, name, scope: [], line: st.line + 1, column: st.col + 1 });
  }

  private typeRefNamed(method: MethodDescriptorProto, kind: "input" | "output", name: string, st: Pos, mpath: number[], tag: number): void {
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.tokenLoc(ext(mpath, tag), st);
    this.refs.push({ kind, target: method, name, scope: [], line: st.line + 1, column: st.col + 1 });
  }
}
