/**
 * A key for what a `.proto` file declares, whatever its comments: the file's
 * bytes with every run of whitespace and comments between tokens written as
 * one space, hashed. The lexer (lexer.ts) skips exactly these characters and
 * comments between tokens and reads nothing else from them, so two files with
 * the same key lex to the same tokens and parse to the same descriptor; only
 * their source locations and comments differ. A file that imports either
 * links the same way against it. The converse does not hold: `a=1` and
 * `a = 1` are the same tokens with different keys, which costs only a link.
 *
 * The bytes must be those of a file that lexed: every string literal is
 * closed on its line and every block comment is closed.
 */
import { createHash } from "node:crypto";

const SPACE = 0x20;
const TAB = 0x09;
const NL = 0x0a;
const VT = 0x0b;
const FF = 0x0c;
const CR = 0x0d;
const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x22;
const APOS = 0x27;
const BACKSLASH = 0x5c;

function isBlank(c: number): boolean {
  return c === SPACE || c === NL || c === TAB || c === CR || c === VT || c === FF;
}

/** The file's bytes with each run of whitespace and comments as one space (none at either end). */
export function tokenText(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  const len = bytes.length;
  let n = 0;
  let i = 0;
  let gap = false;
  while (i < len) {
    const c = bytes[i] as number;
    if (isBlank(c)) {
      gap = true;
      i++;
      continue;
    }
    if (c === SLASH && i + 1 < len) {
      const d = bytes[i + 1] as number;
      if (d === SLASH) {
        i += 2;
        while (i < len && bytes[i] !== NL) i++;
        gap = true;
        continue;
      }
      if (d === STAR) {
        i += 2;
        while (i + 1 < len && !(bytes[i] === STAR && bytes[i + 1] === SLASH)) i++;
        i += 2;
        gap = true;
        continue;
      }
    }
    if (gap && n > 0) out[n++] = SPACE;
    gap = false;
    if (c === QUOTE || c === APOS) {
      // A string literal, escapes and all, up to its closing quote (or the end of its line, where the lexer stops it).
      out[n++] = c;
      i++;
      while (i < len) {
        const d = bytes[i] as number;
        if (d === NL) break;
        out[n++] = d;
        i++;
        if (d === c) break;
        if (d === BACKSLASH && i < len && bytes[i] !== NL) out[n++] = bytes[i++] as number;
      }
      continue;
    }
    out[n++] = c;
    i++;
  }
  return out.subarray(0, n);
}

/** The hash of tokenText(bytes): equal for two files whose tokens are separated at the same places, by any whitespace and comments. */
export function tokenKey(bytes: Uint8Array): string {
  return createHash("sha1").update(tokenText(bytes)).digest("base64");
}
