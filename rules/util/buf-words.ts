import type { FieldEl } from "../../src/image/model.js";

/**
 * A field as `buf breaking` names it at the start of a message, its name left
 * out when `withName` is false: `Field "2" with name "total" on message "Order"`
 * (the message's own name, a map entry's included), or for an extension
 * `Extension "100" with name "acme.ext.v1.note" on message "acme.orders.v1.Order"`
 * (full names).
 */
export function bufFieldSubject(field: FieldEl, withName = true): string {
  if (field.isExtension) {
    const name = withName ? ` with name "${field.fullName}"` : "";
    return `Extension "${field.number}"${name} on message "${field.extendee ?? ""}"`;
  }
  const name = withName ? ` with name "${field.name}"` : "";
  return `Field "${field.number}"${name} on message "${field.parent?.name ?? ""}"`;
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
  "\\": "\\\\",
  '"': '\\"',
};

/** Go's escape of a character its `%q` does not print as it is. */
function goEscape(c: string): string {
  const named = GO_ESCAPES[c];
  if (named !== undefined) return named;
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, "0")}`;
  return `\\U${code.toString(16).padStart(8, "0")}`;
}

/**
 * A string quoted as buf's messages quote it (Go's `%q`): backslash escapes
 * for quotes, backslashes, control characters (`\n`, `\x01`) and every other
 * character Go does not count as printable (`\u202e`); the rest as it is.
 */
export function goQuote(text: string): string {
  // Printable ASCII but the quote and the backslash is as it is: the Unicode expression is compiled only for the rest.
  if (PLAIN_ASCII.test(text)) return `"${text}"`;
  return `"${text.replace(/["\\]|[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, goEscape)}"`;
}

const PLAIN_ASCII = /^[ !#-[\]-~]*$/;
