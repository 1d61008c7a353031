// string-width for the CLI bundle: text of printable ASCII is as wide as it is
// long; anything else (ANSI escapes, wide or combining characters) is measured
// by string-width itself. string-width builds Unicode property patterns and an
// Intl.Segmenter (which loads ICU data) when it is evaluated, so it is required
// here, and esbuild evaluates it, only for the first text that is not plain ASCII.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let stringWidth;

export default function asciiStringWidth(text, options) {
  if (typeof text === "string" && PRINTABLE_ASCII.test(text)) return text.length;
  stringWidth ??= require("string-width").default;
  return stringWidth(text, options);
}
