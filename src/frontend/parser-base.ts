/**
 * The parser's state and its smallest steps: reading and expecting tokens,
 * recording source locations, reading numbers, strings and dotted names.
 * The grammar builds on it: option values (option-values.ts), options
 * (option-parser.ts), fields and ranges (field-parser.ts), and files,
 * messages, enums and services (parser.ts).
 */
import { Edition } from "@bufbuild/protobuf/wkt";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { attributeComments } from "./comments.js";
import { CompileError } from "./errors.js";
import { newFile } from "./made.js";
import { EOF, IDENT, INT, Lexer, STRING } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { decodeLiteralBytes, decodeLiteralText, intLiteralValue, shownLiteral } from "./text.js";
import type { TypeRef, OptionRef, ImportDecl, ParseAgain, Syntax } from "./parsed-file.js";
import { LocTape } from "./source-locations.js";
import type { LocHandle } from "./source-locations.js";

export { SCALAR_TYPES } from "../model/scalar-types.js";

/** Highest field number (inclusive); `max` in a message range. */
export const MAX_FIELD_NUMBER = 536870911;
/** Deepest nesting of declarations (messages, groups) and of message values in options. */
export const MAX_NESTING = 100;
export const MAX_ENUM_NUMBER = 2147483647;

export const C_SEMI = 59;
export const C_LBRACE = 123;
export const C_RBRACE = 125;
export const C_LBRACKET = 91;
export const C_RBRACKET = 93;
export const C_LPAREN = 40;
export const C_RPAREN = 41;
export const C_EQ = 61;
export const C_DOT = 46;
export const C_COMMA = 44;
export const C_MINUS = 45;
export const C_LT = 60;
export const C_GT = 62;
export const C_COLON = 58;

export abstract class ParserBase {
  readonly lx: Lexer;
  protected readonly path: string;
  protected readonly src: string;
  protected readonly locs: LocTape;
  protected readonly refs: TypeRef[] = [];
  protected readonly optionRefs: OptionRef[] = [];
  protected readonly imports: ImportDecl[] = [];
  protected syntax: Syntax = "proto2";
  protected edition: Edition = Edition.EDITION_UNKNOWN;
  /** The gap whose leading comment goes to the next declaration (-1 for none), and the gaps whose detached comments do (see DeclComments). */
  protected pendingLeading = -1;
  protected pendingDetached: readonly number[] = [];
  protected readonly file: FileDescriptorProto;
  protected depth = 0;
  protected aggDepth = 0;

  /** See ParseAgain. */
  protected readonly tapeOnly: boolean;

  /**
   * `locations`: whether to record source locations and comments (see
   * LocTape); `ascii`: the text's bytes when it is ASCII; `again`: what a
   * first parse of the same text found.
   */
  constructor(path: string, text: string, plainColumns = false, locations = true, ascii?: Uint8Array, again?: ParseAgain) {
    this.path = path;
    this.src = text;
    this.lx = new Lexer(text, plainColumns, ascii);
    this.locs = new LocTape(text.length, locations, again?.tapeSize, ascii);
    this.tapeOnly = again?.tapeOnly === true;
    this.file = newFile(path);
  }

  protected fail(detail: string, line = this.lx.tokLine, col = this.lx.tokCol): never {
    throw new CompileError(this.path, line + 1, col + 1, detail);
  }

  protected atEof(): boolean {
    return this.lx.kind === EOF;
  }

  protected describe(): string {
    const lx = this.lx;
    if (lx.kind === EOF) return "end of file";
    const t = lx.text();
    return JSON.stringify(t.length > 40 ? t.slice(0, 40) + "…" : t);
  }

  protected expected(what: string, context: string): never {
    this.fail(`syntax error: expected ${what}${context ? " " + context : ""}, found ${this.describe()}`);
  }

