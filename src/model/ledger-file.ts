/**
 * The ledger file (protoguard.ledger.json): JSON with one entry per line, in
 * a fixed layout, so a change to the schema's history is a change of a few
 * lines and a broken or hostile file is refused with its line and column.
 *
 * ```json
 * {
 *   "version": 1,
 *   "entries": [
 *     {"in": "acme.v1.Order", "kind": "field", "number": 3, "name": "coupon", "type": "string", "last": "<commit> 2026-01-02 v1.4.0"},
 *     {"in": "acme.v1.Order", "kind": "field", "number": 4, "name": "weight", "type": "int64"}
 *   ]
 * }
 * ```
 */

import { InputError } from "./errors.js";
import { compareEntries, LEDGER_KINDS, LEDGER_VERSION, type LedgerEntry, type LedgerKind } from "./ledger.js";

/** The largest ledger file read, in characters. */
export const MAX_LEDGER_CHARS = 32 * 1024 * 1024;
/** The longest name or type an entry may hold. */
export const MAX_LEDGER_NAME = 1024;

const HEAD = ["{", `  "version": ${String(LEDGER_VERSION)},`];
const OPEN = '  "entries": [';
const EMPTY = '  "entries": []';
const CLOSE = ["  ]", "}"];
const ENTRY_KEYS = ["in", "kind", "number", "end", "name", "type", "last"];
const FULL_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const TYPE = /^(repeated )?[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE_OR_MAP = { test: (s: string): boolean => s === "map" || TYPE.test(s) };
const LAST = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d{4}-\d{2}-\d{2})(?: (v?\d{1,15}\.\d{1,15}\.\d{1,15}(?:[-+][0-9A-Za-z.+-]{1,200})?))?$/;
const MAX_NUMBER = 2 ** 31 - 1;

/** The ledger file's text: sorted, one entry per line, ending in a newline. */
export function ledgerFileText(entries: readonly LedgerEntry[]): string {
  const sorted = [...entries].sort(compareEntries);
  if (sorted.length === 0) return `${[...HEAD, EMPTY, "}"].join("\n")}\n`;
  const lines = sorted.map((e, i) => `    ${entryJson(e)}${i === sorted.length - 1 ? "" : ","}`);
  return `${[...HEAD, OPEN, ...lines, ...CLOSE].join("\n")}\n`;
}

function entryJson(e: LedgerEntry): string {
  const parts: string[] = [`"in": ${JSON.stringify(e.in)}`, `"kind": ${JSON.stringify(e.kind)}`, `"number": ${String(e.number)}`];
  if (e.kind === "reserved-number" && e.end !== e.number) parts.push(`"end": ${String(e.end)}`);
  if (e.name !== "") parts.push(`"name": ${JSON.stringify(e.name)}`);
  if (e.type !== "") parts.push(`"type": ${JSON.stringify(e.type)}`);
  if (e.last !== undefined) {
    const release = e.last.release === undefined ? "" : ` ${e.last.release}`;
    parts.push(`"last": ${JSON.stringify(`${e.last.commit} ${e.last.date}${release}`)}`);
  }
  return `{${parts.join(", ")}}`;
}

/** A place in the file for a message: `display:line:col: what`. */
function fail(display: string, line: number, col: number, what: string): never {
  throw new InputError(`${display}:${String(line)}:${String(col)}: ${what}`);
}

/**
 * Reads a ledger file written by ledgerFileText. Anything else (another
 * layout, a value of the wrong kind, a name that is no protobuf name, a file
 * too large) is an InputError located at its line and column.
 */
