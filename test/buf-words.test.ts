import { describe, expect, it } from "vitest";
import { goFloat } from "../rules/util/buf-default.js";
import { goQuote } from "../rules/util/buf-words.js";

// buf writes its messages with Go's fmt; --format buf-json must print the same
// characters. The fixture corpus checks these against the real buf
// (test/buf-json-parity.test.ts); here are the cases the corpus does not reach.

describe("goFloat: a float as Go's %v prints it", () => {
  it("switches to an exponent below 1e-4 and from 1e6, with two exponent digits", () => {
    const values = [0.1, 5, 5.5, 0.25, 100000, 1e6, 1234567, 1.5e-7, 0.0001, 0.00001, -2.5, 1e21];
    expect(values.map((v) => goFloat(v, 64))).toEqual([
      "0.1", "5", "5.5", "0.25", "100000", "1e+06", "1.234567e+06", "1.5e-07", "0.0001", "1e-05", "-2.5", "1e+21",
    ]);
  });

  it("writes the shortest digits for the width: float keeps float's digits", () => {
    expect(goFloat(Math.fround(0.1), 32)).toBe("0.1");
    expect(goFloat(Math.fround(0.10000001), 32)).toBe("0.10000001");
    expect(goFloat(Math.fround(0.1), 64)).toBe("0.10000000149011612");
  });

  it("names the special values as Go does", () => {
    expect([NaN, Infinity, -Infinity, 0, -0].map((v) => goFloat(v, 64))).toEqual(["NaN", "+Inf", "-Inf", "0", "-0"]);
  });
});

describe("goQuote: a string as Go's %q quotes it", () => {
  it("escapes quotes, backslashes and control characters, and keeps printable text", () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote("x\n\t\u0001\u007f")).toBe('"x\\n\\t\\x01\\x7f"');
    expect(goQuote("Acme::Orders é ü 日本")).toBe('"Acme::Orders é ü 日本"');
  });

  it("quotes every ASCII character as Go does, on either side of the printable range", () => {
    const named: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 0x22: '\\"', 0x5c: "\\\\" };
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      const expected = named[c] ?? (c < 0x20 || c === 0x7f ? `\\x${c.toString(16).padStart(2, "0")}` : ch);
      expect(goQuote(`a${ch}b`)).toBe(`"a${expected}b"`);
    }
    expect(goQuote("")).toBe('""');
  });

  it("escapes what Go does not count as printable: format, separator and C1 characters", () => {
    expect(goQuote("\u202e\u2028\u009b\u{e0001}")).toBe('"\\u202e\\u2028\\u009b\\U000e0001"');
  });
});
