import { describe, expect, it } from "vitest";
import { SourceTexts } from "../src/run/source-texts.js";

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

describe("SourceTexts", () => {
  it("reads each file's text as UTF-8, without its BOM, and nothing for a file it does not hold", () => {
    const texts = new SourceTexts([
      ["a.proto", bytes("\uFEFFsyntax = \"proto3\";\n")],
      ["b.proto", bytes("// caf\u00e9\n")],
    ]);
    expect(texts.size).toBe(2);
    expect(texts.has("a.proto")).toBe(true);
    expect(texts.has("c.proto")).toBe(false);
    expect(texts.get("a.proto")).toBe('syntax = "proto3";\n');
    expect(texts.get("b.proto")).toBe("// caf\u00e9\n");
    expect(texts.get("c.proto")).toBeUndefined();
    expect([...texts.keys()]).toEqual(["a.proto", "b.proto"]);
    expect([...texts]).toEqual([
      ["a.proto", 'syntax = "proto3";\n'],
      ["b.proto", "// caf\u00e9\n"],
    ]);
    const seen: string[] = [];
    texts.forEach((text, path, map) => {
      seen.push(`${path}=${text.length}`);
      expect(map).toBe(texts);
    });
    expect(seen).toEqual(["a.proto=19", "b.proto=8"]);
  });

  it("decodes a file when it is first read, not when it is given", () => {
    const b = bytes("message A {}\n");
    const texts = new SourceTexts([["a.proto", b]]);
    b[8] = "B".charCodeAt(0);
    expect(texts.get("a.proto")).toBe("message B {}\n");
    b[8] = "C".charCodeAt(0);
    expect(texts.get("a.proto")).toBe("message B {}\n");
  });

  it("joins several, a later file replacing an earlier one of the same path, plain maps included", () => {
    const joined = SourceTexts.join([
      new SourceTexts([
        ["a.proto", bytes("old a\n")],
        ["b.proto", bytes("b\n")],
      ]),
      new SourceTexts([["a.proto", bytes("new a\n")]]),
      new Map([["c.proto", "c \u00e9\n"]]),
    ]);
    expect([...joined]).toEqual([
      ["a.proto", "new a\n"],
      ["b.proto", "b\n"],
      ["c.proto", "c \u00e9\n"],
    ]);
  });
});
