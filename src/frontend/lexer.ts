/**
 * A single-pass tokenizer for `.proto` text.
 *
 * It walks the string once with charCode checks and keeps only the current
 * token (kind, offsets, line and column). Comments are skipped here; the
 * parser asks for them only at the ends of declarations, where
 * `comments.ts` re-reads the gap between two tokens the way protoc does.
 *
 * Columns are counted the way buf counts them: a tab advances to the next
 * multiple of 4, East Asian wide characters count 2, combining marks 0, every
 * other code point 1. For the common file (ASCII, no tabs) a column is a plain
 * offset difference.
 */

import { charWidth } from "../model/text-width.js";
import { C_0, C_9, C_APOS, C_BACKSLASH, C_CR, C_DOT, C_NL, C_QUOTE, C_SLASH, C_SPACE, C_STAR, C_TAB, IDENT_TABLE } from "./chars.js";

/** Display width of a non-ASCII code point; it lives in the shared model, where reporters read it too. */
export { charWidth };

export const EOF = 0;
export const IDENT = 1;
export const INT = 2;
export const FLOAT = 3;
export const STRING = 4;
export const SYMBOL = 5;

export type TokenKind = typeof EOF | typeof IDENT | typeof INT | typeof FLOAT | typeof STRING | typeof SYMBOL;

/** A problem found while reading characters; the parser turns it into a CompileError. */
export class LexError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** A saved token position, enough to build a source span. */
export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly start: number;
  readonly end: number;
}


/** Length from which V8 makes a slice of a string share the string's characters instead of copying them. */
const SHARED_SLICE = 13;

