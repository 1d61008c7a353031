/**
 * A quick read of a file's outline, without parsing: its package, the files
 * it imports and whether it extends anything. It splits the bytes into
 * tokens as the lexer does (identifiers, numbers, string literals, comments,
 * symbols), so a comment or a string that looks like an import is not one,
 * but it builds no token and no position: it runs at the speed of a byte
 * loop. For a file the parser accepts, the outline is what the parse would say.
 */
import { decodeLiteralText, LiteralError } from "./text.js";
import { C_APOS, C_BACKSLASH, C_CR, C_DOT, C_LBRACE, C_NL, C_QUOTE, C_RBRACE, C_SEMI, C_SLASH, C_SPACE, C_STAR, C_TAB, IDENT_TABLE } from "./chars.js";

export interface FileOutline {
  /** The package statement's name; "" when there is none. */
  readonly package: string;
  /** Every import path (normal, public, weak and option imports), in order. */
  readonly imports: readonly string[];
  /** Whether the file has an `extend` block (at the top level or in a message). */
  readonly extends: boolean;
}


const KEYWORDS = {
  import: Buffer.from("import"),
  package: Buffer.from("package"),
  extend: Buffer.from("extend"),
  public: Buffer.from("public"),
  weak: Buffer.from("weak"),
  option: Buffer.from("option"),
};
const COMMENT_END = Buffer.from("*/");

/** The bytes that matter inside a block: braces, quotes and the slash that may start a comment. */
const IN_BLOCK = new Uint8Array(256);
for (const c of [C_LBRACE, C_RBRACE, C_QUOTE, C_APOS, C_SLASH, C_NL, 0]) IN_BLOCK[c] = 1;

/** The kinds of token the outline tells apart. */
const enum Tok {
  End,
  Ident,
  Number,
  String,
  Symbol,
  Bad,
}

/** The offset of the line feed that ends the line at `pos`, or the length (a comment's line: found by Node's search, faster than a loop). */
function lineEnd(b: Buffer, pos: number): number {
  const nl = b.indexOf(C_NL, pos);
  return nl < 0 ? b.length : nl;
}

class Scanner {
  pos = 0;
  kind = Tok.End;
  start = 0;
  end = 0;
  /** The character code of a Symbol token. */
  sym = 0;

  constructor(private readonly b: Buffer) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
  }

  is(word: Buffer): boolean {
    if (this.kind !== Tok.Ident || this.end - this.start !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (this.b[this.start + i] !== word[i]) return false;
    return true;
  }

  text(): string {
    return this.b.toString("utf8", this.start, this.end);
  }

  next(): Tok {
    const b = this.b;
    const len = b.length;
    let pos = this.pos;
    let c = 0;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        this.start = this.end = pos;
        return (this.kind = Tok.End);
      }
      c = b[pos] as number;
      if (c === C_SPACE || c === C_NL || c === C_TAB || c === C_CR || c === 11 || c === 12) {
        pos++;
      } else if (c === C_SLASH && b[pos + 1] === C_SLASH) {
        pos = lineEnd(b, pos + 2);
      } else if (c === C_SLASH && b[pos + 1] === C_STAR) {
        const close = b.indexOf(COMMENT_END, pos + 2);
        if (close < 0) return this.bad(pos);
        pos = close + 2;
      } else {
        break;
      }
    }
    this.start = pos;
    if (IDENT_TABLE[c] === 1) {
      pos++;
      while (pos < len && IDENT_TABLE[b[pos] as number] !== 0) pos++;
      this.kind = Tok.Ident;
    } else if (IDENT_TABLE[c] === 2 || (c === C_DOT && IDENT_TABLE[b[pos + 1] ?? 0] === 2)) {
      // A number, with any letters, dots and signs of an exponent that follow: the lexer takes them or fails.
      pos++;
      while (pos < len) {
        const d = b[pos] as number;
        if (IDENT_TABLE[d] !== 0 || d === C_DOT) pos++;
        else if ((d === 43 || d === 45) && ((b[pos - 1] as number) | 0x20) === 0x65) pos++;
        else break;
      }
      this.kind = Tok.Number;
    } else if (c === C_QUOTE || c === C_APOS) {
      pos++;
      for (;;) {
        if (pos >= len) return this.bad(pos);
        const d = b[pos] as number;
        if (d === c) break;
        if (d === C_NL || d === 0) return this.bad(pos);
        pos += d === C_BACKSLASH ? 2 : 1;
      }
      pos++;
      this.kind = Tok.String;
    } else if (c > C_SPACE && c < 127) {
      pos++;
      this.kind = Tok.Symbol;
      this.sym = c;
    } else {
      return this.bad(pos);
    }
    this.pos = pos;
    this.end = pos;
    return this.kind;
  }

  /**
   * Skips the rest of a block whose `{` was just read, through its matching
   * `}`, minding only comments and strings (a brace in either does not
   * count). False when the block does not end.
   */
  skipBlock(): boolean {
    const b = this.b;
    const len = b.length;
    let pos = this.pos;
    let depth = 1;
    while (pos < len) {
      const c = b[pos] as number;
      if (IN_BLOCK[c] === 0 || c === C_NL) {
        pos++;
      } else if (c === C_LBRACE) {
        depth++;
        pos++;
      } else if (c === C_RBRACE) {
        pos++;
        if (--depth === 0) {
          this.pos = pos;
          return true;
        }
      } else if (c === C_SLASH) {
        const d = b[pos + 1];
        if (d === C_SLASH) {
          pos = lineEnd(b, pos + 2);
        } else if (d === C_STAR) {
          const close = b.indexOf(COMMENT_END, pos + 2);
          if (close < 0) return false;
          pos = close + 2;
        } else {
          pos++;
        }
      } else if (c === 0) {
        return false;
      } else {
        pos++;
        for (;;) {
          if (pos >= len) return false;
          const d = b[pos] as number;
          if (d === c) break;
          if (d === C_NL || d === 0) return false;
          pos += d === C_BACKSLASH ? 2 : 1;
        }
        pos++;
      }
    }
    return false;
  }

  private bad(pos: number): Tok {
    this.pos = this.start = this.end = pos;
    return (this.kind = Tok.Bad);
  }
}