export function parseLedgerFile(display: string, text: string): LedgerEntry[] {
  if (text.length > MAX_LEDGER_CHARS) fail(display, 1, 1, `the ledger file is larger than ${String(MAX_LEDGER_CHARS / 1024 / 1024)} MiB`);
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const expectLine = (index: number, want: string, what: string): void => {
    const got = lines[index];
    if (got === undefined) fail(display, index + 1, 1, `the file ends before ${what}; write it again with \`protoguard ledger\``);
    if (got.trimEnd() !== want) {
      const col = firstDifference(got, want) + 1;
      fail(display, index + 1, col, `expected ${JSON.stringify(want.trim())} (${what}); write the file again with \`protoguard ledger\``);
    }
  };
  expectLine(0, HEAD[0] ?? "", "the file's opening brace");
  const version = lines[1]?.trim() ?? "";
  const versionMatch = /^"version": (\d+),$/.exec(version);
  if (versionMatch === null) expectLine(1, HEAD[1] ?? "", "the format's version");
  else if (Number(versionMatch[1]) !== LEDGER_VERSION) {
    fail(display, 2, 14, `ledger format version ${versionMatch[1] ?? ""} is not known to this protoguard (it reads version ${String(LEDGER_VERSION)})`);
  }
  if (lines[2]?.trimEnd() === EMPTY) {
    expectLine(3, "}", "the file's closing brace");
    if (lines.length > 4) fail(display, 5, 1, "text after the end of the ledger");
    return [];
  }
  expectLine(2, OPEN, "the list of entries");
  const entries: LedgerEntry[] = [];
  let i = 3;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trimEnd() === CLOSE[0]) break;
    const last = lines[i + 1]?.trimEnd() === CLOSE[0];
    const body = line.trimEnd();
    if (!last && !body.endsWith(",")) fail(display, i + 1, body.length + 1, 'expected "," after an entry that is not the last');
    entries.push(parseEntry(display, i + 1, last ? body : body.slice(0, -1)));
  }
  expectLine(i, CLOSE[0] ?? "", "the end of the list of entries");
  expectLine(i + 1, CLOSE[1] ?? "", "the file's closing brace");
  if (lines.length > i + 2) fail(display, i + 3, 1, "text after the end of the ledger");
  for (let k = 1; k < entries.length; k++) {
    const [a, b] = [entries[k - 1], entries[k]] as [LedgerEntry, LedgerEntry];
    if (compareEntries(a, b) >= 0) fail(display, k + 4, 5, "entries must be sorted and listed once each; write the file again with `protoguard ledger`");
  }
  return entries;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Reads one entry line's JSON object. */
function parseEntry(display: string, line: number, body: string): LedgerEntry {
  const indent = body.length - body.trimStart().length;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(detail);
    fail(display, line, (at === null ? indent : Number(at[1])) + 1, "an entry must be a JSON object on one line");
  }
  const col = indent + 1;
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(display, line, col, "an entry must be a JSON object on one line");
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ENTRY_KEYS.includes(key)) fail(display, line, columnOf(body, key), `unknown key ${JSON.stringify(key.slice(0, 40))} in an entry`);
  }
  const str = (key: string, pattern: { test(s: string): boolean }, required: boolean): string => {
    const v = record[key];
    if (v === undefined && !required) return "";
    if (typeof v !== "string" || v.length > MAX_LEDGER_NAME || !pattern.test(v)) {
      fail(display, line, columnOf(body, key), `"${key}" must be ${required ? "" : "absent or "}${describe(key)}`);
    }
    return v;
  };
  const num = (key: string, fallback: number | undefined): number => {
    const v = record[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== "number" || !Number.isInteger(v) || v < -MAX_NUMBER - 1 || v > MAX_NUMBER) {
      fail(display, line, columnOf(body, key), `"${key}" must be a 32-bit integer`);
    }
    return v;
  };
  const parent = str("in", FULL_NAME, true);
  const kind = str("kind", /^[a-z-]+$/, true) as LedgerKind;
  if (!LEDGER_KINDS.includes(kind)) fail(display, line, columnOf(body, "kind"), `"kind" must be one of ${LEDGER_KINDS.join(", ")}`);
  const number = num("number", undefined);
  const end = num("end", number);
  if (end < number || (end !== number && kind !== "reserved-number")) fail(display, line, columnOf(body, "end"), '"end" is for a reserved range, at or after its "number"');
  const name = str("name", kind === "extension" ? FULL_NAME : NAME, kind !== "reserved-number");
  const type = str("type", TYPE_OR_MAP, kind === "field" || kind === "extension");
  if (type !== "" && kind !== "field" && kind !== "extension") fail(display, line, columnOf(body, "type"), `"type" is for a field or an extension`);
  const lastText = str("last", LAST, false);
  const lastMatch = LAST.exec(lastText);
  const last =
    lastMatch === null
      ? undefined
      : { commit: lastMatch[1] ?? "", date: lastMatch[2] ?? "", ...(lastMatch[3] === undefined ? {} : { release: lastMatch[3] }) };
  return { in: parent, kind, number, end, name, type, ...(last === undefined ? {} : { last }) };
}


function describe(key: string): string {
  switch (key) {
    case "in":
      return "the full name of a message, enum or extendee";
    case "last":
      return 'a commit hash, a date and optionally a release tag, "<commit> YYYY-MM-DD [v1.2.3]"';
    case "type":
      return "a field type (`string`, `repeated Money`, `map`)";
    default:
      return "a protobuf name";
  }
}

/** The column of a key in an entry line (1-based), or of the line's start. */
function columnOf(body: string, key: string): number {
  const at = body.indexOf(`"${key}"`);
  return (at < 0 ? body.length - body.trimStart().length : at) + 1;
}
