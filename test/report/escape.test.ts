import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { codeFrame } from "../../src/report/codeframe.js";
import { defuseCommand, escapeTerminal, escapeTerminalLines, stringifyJson } from "../../src/report/escape.js";
import { escapeMarkdown } from "../../src/report/markdown.js";

describe("escaping for a terminal and a log", () => {
  it("shows control, C1 and bidirectional characters as escapes and keeps the rest", () => {
    expect(escapeTerminal("a\nb\rc\td\u001b[31me\u0007\u007f\u009b\u202e\u2028\u2066é漢")).toBe(
      "a\\nb\\rc\\td\\x1b[31me\\x07\\x7f\\x9b\\u202e\\u2028\\u2066é漢",
    );
  });

  it("defuses a line a runner would run, after any leading whitespace, and nothing else", () => {
    expect(defuseCommand("::error::x")).toBe("\\x3a:error::x");
    expect(defuseCommand("  \u00a0::warning::x")).toBe("  \u00a0\\x3a:warning::x");
    expect(defuseCommand("##[error]x")).toBe("\\x23#[error]x");
    expect(defuseCommand("a ::error::x")).toBe("a ::error::x");
    expect(defuseCommand(":x")).toBe(":x");
    expect(defuseCommand("#x")).toBe("#x");
  });

  it("keeps the lines of a message and defuses each", () => {
    expect(escapeTerminalLines("a.proto:1:1: import \"x\r\n::error::y\u001b\"\nsecond")).toBe(
      'a.proto:1:1: import "x\n\\x3a:error::y\\x1b"\nsecond',
    );
  });

  it("writes JSON a reader reads back the same, with no raw unsafe character", () => {
    const value = { s: "\u001b\u009b\u202e\u2028\n\"" };
    const text = stringifyJson(value, 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("escaping for Markdown", () => {
  it("breaks mentions, references and bare links, and shows a lone CR", () => {
    const z = "&#8203;";
    expect(escapeMarkdown("@octocat #12 acme/apis#3 https://x.y WWW.z.com a\rb c\r\nd")).toBe(
      `@${z}octocat #${z}12 acme/apis#${z}3 https:${z}//x.y WWW${z}.z.com a\\\\rb c d`,
    );
  });
});

describe("code frames of lines with unsafe characters", () => {
  const at = (line: number, column: number, endColumn: number): Finding => ({
    rule: "R", severity: "error", file: "a.proto", path: "a.proto", line, column, endLine: line, endColumn, message: "m",
  });

  it("escapes the line and keeps the marker under the span", () => {
    // ESC and U+202E count one column each in positions; shown as 4 and 6 characters.
    const frame = codeFrame(at(1, 4, 7), "a\u001b\u202eabc d\r\n");
    expect(frame?.text).toBe("a\\x1b\\u202eabc d");
    expect(frame?.marker).toBe(`${" ".repeat(11)}^^^`);
  });

  it("lines up after tabs and wide characters as before", () => {
    // Columns 7 to 10 are "x", BEL and a space: shown 1 + 4 + 1 wide, after 4 + 2 for the tab and 漢.
    const frame = codeFrame(at(1, 7, 10), "\t漢x\u0007 yz");
    expect(frame?.text).toBe("    漢x\\x07 yz");
    expect(frame?.marker).toBe(`${" ".repeat(6)}${"^".repeat(6)}`);
  });
});
