/** Byte values the tokenizers of `.proto` text compare with. */
export const C_TAB = 9;
export const C_NL = 10;
export const C_CR = 13;
export const C_SPACE = 32;
export const C_QUOTE = 34;
export const C_APOS = 39;
export const C_STAR = 42;
export const C_DOT = 46;
export const C_SLASH = 47;
export const C_0 = 48;
export const C_9 = 57;
export const C_SEMI = 59;
export const C_BACKSLASH = 92;
export const C_LBRACE = 123;
export const C_RBRACE = 125;

/** By byte: 1 for identifier start characters, 2 for digits (identifier continue), 0 otherwise (every byte at or above 128). */
export const IDENT_TABLE = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) IDENT_TABLE[c] = 1;
  else if (c >= C_0 && c <= C_9) IDENT_TABLE[c] = 2;
}
