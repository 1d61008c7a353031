/**
 * Literal decoding and the canonical text forms that protoc and buf write
 * into descriptors (default values, JSON names, map entry names).
 */

/** A string literal that cannot be decoded; offset is relative to the file. */
export class LiteralError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * UTF-8 bytes of a string. Most literals are short ASCII, which a loop copies
 * for far less than a call into TextEncoder costs.
 */
function utf8Bytes(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(text);
    out[i] = c;
  }
  return out;
}

/**
 * Decodes one quoted string literal (`src[start]` is the quote, `src[end-1]`
 * the closing quote) into bytes, resolving protobuf escapes.
 */
export function decodeLiteralBytes(src: string, start: number, end: number): Uint8Array {
  const inner = src.slice(start + 1, end - 1);
  if (inner.indexOf("\\") < 0) return utf8Bytes(inner);
  const out: number[] = [];
  const pushText = (text: string): void => {
    for (const b of utf8Bytes(text)) out.push(b);
  };
  let i = 0;
  const n = inner.length;
  let runStart = 0;
  while (i < n) {
    if (inner.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    if (i > runStart) pushText(inner.slice(runStart, i));
    const escOffset = start + 1 + i;
    i++;
    const c = inner[i] ?? "";
    i++;
    switch (c) {
      case "a": out.push(7); break;
      case "b": out.push(8); break;
      case "f": out.push(12); break;
      case "n": out.push(10); break;
      case "r": out.push(13); break;
      case "t": out.push(9); break;
      case "v": out.push(11); break;
      case "\\": out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case "?": out.push(63); break;
      case "x":
      case "X": {
        let v = 0;
        let digits = 0;
        while (digits < 2 && i < n && isHexChar(inner.charCodeAt(i))) {
          v = v * 16 + hexValue(inner.charCodeAt(i));
          i++;
          digits++;
        }
        if (digits === 0) throw new LiteralError(escOffset, "invalid hex escape: \\x must be followed by hex digits");
        out.push(v);
        break;
      }
      case "u":
      case "U": {
        const len = c === "u" ? 4 : 8;
        const hex = inner.slice(i, i + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new LiteralError(escOffset, `invalid unicode escape: \\${c} must be followed by ${len} hex digits`);
        }
        i += len;
        let cp = parseInt(hex, 16);
        if (cp >= 0xd800 && cp < 0xdc00 && inner.startsWith("\\u", i)) {
          const trail = inner.slice(i + 2, i + 6);
          if (/^[0-9a-fA-F]{4}$/.test(trail)) {
            const t = parseInt(trail, 16);
            if (t >= 0xdc00 && t < 0xe000) {
              cp = 0x10000 + (((cp - 0xd800) << 10) | (t - 0xdc00));
              i += 6;
            }
          }
        }
        if (cp > 0x10ffff) throw new LiteralError(escOffset, "invalid unicode escape: code point out of range");
        pushCodePoint(out, cp);
        break;
      }
      default:
        if (c >= "0" && c <= "7") {
          let v = c.charCodeAt(0) - 48;
          let digits = 1;
          while (digits < 3 && i < n && inner.charCodeAt(i) >= 48 && inner.charCodeAt(i) <= 55) {
            v = v * 8 + inner.charCodeAt(i) - 48;
            i++;
            digits++;
          }
          if (v > 255) throw new LiteralError(escOffset, "octal escape out of range");
          out.push(v);
        } else {
          throw new LiteralError(escOffset, `invalid escape sequence "\\${c}"`);
        }
    }
    runStart = i;
  }
  if (runStart < n) pushText(inner.slice(runStart));
  return Uint8Array.from(out);
}

/** Decodes a string literal to text (invalid UTF-8 from escapes becomes U+FFFD). */
export function decodeLiteralText(src: string, start: number, end: number): string {
  const inner = src.slice(start + 1, end - 1);
  if (inner.indexOf("\\") < 0) return inner;
  return decoder.decode(decodeLiteralBytes(src, start, end));
}

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

function pushCodePoint(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

function isHexChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
}

/** protoc's CEscape, used for the default value of a bytes field. */
export function cEscape(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) {
    switch (b) {
      case 10: s += "\\n"; break;
      case 13: s += "\\r"; break;
      case 9: s += "\\t"; break;
      case 34: s += '\\"'; break;
      case 39: s += "\\'"; break;
      case 92: s += "\\\\"; break;
      default:
        if (b < 0x20 || b >= 0x7f) s += "\\" + b.toString(8).padStart(3, "0");
        else s += String.fromCharCode(b);
    }
  }
  return s;
}