/**
 * The outline of a file's bytes; undefined when the file does not read as
 * tokens (a character outside any comment or string that is no token, a NUL
 * byte or a line feed in a string, an unterminated string or comment), or
 * when an import or package statement is malformed: the parser, which
 * reports such a file, has to see it.
 */
export function outlineOf(bytes: Uint8Array): FileOutline | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // Without the word "extend" anywhere, nothing inside a block matters.
    return outline(new Scanner(b), b.indexOf(KEYWORDS.extend) >= 0);
  } catch (err) {
    if (err instanceof LiteralError) return undefined;
    throw err;
  }
}

function outline(s: Scanner, readBlocks: boolean): FileOutline | undefined {
  const imports: string[] = [];
  let pkg = "";
  let extend = false;
  let depth = 0;
  let statementStart = true;
  let tok = s.next();
  while (tok !== Tok.End) {
    if (tok === Tok.Bad) return undefined;
    if (tok === Tok.Symbol && (s.sym === C_SEMI || s.sym === C_LBRACE || s.sym === C_RBRACE)) {
      if (s.sym === C_LBRACE && depth === 0 && !readBlocks) {
        if (!s.skipBlock()) return undefined;
      } else if (s.sym === C_LBRACE) depth++;
      else if (s.sym === C_RBRACE) depth--;
      statementStart = true;
      tok = s.next();
      continue;
    }
    if (tok === Tok.Ident && statementStart) {
      if (s.is(KEYWORDS.extend)) extend = true;
      else if (depth === 0 && (s.is(KEYWORDS.import) || s.is(KEYWORDS.package))) {
        const isImport = s.is(KEYWORDS.import);
        tok = s.next();
        if (isImport) {
          if (s.is(KEYWORDS.public) || s.is(KEYWORDS.weak) || s.is(KEYWORDS.option)) tok = s.next();
          if (tok !== Tok.String) return undefined;
          let path = "";
          while (tok === Tok.String) {
            const literal = s.text();
            path += decodeLiteralText(literal, 0, literal.length);
            tok = s.next();
          }
          imports.push(path);
        } else {
          let name = "";
          while (tok === Tok.Ident || (tok === Tok.Symbol && s.sym === C_DOT)) {
            name += s.text();
            tok = s.next();
          }
          pkg = name;
        }
        if (!(tok === Tok.Symbol && s.sym === C_SEMI)) return undefined;
        continue;
      }
    }
    statementStart = false;
    tok = s.next();
  }
  return { package: pkg, imports, extends: extend };
}