  protected expectSym(code: number, context: string): void {
    if (!this.lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    this.lx.next();
  }

  protected expectIdent(context: string): string {
    if (this.lx.kind !== IDENT) this.expected("an identifier", context);
    const t = this.lx.text();
    this.lx.next();
    return t;
  }

  protected expectWord(word: string, context: string): void {
    if (!this.lx.is(word)) this.expected(`"${word}"`, context);
    this.lx.next();
  }

  /** A location for `path` (plus `sub` when given: a child's field number). */
  protected addLoc(path: readonly number[], start: Pos, endLine: number, endCol: number, sub = -1): LocHandle {
    return this.locs.add(path, start.line, start.col, endLine, endCol, sub);
  }

  /** A location spanning exactly one saved token. */
  protected tokenLoc(path: readonly number[], tok: Pos, sub = -1): LocHandle {
    return this.locs.add(path, tok.line, tok.col, tok.endLine, tok.endCol, sub);
  }

  /** A location from `start` to the end of the previous token. */
  protected locToPrev(path: readonly number[], start: Pos, sub = -1): LocHandle {
    return this.locs.add(path, start.line, start.col, this.lx.prevLine, this.lx.prevEndCol, sub);
  }

  /** Ends a location at the previous token. */
  protected endAtPrev(h: LocHandle): void {
    this.locs.setEnd(h, this.lx.prevLine, this.lx.prevEndCol);
  }

  /** Ends a location at the current token (the `;` about to be consumed). */
  protected endAtTok(h: LocHandle): void {
    this.locs.setEnd(h, this.lx.tokLine, this.lx.tokEndCol);
  }

  /**
   * Consumes the token ending a declaration (`;`, `{` or `}`) and attributes
   * comments the way protoc does: the declaration gets the comments that led
   * up to it and the trailing comment after this token.
   */
  protected endDecl(code: number, loc: LocHandle | null, context: string): void {
    const lx = this.lx;
    if (!lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    const from = lx.end;
    lx.next();
    if (!this.locs.recording) return;
    const next = lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start);
    const a = attributeComments(this.src, from, lx.start, false, next);
    const g = this.locs.gap(from, lx.start, false, next, a);
    const detachedHere = a.detached.length > 0 ? [g] : [];
    const leading = this.pendingLeading;
    this.pendingLeading = a.leading === undefined ? -1 : g;
    if (loc !== null) {
      const detached = this.pendingDetached;
      this.pendingDetached = detachedHere;
      this.locs.attach(loc, leading, a.trailing === undefined ? -1 : g, detached);
    } else if (code === C_RBRACE) {
      this.pendingDetached = detachedHere;
    } else if (a.detached.length > 0) {
      this.pendingDetached = this.pendingDetached.concat(detachedHere);
    }
  }

  protected tryEndDecl(code: number, loc: LocHandle | null): boolean {
    if (!this.lx.isSym(code)) return false;
    this.endDecl(code, loc, "");
    return true;
  }

  protected intText(): string {
    if (this.lx.kind !== INT) this.expected("an integer", "");
    return this.lx.text();
  }

  /** Parses the current INT token as a BigInt (decimal, hex or octal). */
  protected bigIntValue(): bigint {
    const t = this.intText();
    const v = intLiteralValue(t);
    if (v === undefined) this.fail(`invalid integer literal ${JSON.stringify(shownLiteral(t))}`);
    return v;
  }

  /** Reads a (possibly negative) integer in [min, max]; returns its value and start position. */
  protected readInt(min: number, max: number, what: string): { value: number; start: Pos } {
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

  /** Reads one or more adjacent string literals; the parts are joined once, at the end. */
  protected readStringBytes(): Uint8Array {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    const first = decodeLiteralBytes(this.src, lx.start, lx.end);
    lx.next();
    if (!lx.isKind(STRING)) return first;
    const parts = [first];
    let length = first.length;
    while (lx.isKind(STRING)) {
      const more = decodeLiteralBytes(this.src, lx.start, lx.end);
      parts.push(more);
      length += more.length;
      lx.next();
    }
    const joined = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    return joined;
  }

  /** The current string token's value (as the lexer slices, when it has no escapes). */
  private literalText(): string {
    const lx = this.lx;
    const inner = lx.slice(lx.start + 1, lx.end - 1);
    return inner.indexOf("\\") < 0 ? inner : decodeLiteralText(this.src, lx.start, lx.end);
  }

  protected readString(): string {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    const first = this.literalText();
    lx.next();
    if (!lx.isKind(STRING)) return first;
    let s = first;
    while (lx.isKind(STRING)) {
      s += this.literalText();
      lx.next();
    }
    return s;
  }

  /** Emits a location from start through the `;` that ends the statement, attaching comments. */
  protected locToPrevAfterEnd(path: number[], start: Pos, context: string): LocHandle {
    const lx = this.lx;
    if (!lx.isSym(C_SEMI)) this.expected('";"', context);
    const loc = this.addLoc(path, start, lx.tokLine, lx.tokEndCol);
    this.endDecl(C_SEMI, loc, context);
    return loc;
  }

  /** ident ('.' ident)*, optionally with a leading dot. */
  protected readDottedName(context: string, allowLeadingDot: boolean): string {
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
}
