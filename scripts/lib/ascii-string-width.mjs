// string-width for the CLI bundle: text of printable ASCII is as wide as it is
// long; anything else (ANSI escapes, wide or combining characters) is measured
// by string-width itself.
import stringWidth from "string-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export default function asciiStringWidth(text, options) {
  return typeof text === "string" && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text, options);
}