/**
 * Formats a double the way Go's `strconv.FormatFloat(v, 'g', -1, 64)` does,
 * which is how buf writes floating-point default values.
 */
export function formatDouble(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const neg = v < 0;
  const e = Math.abs(v).toExponential();
  const ePos = e.indexOf("e");
  const digits = e.slice(0, ePos).replace(".", "");
  const exp = parseInt(e.slice(ePos + 1), 10);
  let out: string;
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const absExp = Math.abs(exp);
    out = `${mant}e${exp < 0 ? "-" : "+"}${absExp < 10 ? "0" : ""}${absExp}`;
  } else {
    const dp = exp + 1;
    if (dp <= 0) out = `0.${"0".repeat(-dp)}${digits}`;
    else if (dp >= digits.length) out = digits + "0".repeat(dp - digits.length);
    else out = `${digits.slice(0, dp)}.${digits.slice(dp)}`;
  }
  return neg ? `-${out}` : out;
}

/** protoc's ToJsonName: drop underscores, upper-case the letter after each. */
export function jsonName(name: string): string {
  return name.indexOf("_") < 0 ? name : camel(name, false);
}

/** protoc's MapEntryName: `foo_bar` becomes `FooBarEntry`. */
export function mapEntryName(name: string): string {
  return camel(name, true) + "Entry";
}

/**
 * Drops underscores and upper-cases the ASCII letter after each (and the
 * first, with `capFirst`). The pieces are joined once, into a flat string:
 * appending character by character would leave a chain of string pieces in
 * every descriptor that keeps the name.
 */
function camel(name: string, capFirst: boolean): string {
  const parts = name.split("_");
  for (let i = capFirst ? 0 : 1; i < parts.length; i++) {
    const part = parts[i] as string;
    const c = part.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) parts[i] = String.fromCharCode(c - 0x20) + part.slice(1);
  }
  return parts.join("");
}

/**
 * Digits kept when converting an integer literal: more than any 64-bit
 * integer or finite double needs. BigInt conversion is quadratic in the
 * length, so longer literals become INT_OVERFLOW instead.
 */
const MAX_INT_DIGITS = 400;

/** Stands for any integer literal longer than MAX_INT_DIGITS: out of every range, and Infinity as a double. */
export const INT_OVERFLOW = 10n ** 400n;

/**
 * The value of an integer token (decimal, `0x` hex or `0` octal);
 * undefined when it is not a valid literal (such as `09`).
 */
export function intLiteralValue(t: string): bigint | undefined {
  const hex = t.length > 1 && t.charCodeAt(0) === 48 && (t.charCodeAt(1) | 0x20) === 0x78;
  const octal = !hex && t.length > 1 && t.charCodeAt(0) === 48;
  let from = hex ? 2 : octal ? 1 : 0;
  while (from < t.length - 1 && t.charCodeAt(from) === 48) from++;
  const digits = t.slice(from);
  if (digits.length > MAX_INT_DIGITS) return (hex ? /^[0-9a-fA-F]+$/ : octal ? /^[0-7]+$/ : /^[0-9]+$/).test(digits) ? INT_OVERFLOW : undefined;
  try {
    return BigInt(hex ? "0x" + digits : octal ? "0o" + digits : digits);
  } catch {
    return undefined;
  }
}

/** A literal as quoted in a message: cut to its first characters when long. */
export function shownLiteral(t: string): string {
  return t.length <= 40 ? t : `${t.slice(0, 32)}... (${t.length} characters)`;
}
