import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { ledgerFileText, MAX_LEDGER_CHARS, parseLedgerFile } from "../../src/model/ledger-file.js";
import type { LedgerEntry } from "../../src/model/ledger.js";

const COMMIT = "3f9c2e1a7b4d5e6f708192a3b4c5d6e7f8091a2b";
const ENTRIES: LedgerEntry[] = [
  { in: "acme.v1.Order", kind: "field", number: 3, end: 3, name: "coupon", type: "string", last: { commit: COMMIT, date: "2026-01-02", release: "v1.4.0" } },
  { in: "acme.v1.Order", kind: "field", number: 1, end: 1, name: "id", type: "repeated Money" },
  { in: "acme.v1.Order", kind: "reserved-number", number: 5, end: 9, name: "", type: "" },
  { in: "acme.v1.Order", kind: "reserved-name", number: 0, end: 0, name: "legacy", type: "" },
  { in: "acme.v1.Status", kind: "value", number: 2, end: 2, name: "STATUS_GONE", type: "", last: { commit: COMMIT, date: "2026-01-02" } },
  { in: "google.protobuf.FieldOptions", kind: "extension", number: 50001, end: 50001, name: "acme.v1.sensitive", type: "bool" },
];

function line(entry: string): string {
  return `{\n  "version": 1,\n  "entries": [\n    ${entry}\n  ]\n}\n`;
}

function errorOf(text: string): string {
  try {
    parseLedgerFile("l.json", text);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error("the file was accepted");
}

describe("the ledger file", () => {
  it("is written sorted, one entry per line, and read back as written", () => {
    const text = ledgerFileText(ENTRIES);
    expect(text.split("\n")).toHaveLength(ENTRIES.length + 6);
    const read = parseLedgerFile("l.json", text);
    expect(read.map((e) => `${e.in} ${e.kind} ${String(e.number)}`)).toEqual([
      "acme.v1.Order field 1",
      "acme.v1.Order field 3",
      "acme.v1.Order reserved-number 5",
      "acme.v1.Order reserved-name 0",
      "acme.v1.Status value 2",
      "google.protobuf.FieldOptions extension 50001",
    ]);
    expect(ledgerFileText(read)).toBe(text);
    expect(read[1]?.last).toEqual({ commit: COMMIT, date: "2026-01-02", release: "v1.4.0" });
    expect(parseLedgerFile("l.json", ledgerFileText([]))).toEqual([]);
  });

  it("refuses what it did not write, at the line and column", () => {
    /** The error for one entry line, and where that line's key is (`l.json:4:<column>`). */
    const cases: [entry: string, key: string, message: string | RegExp][] = [
      ['{"in": "a.B", "kind": "field", "number": 1, "name": "x", "type": "string", "extra": 1}', "extra", 'unknown key "extra" in an entry'],
      ['{"in": "a.B", "kind": "oneof", "number": 1, "name": "x"}', "kind", /^"kind" must be one of field, value/],
      ['{"in": "a.B", "kind": "field", "number": 1, "end": 4, "name": "x", "type": "string"}', "end", /^"end" is for a reserved range/],
      ['{"in": "a.B", "kind": "field", "number": 1.5, "name": "x", "type": "string"}', "number", '"number" must be a 32-bit integer'],
      ['{"in": "a.B", "kind": "field", "number": 1, "name": "x", "type": "string", "last": "abc 2026-01-02"}', "last", /^"last" must be absent or a commit hash/],
      [`{"in": "a.B", "kind": "field", "number": 1, "name": "x", "type": "string", "last": "${COMMIT} 2026-01-02 $(rm -rf)"}`, "last", /^"last" must be absent/],
      ['{"in": "a.B\\n::error::x", "kind": "field", "number": 1, "name": "x", "type": "string"}', "in", /^"in" must be the full name/],
      ['{"in": "a.B", "kind": "field", "number": 1, "name": "x y", "type": "string"}', "name", '"name" must be a protobuf name'],
      ['{"in": "a.B", "kind": "value", "number": 1, "name": "X", "type": "string"}', "type", '"type" is for a field or an extension'],
    ];
    for (const [entry, key, message] of cases) {
      const error = errorOf(line(entry));
      const prefix = `l.json:4:${String(entry.indexOf(`"${key}"`) + 5)}: `;
      expect(error.startsWith(prefix), `${error} (want ${prefix})`).toBe(true);
      if (typeof message === "string") expect(error.slice(prefix.length)).toBe(message);
      else expect(error.slice(prefix.length)).toMatch(message);
    }
    expect(errorOf(line("not json"))).toBe("l.json:4:5: an entry must be a JSON object on one line");
    expect(errorOf('{\n  "version": 1,\n  "entries": [\n')).toMatch(/^l\.json:4:1: the file ends before/);
    expect(errorOf(`${ledgerFileText(ENTRIES)}x\n`)).toBe(`l.json:${String(ENTRIES.length + 6)}:1: text after the end of the ledger`);
    expect(errorOf(" ".repeat(MAX_LEDGER_CHARS + 1))).toBe("l.json:1:1: the ledger file is larger than 32 MiB");
  });
});