/** With the `u` flag, only a surrogate that is not half of a pair matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export class Lexer {
  readonly src: string;
  private readonly len: number;
  /** True when the text has tabs or non-ASCII characters, so columns need counting. */
  private readonly complexColumns: boolean;

  // Scanner state (start of the not yet consumed text).
  private pos = 0;
  private line = 0;
  private lineStart = 0;

  // Current token.
  kind: TokenKind = EOF;
  start = 0;
  end = 0;
  tokLine = 0;
  tokCol = 0;
  tokEndCol = 0;
  /** For SYMBOL tokens: the character code. */
  sym = 0;

  // Previous token (for spans that end at it).
  prevEnd = 0;
  prevLine = 0;
  prevEndCol = 0;

  // Column cache for complex lines.
  private colCacheLineStart = -1;
  private colCacheOffset = 0;
  private colCacheCol = 0;

  /** The bytes of an ASCII text, where tokens are copied from (see `slice`). */
  private readonly ascii: Buffer | undefined;

  /**
   * `plainColumns`: the caller knows the text has no tab and no non-ASCII
   * character (it checked the bytes). `ascii`: the bytes of the text, when
   * the caller knows it is ASCII (one byte per character).
   */
  constructor(src: string, plainColumns = false, ascii?: Uint8Array) {
    this.src = src;
    this.len = src.length;
    this.complexColumns = !plainColumns && /[\t\u0080-\uffff]/.test(src);
    this.ascii = ascii === undefined ? undefined : Buffer.from(ascii.buffer, ascii.byteOffset, ascii.byteLength);
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** The text of the current token. */
  text(): string {
    return this.slice(this.start, this.end);
  }

  /**
   * The text from `start` to `end`. Names and strings read from a file are
   * kept in its descriptors; a slice of 13 characters or more would keep the
   * whole text alive with them (the engine shares the text's characters),
   * so a long one is copied: out of the bytes of an ASCII text, else through
   * its UTF-8 encoding, which gives back the same characters unless there
   * is a lone surrogate (a text decoded from UTF-8 has none).
   */
  slice(start: number, end: number): string {
    if (end - start < SHARED_SLICE) return this.src.slice(start, end);
    if (this.ascii !== undefined) return this.ascii.toString("latin1", start, end);
    const s = this.src.slice(start, end);
    return LONE_SURROGATE.test(s) ? s : Buffer.from(s, "utf8").toString("utf8");
  }

  is(word: string): boolean {
    return this.kind === IDENT && this.end - this.start === word.length && this.src.startsWith(word, this.start);
  }

  /**
   * Whether the current token is of this kind. Loops that call next() read the
   * kind through here: TypeScript keeps a comparison of `kind` narrowed across
   * the call that changed it.
   */
  isKind(kind: TokenKind): boolean {
    return this.kind === kind;
  }

  isSym(code: number): boolean {
    return this.kind === SYMBOL && this.sym === code;
  }

  /** Current token as a span position. */
  here(): Pos {
    return { line: this.tokLine, col: this.tokCol, endLine: this.tokLine, endCol: this.tokEndCol, start: this.start, end: this.end };
  }

  /** Column (0-based) of an offset on the line starting at lineStart. */
  column(lineStart: number, offset: number): number {
    if (!this.complexColumns) return offset - lineStart;
    let i: number;
    let col: number;
    if (this.colCacheLineStart === lineStart && this.colCacheOffset <= offset) {
      i = this.colCacheOffset;
      col = this.colCacheCol;
    } else {
      i = lineStart;
      col = 0;
    }
    const src = this.src;
    while (i < offset) {
      const c = src.charCodeAt(i);
      if (c < 0x80) {
        col = c === C_TAB ? (col + 4) & ~3 : col + 1;
        i++;
      } else {
        const cp = src.codePointAt(i) ?? c;
        col += charWidth(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
    this.colCacheLineStart = lineStart;
    this.colCacheOffset = offset;
    this.colCacheCol = col;
    return col;
  }

  /** Advances to the next token. Throws LexError on bad characters. */
  next(): void {
    this.prevEnd = this.end;
    this.prevLine = this.tokLine;
    this.prevEndCol = this.tokEndCol;
    const src = this.src;
    const len = this.len;
    let pos = this.pos;
    let c = 0;
    // Skip whitespace and comments.
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        this.kind = EOF;
        this.start = this.end = pos;
        this.tokLine = this.line;
        this.tokCol = this.tokEndCol = this.column(this.lineStart, pos);
        return;
      }
      c = src.charCodeAt(pos);
      if (c === C_SPACE) {
        pos++;
      } else if (c === C_NL) {
        pos++;
        this.line++;
        this.lineStart = pos;
      } else if (c === C_TAB || c === C_CR || c === 11 || c === 12) {
        pos++;
      } else if (c === C_SLASH) {
        const d = src.charCodeAt(pos + 1);
        if (d === C_SLASH) {
          const nl = src.indexOf("\n", pos + 2);
          pos = nl < 0 ? len : nl;
        } else if (d === C_STAR) {
          const close = src.indexOf("*/", pos + 2);
          if (close < 0) throw new LexError(pos, "unterminated block comment");
          let nl = src.indexOf("\n", pos + 2);
          while (nl >= 0 && nl < close) {
            this.line++;
            this.lineStart = nl + 1;
            nl = src.indexOf("\n", nl + 1);
          }
          pos = close + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    const start = pos;
    this.start = start;
    this.tokLine = this.line;
    if (c < 128 && IDENT_TABLE[c] === 1) {
      pos++;
      while (pos < len) {
        const d = src.charCodeAt(pos);
        if (d < 128 && IDENT_TABLE[d] !== 0) pos++;
        else break;
      }
      this.kind = IDENT;
    } else if ((c >= C_0 && c <= C_9) || (c === C_DOT && isDigit(src.charCodeAt(pos + 1)))) {
      pos = this.scanNumber(pos, c);
    } else if (c === C_QUOTE || c === C_APOS) {
      pos = this.scanString(pos, c);
      this.kind = STRING;
    } else if (c < 128 && c > C_SPACE) {
      pos++;
      this.kind = SYMBOL;
      this.sym = c;
    } else if (c >= 128) {
      const cp = src.codePointAt(pos) ?? c;
      throw new LexError(pos, `unexpected character ${JSON.stringify(String.fromCodePoint(cp))}`);
    } else {
      throw new LexError(pos, `unexpected control character 0x${c.toString(16).padStart(2, "0")}`);
    }
    this.pos = pos;
    this.end = pos;
    if (this.complexColumns) {
      this.tokCol = this.column(this.lineStart, start);
      this.tokEndCol = this.column(this.lineStart, pos);
    } else {
      this.tokCol = start - this.lineStart;
      this.tokEndCol = pos - this.lineStart;
    }
  }

  private scanNumber(pos: number, c: number): number {
    const src = this.src;
    const len = this.len;
    let isFloat = false;
    if (c === C_0 && (src.charCodeAt(pos + 1) | 0x20) === 0x78) {
      pos += 2;
      const digitsStart = pos;
      while (pos < len && isHex(src.charCodeAt(pos))) pos++;
      if (pos === digitsStart) throw new LexError(pos, '"0x" must be followed by hex digits');
    } else {
      while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
      if (src.charCodeAt(pos) === C_DOT) {
        isFloat = true;
        pos++;
        while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
      }
      const e = src.charCodeAt(pos) | 0x20;
      if (e === 0x65) {
        let p = pos + 1;
        const s = src.charCodeAt(p);
        if (s === 43 || s === 45) p++;
        if (isDigit(src.charCodeAt(p))) {
          isFloat = true;
          pos = p;
          while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
        } else {
          throw new LexError(pos, '"e" must be followed by exponent digits');
        }
      }
    }
    const d = src.charCodeAt(pos);
    if (d < 128 && (IDENT_TABLE[d] === 1 || d === C_DOT)) {
      throw new LexError(pos, "need space between number and identifier");
    }
    this.kind = isFloat ? FLOAT : INT;
    return pos;
  }

  private scanString(pos: number, quote: number): number {
    const src = this.src;
    const len = this.len;
    pos++;
    for (;;) {
      if (pos >= len) throw new LexError(this.start, "unterminated string literal");
      const c = src.charCodeAt(pos);
      if (c === quote) return pos + 1;
      if (c === C_NL) throw new LexError(this.start, "unterminated string literal (strings cannot span lines)");
      if (c === C_BACKSLASH) {
        if (pos + 1 >= len) throw new LexError(this.start, "unterminated string literal");
        if (src.charCodeAt(pos + 1) === C_NL) throw new LexError(this.start, "unterminated string literal");
        pos += 2;
      } else if (c === 0) {
        throw new LexError(pos, "NUL character in string literal");
      } else {
        pos++;
      }
    }
  }

  /** Offset → 1-based line and column, for error messages. */
  lineCol(offset: number): { line: number; column: number } {
    let line = 0;
    let lineStart = 0;
    const src = this.src;
    for (let i = src.indexOf("\n"); i >= 0 && i < offset; i = src.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line: line + 1, column: this.column(lineStart, offset) + 1 };
  }
}

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

function isHex(c: number): boolean {
  return (c >= C_0 && c <= C_9) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
