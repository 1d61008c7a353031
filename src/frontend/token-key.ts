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
 * Bytes the lexer would stop at in a gap or a string literal (an unclosed
 * block comment or string) have no key, so that a file that does not lex
 * never has the key of one that does; what the lexer would refuse in a token
 * is in the key, as it is.
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

/** The file's bytes with each run of whitespace and comments as one space (none at either end); undefined when they would not lex. */
export function tokenText(bytes: Uint8Array): Uint8Array | undefined {
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
        const nl = bytes.indexOf(NL, i + 2);
        i = nl < 0 ? len : nl;
        gap = true;
        continue;
      }
      if (d === STAR) {
        let star = bytes.indexOf(STAR, i + 2);
        while (star >= 0 && bytes[star + 1] !== SLASH) star = bytes.indexOf(STAR, star + 1);
        if (star < 0) return undefined;
        i = star + 2;
        gap = true;
        continue;
      }
    }
    if (gap && n > 0) out[n++] = SPACE;
    gap = false;
    if (c === QUOTE || c === APOS) {
      // A string literal, escapes and all, up to its closing quote on the same line.
      out[n++] = c;
      i++;
      for (;;) {
        if (i >= len) return undefined;
        const d = bytes[i] as number;
        if (d === NL || d === 0) return undefined;
        out[n++] = d;
        i++;
        if (d === c) break;
        if (d === BACKSLASH) {
          if (i >= len || bytes[i] === NL) return undefined;
          out[n++] = bytes[i++] as number;
        }
      }
      continue;
    }
    out[n++] = c;
    i++;
  }
  return out.subarray(0, n);
}

/** The hash of tokenText(bytes): equal for two files whose tokens are separated at the same places, by any whitespace and comments; undefined when they would not lex. */
export function tokenKey(bytes: Uint8Array): string | undefined {
  const text = tokenText(bytes);
  return text === undefined ? undefined : createHash("sha1").update(text).digest("base64");
}
