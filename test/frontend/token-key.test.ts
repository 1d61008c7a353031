import { describe, expect, it } from "vitest";
import { Lexer, EOF } from "../../src/frontend/lexer.js";
import { tokenKey, tokenText } from "../../src/frontend/token-key.js";

const enc = new TextEncoder();
function text(s: string): string {
  const t = tokenText(enc.encode(s));
  if (t === undefined) throw new Error(`no token text for ${JSON.stringify(s)}`);
  return new TextDecoder().decode(t);
}

function key(s: string): string {
  const k = tokenKey(enc.encode(s));
  if (k === undefined) throw new Error(`no token key for ${JSON.stringify(s)}`);
  return k;
}

/** The file's tokens as the lexer reads them. */
function tokens(s: string): string[] {
  const lx = new Lexer(s);
  const out: string[] = [];
  lx.next();
  while (lx.kind !== EOF) {
    out.push(lx.text());
    lx.next();
  }
  return out;
}

describe("tokenText", () => {
  it("writes each run of whitespace and comments between tokens as one space", () => {
    expect(text("  syntax =\t\"proto3\" ;\r\n\n// note\nmessage  A {/* x */}\v\f")).toBe('syntax = "proto3" ; message A { }');
    expect(text("a/**/b")).toBe("a b");
    expect(text("a//c\nb")).toBe("a b");
    expect(text("a//c")).toBe("a");
  });

  it("keeps string literals whole, comment markers, quotes and escapes included", () => {
    expect(text(`option x = "a // b /* c */  d";`)).toBe(`option x = "a // b /* c */  d";`);
    expect(text(`x = 'it\\'s  // x'; y`)).toBe(`x = 'it\\'s  // x'; y`);
    expect(text(`x = "\\\\" // c\n;`)).toBe(`x = "\\\\" ;`);
    expect(text(`x = "é  ü" ;`)).toBe(`x = "é  ü" ;`);
  });

  it("gives the same key to texts that differ only in which whitespace and comments separate tokens, and a different one to any other change", () => {
    const same = [
      ["message A { int32 a = 1; }", "/* c */ message\nA {\n  // x\n  int32 a = 1;\n}\n"],
      ["// Copyright 2025\nsyntax = \"proto3\";", "// Copyright 2026\n\nsyntax\t=  \"proto3\";"],
      [`option (a).b = "x" "y";`, `option (a).b = /* one */ "x"\n   "y";`],
    ];
    for (const [a, b] of same as [string, string][]) {
      expect(tokens(a)).toEqual(tokens(b));
      expect(key(a), `${a} | ${b}`).toBe(key(b));
    }
    const differ = [
      ["message A {}", "message B {}"],
      ["int32 a = 1;", "int32 a = 2;"],
      ["a b", "ab"],
      ["a.b", "a .b"],
      [`x = "a b";`, `x = "a  b";`],
      [`x = "a"; // "b"`, `x = "a"; "b"`],
      ["1 2", "12"],
    ];
    for (const [a, b] of differ as [string, string][]) expect(key(a), `${a} | ${b}`).not.toBe(key(b));
    // The same tokens told apart by whether a space separates two of them: a different key, which only costs a link.
    expect(tokens("message A{int32 a=1;}")).toEqual(tokens("message A { int32 a = 1; }"));
    expect(key("message A{int32 a=1;}")).not.toBe(key("message A { int32 a = 1; }"));
  });

  it("has no key for bytes the lexer stops at in a gap or a string, so that no such file shares the key of one that lexes", () => {
    const lexErrors = ['x = "abc\n" y;', "x = 'a", 'x = "a\\\nb";', 'x = "a\\', "x; /* open", 'x = "a\u0000b";'];
    for (const s of lexErrors) {
      expect(() => tokens(s), s).toThrow();
      expect(tokenText(enc.encode(s)), s).toBeUndefined();
      expect(tokenKey(enc.encode(s)), s).toBeUndefined();
    }
    // The near misses lex, and have keys: a line comment that runs to the end, a block comment closed at the very end.
    expect(key("x; // open")).toBe(key("x;"));
    expect(key("x; /* closed */")).toBe(key("x;"));
    // Were a string cut at a line end read on after it, 'x = "abc\n" y;' would have the text of 'x = "abc " y;'.
    expect(text('x = "abc " y;')).toBe('x = "abc " y;');
  });
});
