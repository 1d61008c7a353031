/**
 * Escaping for the places protoguard's output goes. Strings from a schema, a
 * path or a configuration may hold anything: a terminal obeys control
 * sequences, and a GitHub runner executes any line of a step's output that
 * starts with `::` (or the older `##[`), leading whitespace ignored.
 */

/**
 * What a terminal or a log viewer must not get raw: C0 controls, DEL, C1
 * controls, the bidirectional marks, embeddings, overrides and isolates, and
 * the Unicode line and paragraph separators.
 */
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function hex(ch: string, digits: number): string {
  return (ch.codePointAt(0) as number).toString(16).padStart(digits, "0");
}

/**
 * A string for a terminal or a log: every unsafe character shown as an
 * escape (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so it is seen and not obeyed,
 * and the text stays on one line.
 */
export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE_CHARS, (ch) => NAMED[ch] ?? (ch < "\u0100" ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`));
}

/**
 * Text of several lines for a terminal or a log (an error message that lists
 * one problem a line): each line escaped, and lines that a runner would take
 * for a command defused. Line ends are LF, and a CR before one is dropped.
 */
export function escapeTerminalLines(s: string): string {
  return s
    .split("\n")
    .map((line) => defuseCommand(escapeTerminal(line.endsWith("\r") ? line.slice(0, -1) : line)))
    .join("\n");
}

/** Whether a runner would read a line as a workflow command: `::` or `##[` after leading whitespace. */
export function isCommandLine(line: string): boolean {
  return /^\s*(::|##\[)/.test(line);
}

/**
 * A line that cannot be read as a workflow command: when it starts (after
 * whitespace) with `::` or `##[`, that first character is shown escaped
 * (`\x3a:error::…`). Other lines are returned as they are.
 */
export function defuseCommand(line: string): string {
  const match = /^\s*[:#]/.exec(line);
  if (match === null || !isCommandLine(line)) return line;
  const at = match[0].length - 1;
  return `${line.slice(0, at)}\\x${hex(line.charAt(at), 2)}${line.slice(at + 1)}`;
}

/** Text of several lines, each defused by defuseCommand. */
export function defuseCommands(text: string): string {
  return text.split("\n").map(defuseCommand).join("\n");
}

/**
 * JSON text of a value, as JSON.stringify writes it, with the unsafe
 * characters it leaves raw (DEL, C1 controls, bidirectional marks, U+2028 and
 * U+2029) written as `\u` escapes of four hex digits: the same value for a JSON reader,
 * nothing for a terminal to obey. They can only be inside strings, so the
 * replacement never touches the JSON's structure.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_ABOVE_C0, (ch) => `\\u${hex(ch, 4)}`);
}

/** The unsafe characters JSON.stringify leaves raw (it escapes C0 itself; its line ends and indents are structure). */
const UNSAFE_ABOVE_C0 = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** A lone UTF-16 surrogate: no character, and no UTF-8 or URI encoding for it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string with each lone surrogate (a name read from a JSON descriptor set may hold one) replaced by U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\ufffd");
}
