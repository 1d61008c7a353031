import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { toBinary } from "@bufbuild/protobuf";
import { FieldDescriptorProto_Type, FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { CompileError, CompileErrors, MAX_LISTED_ERRORS, compile, createParseCache } from "../../src/frontend/index.js";
import type { SourceFile } from "../../src/frontend/index.js";
import { linkFile } from "../../src/frontend/linker.js";
import { parseFile } from "../../src/frontend/parser.js";
import { WELL_KNOWN_SYMBOLS, wellKnownFile } from "../../src/frontend/wkt.js";

const enc = new TextEncoder();
const src = (path: string, text: string): SourceFile => ({ path, bytes: enc.encode(text) });

function compileError(files: SourceFile[], options: Parameters<typeof compile>[1] = {}): CompileError {
  try {
    compile(files, options);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("expected a CompileError");
}

/** The error of a compile that must fail with more than one error. */
function compileErrors(files: SourceFile[]): CompileErrors {
  const e = compileError(files);
  if (!(e instanceof CompileErrors)) throw new Error(`expected several errors, got one: ${e.message}`);
  return e;
}

describe("compile", () => {
  it("resolves names with protobuf scoping and returns imports after inputs", () => {
    const r = compile([
      src(
        "a.proto",
        `syntax = "proto3"; package x.y; import "b.proto"; import "google/protobuf/any.proto";
         message M { N n = 1; y.N n2 = 2; .x.y.N n3 = 3; Inner i = 4; message Inner { z.Z z = 1; E e = 2; } enum E { E_ZERO = 0; } google.protobuf.Any any = 5; }
         message N {}`,
      ),
      src("b.proto", `syntax = "proto3"; package x.z; message Z {}`),
    ]);
    expect(r.files.map((f) => [f.proto.name, f.isImport])).toEqual([
      ["a.proto", false],
      ["b.proto", false],
      ["google/protobuf/any.proto", true],
    ]);
    const m = r.files[0]?.proto.messageType[0];
    expect(m?.field.map((f) => f.typeName)).toEqual([".x.y.N", ".x.y.N", ".x.y.N", ".x.y.M.Inner", ".google.protobuf.Any"]);
    expect(m?.nestedType[0]?.field.map((f) => [f.typeName, f.type])).toEqual([
      [".x.z.Z", FieldDescriptorProto_Type.MESSAGE],
      [".x.y.M.E", FieldDescriptorProto_Type.ENUM],
    ]);
  });

  it("sees public imports transitively, not plain imports of imports", () => {
    const files = [
      src("a.proto", `syntax = "proto3"; import "b.proto"; message A { C c = 1; D d = 2; }`),
      src("b.proto", `syntax = "proto3"; import public "c.proto"; import "d.proto";`),
      src("c.proto", `syntax = "proto3"; message C {}`),
      src("d.proto", `syntax = "proto3"; message D {}`),
    ];
    const e = compileError(files);
    expect(e.detail).toBe('unknown type "D"');
    expect([e.file, e.line, e.column]).toEqual(["a.proto", 1, 59]);
  });

  it("names a missing import, where it is imported and the paths tried", () => {
    const e = compileError([src("x.proto", `syntax = "proto3";\n  import "a/b.proto";\n`)], {
      readImport: () => undefined,
      importPathsDescription: ["proto/", "include/"],
    });
    expect(e.message).toBe('x.proto:2:3: import "a/b.proto" not found (looked in: proto/, include/)');
  });

  it.each([
    ["../outside.proto", 'import "../outside.proto" is outside the import roots (proto/): an import path is relative to a root and cannot leave it'],
    ["a/../../outside.proto", 'import "a/../../outside.proto" is outside the import roots (proto/): an import path is relative to a root and cannot leave it'],
    ["/etc/x.proto", 'import "/etc/x.proto" is outside the import roots (proto/): an import path is relative to a root and cannot leave it'],
    ["./a.proto", 'import "./a.proto" not found: an import path has no ".", ".." or empty segments, backslashes or control characters (looked in: proto/)'],
    ["a\nb.proto", 'import "a\\nb.proto" not found: an import path has no ".", ".." or empty segments, backslashes or control characters (looked in: proto/)'],
  ])("says why import %j is not read, on one line, without reading it", (path, detail) => {
    const asked: string[] = [];
    const e = compileError([src("x.proto", `syntax = "proto3";\nimport ${JSON.stringify(path)};\n`)], {
      readImport: (p) => {
        asked.push(p);
        return undefined;
      },
      importPathsDescription: ["proto/"],
    });
    expect(e.message).toBe(`x.proto:2:1: ${detail}`);
    expect(e.message).not.toContain("\n");
    expect(asked).toEqual([]);
  });

  it.each([
    ['package a;\nimport "dep.proto";\nmessage M {}\n', "package a;\nmessage M {}\n", 'x.proto:4:9: duplicate name "a.M": already defined in dep.proto'],
    ['package a;\nimport "dep.proto";\nmessage b {}\n', "package a.b;\nmessage X {}\n", 'x.proto:4:9: duplicate name "a.b": already defined as a package in dep.proto'],
    ['package a.b;\nimport "dep.proto";\nmessage C {}\n', "package a;\nmessage b { message C {} }\n", 'x.proto:4:9: duplicate name "a.b.C": already defined in dep.proto'],
    ['import "dep.proto";\nmessage C {}\n', "message C {}\n", 'x.proto:3:9: duplicate name "C": already defined in dep.proto'],
  ])("reports a top-level name of %j that an import defines too", (text, dep, message) => {
    const e = compileError([src("x.proto", `syntax = "proto3";\n${text}`)], {
      readImport: (p) => (p === "dep.proto" ? enc.encode(`syntax = "proto3";\n${dep}`) : undefined),
    });
    expect(e.message).toBe(message);
  });

  it("reads imports through readImport and marks them as imports", () => {
    const r = compile([src("x.proto", `syntax = "proto3"; import "dep.proto"; message X { Dep d = 1; }`)], {
      readImport: (p) => (p === "dep.proto" ? enc.encode(`syntax = "proto3"; message Dep {}`) : undefined),
    });
    expect(r.files.map((f) => [f.proto.name, f.isImport])).toEqual([
      ["x.proto", false],
      ["dep.proto", true],
    ]);
  });

  it.each([
    ['syntax = "proto3";\nmessage A {\n  int32 a = 1\n  string b = 2;\n}\n', 4, 3, 'syntax error: expected ";" after field declaration, found "string"'],
    ['syntax = "proto3";\nmessage A { Foo f = 1; }\n', 2, 13, 'unknown type "Foo"'],
    [
      'syntax = "proto3";\npackage p;\nimport "google/protobuf/timestamp.proto";\nmessage M {\n  message google {}\n  google.protobuf.Timestamp t = 1;\n}\n',
      6,
      3,
      'unknown type "google.protobuf.Timestamp"',
    ],
    ['syntax = "proto3";\nmessage A { int32 a = 1; int32 b = 1; }\n', 2, 36, 'duplicate field number 1 in message "A": already used by field "a"'],
    ['syntax = "proto3";\nmessage A { int32 a = 1; string a = 2; }\n', 2, 33, 'duplicate name "A.a": already defined in this file'],
    ['syntax = "proto3";\nmessage M { int32 Foo = 1; message Foo {} }\n', 2, 36, 'duplicate name "M.Foo": already defined in this file'],
    ['syntax = "proto3";\nenum E { A = 0; }\nmessage A {}\n', 2, 10, 'duplicate name "A": already defined in this file'],
    ['syntax = "proto3";\nservice S { rpc A(M) returns (M); rpc A(M) returns (M); }\nmessage M {}\n', 2, 39, 'duplicate name "S.A": already defined in this file'],
    ['syntax = "proto3";\nmessage A { int32 a = 536870912; }\n', 2, 23, "field number 536870912 is out of range (1 to 536870911)"],
    ['syntax = "proto3";\nmessage A { int32 a = 19000; }\n', 2, 23, "field number 19000 is in the range 19000 to 19999, reserved for the protobuf implementation"],
    ['syntax = "proto3";\noption java_package = "abc;\n', 2, 23, "unterminated string literal (strings cannot span lines)"],
    ['syntax = "proto3";\n/* never closed\nmessage A {}\n', 2, 1, "unterminated block comment"],
    ['syntax = "proto3";\nmessage A { reserved 5; int32 a = 5; }\n', 2, 35, 'field "a" uses reserved number 5'],
    ['syntax = "proto4";\n', 1, 10, 'unknown syntax "proto4" (expected "proto2" or "proto3")'],
    ['syntax = "proto3";\noption (nope) = 1;\n', 2, 8, 'unknown option "(nope)": no such extension is visible (is its file imported?)'],
    ['syntax = "proto3";\noption java_pakage = "x";\n', 2, 8, 'unknown option "java_pakage"'],
    [
      'syntax = "proto3";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.MessageOptions { int32 m = 50000; }\noption (m) = 1;\n',
      4,
      8,
      'option "(m)" extends google.protobuf.MessageOptions, not google.protobuf.FileOptions',
    ],
    [
      'syntax = "proto3";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { int32 x = 50002; }\noption (x).y = 1;\n',
      4,
      8,
      'option "(x).y": "x" is not a message',
    ],
    [
      'syntax = "proto3";\nimport "google/protobuf/descriptor.proto";\nmessage M { int32 a = 1; }\nextend google.protobuf.FileOptions { M fo = 50001; }\noption (fo).b = 1;\n',
      5,
      8,
      'unknown option "(fo).b": M has no field "b"',
    ],
    [
      'syntax = "proto3";\nimport "google/protobuf/descriptor.proto";\nmessage M { N n = 1; }\nmessage N { int32 a = 1; }\nextend google.protobuf.FileOptions { M fo = 50001; }\noption (fo) = { n { z: 1 } };\n',
      6,
      8,
      'unknown field "z" in message value of type N',
    ],
    ['syntax = "proto3";\noption optimize_for = FAST;\n', 2, 23, 'option "optimize_for": unknown enum value "FAST"'],
    ['syntax = "proto3";\nmessage A { map<float, string> m = 1; }\n', 2, 17, "map keys must be integral, bool or string types"],
    ['syntax = "proto3";\nmessage A { int32 a = 1 [default = 5]; }\n', 2, 26, "default values are not allowed in proto3"],
  ])("reports %j at %i:%i", (text, line, column, detail) => {
    const e = compileError([src("f.proto", text)]);
    expect(e.detail).toBe(detail);
    expect([e.file, e.line, e.column]).toEqual(["f.proto", line, column]);
    expect(e.message).toBe(`f.proto:${line}:${column}: ${detail}`);
  });

  it("says so when a .proto file is binary or not UTF-8", () => {
    expect(compileError([{ path: "b.proto", bytes: Uint8Array.from([1, 2, 0, 3]) }]).detail).toMatch(/binary data/);
    expect(compileError([{ path: "c.proto", bytes: Uint8Array.from([0x6d, 0xff, 0xfe, 0x20]) }]).detail).toMatch(/not UTF-8/);
  });

  it("reports invalid UTF-8 at line and column, counting bytes on the line as buf does", () => {
    const text = (bad: number[]): Uint8Array =>
      Uint8Array.from([...enc.encode('syntax = "proto3";\nmessage A {\n  // café '), ...bad, ...enc.encode(" x\n}\n")]);
    expect(compileError([{ path: "u.proto", bytes: text([0xff]) }]).message).toBe("u.proto:3:12: not UTF-8 text: invalid byte sequence (.proto files must be UTF-8)");
    expect(compileError([{ path: "u.proto", bytes: text([0xe2, 0x82]) }]).message).toMatch(/^u\.proto:3:12: /);
    expect(compileError([{ path: "u.proto", bytes: Uint8Array.from([0xc3]) }]).message).toMatch(/^u\.proto:1:1: /);
    // An invalid first byte in a file with later lines is still at line 1, column 1.
    expect(compileError([{ path: "u.proto", bytes: Uint8Array.from([0xff, 0x7b, 0x0a]) }]).message).toMatch(/^u\.proto:1:1: /);
  });

  it("reports every link error of a file, in source order, as buf does", () => {
    const text = `syntax = "proto3";
package a;
message A {
  Foo foo = 1;
  Bar bar = 2;
  string x = 2;
  reserved 5;
  int32 y = 5;
}
enum E { E_ZERO = 0; E_ONE = 0; }
message B { Baz z = 1; A a = 1; }
`;
    const e = compileErrors([src("a.proto", text)]);
    expect(e.errors.map((x) => `${x.line}:${x.column}: ${x.detail}`)).toEqual([
      '4:3: unknown type "Foo"',
      '5:3: unknown type "Bar"',
      '6:14: duplicate field number 2 in message "a.A": already used by field "bar"',
      '8:13: field "y" uses reserved number 5',
      '10:30: duplicate enum value number 0 in enum "a.E": already used by "E_ZERO" (set option allow_alias = true to allow aliases)',
      '11:13: unknown type "Baz"',
      '11:30: duplicate field number 1 in message "a.B": already used by field "z"',
    ]);
  });

  it("lists the first 20 errors and counts the rest", () => {
    const fields = Array.from({ length: 25 }, (_, i) => `  Missing${i} f${i} = ${i + 1};`).join("\n");
    const e = compileErrors([src("m.proto", `syntax = "proto3";\nmessage M {\n${fields}\n}\n`)]);
    expect(e.errors).toHaveLength(25);
    const lines = e.message.split("\n");
    expect(lines).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(lines[0]).toBe('m.proto:3:3: unknown type "Missing0"');
    expect(lines[19]).toBe('m.proto:22:3: unknown type "Missing19"');
    expect(lines[20]).toBe("... and 5 more errors");
  });

  it("stops collecting a file's errors at a bound", () => {
    const fields = Array.from({ length: 5000 }, (_, i) => `  Missing f${i} = ${i + 1};`).join("\n");
    const errors = compileErrors([src("m.proto", `syntax = "proto3";\nmessage M {\n${fields}\n}\n`)]).errors;
    expect(errors).toHaveLength(201);
    expect(errors[200]?.detail).toBe("stopped after 200 errors in this file");
  });

  it("reports errors of several files at once", () => {
    try {
      compile([src("a.proto", "message {"), src("b.proto", 'syntax = "proto3"; message B { X x = 1; }')]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CompileError);
      expect((e as { errors?: CompileError[] }).errors?.map((x) => x.file)).toEqual(["a.proto", "b.proto"]);
    }
  });

  it("shares linked descriptors of unchanged files between compilations through the cache", () => {
    const cache = createParseCache();
    const common = src("common.proto", `syntax = "proto3"; package c; message C {}`);
    const user = (n: number): SourceFile => src("user.proto", `syntax = "proto3"; import "common.proto"; message U { c.C c = ${n}; }`);
    const other = src("other.proto", `syntax = "proto3"; import "user.proto"; message O { U u = 1; }`);
    const a = compile([common, user(1), other], { cache });
    const b = compile([common, user(2), other], { cache });
    const byName = (r: typeof a) => new Map(r.files.map((f) => [f.proto.name, f.proto]));
    expect(byName(b).get("common.proto")).toBe(byName(a).get("common.proto"));
    expect(byName(b).get("user.proto")).not.toBe(byName(a).get("user.proto"));
    // other.proto is unchanged but imports a changed file: linked again.
    expect(byName(b).get("other.proto")).not.toBe(byName(a).get("other.proto"));
    const c = compile([common, user(1), other], { cache });
    expect(byName(c).get("other.proto")).toBe(byName(a).get("other.proto"));
  });

  it("shares an unchanged file's link when its imports changed only in comments and layout, and links it again when they declare something else", () => {
    const cache = createParseCache();
    const base = (text: string): SourceFile => src("base.proto", text);
    const mid = src("mid.proto", `syntax = "proto3"; package m; import public "base.proto"; message M { b.T t = 1; }`);
    const top = src("top.proto", `syntax = "proto3"; import "mid.proto"; message Top { m.M m = 1; b.T t = 2; }`);
    const byName = (r: ReturnType<typeof compile>) => new Map(r.files.map((f) => [f.proto.name, f.proto]));
    const a = byName(compile([base(`// Copyright 2025\nsyntax = "proto3"; package b; message T {}`), mid, top], { cache }));
    // Only a comment and the layout of base.proto changed: mid.proto and top.proto are the links made before.
    const b = byName(compile([base(`// Copyright 2026\nsyntax = "proto3";\npackage b;\n\n// T.\nmessage T {}\n`), mid, top], { cache }));
    expect(b.get("base.proto")).not.toBe(a.get("base.proto"));
    expect(b.get("mid.proto")).toBe(a.get("mid.proto"));
    expect(b.get("top.proto")).toBe(a.get("top.proto"));
    // base.proto declares something more, which neither reads. mid.proto imports it publicly, so what imports mid.proto
    // reads it through mid.proto: linked again. top.proto finds what it found before: the same descriptor.
    const c = byName(compile([base(`syntax = "proto3"; package b; message T {} message U {}`), mid, top], { cache }));
    expect(c.get("mid.proto")).not.toBe(a.get("mid.proto"));
    expect(c.get("top.proto")).toBe(a.get("top.proto"));
    expect(c.get("top.proto")?.messageType[0]?.field.map((f) => [f.typeName, f.type])).toEqual([
      [".m.M", FieldDescriptorProto_Type.MESSAGE],
      [".b.T", FieldDescriptorProto_Type.MESSAGE],
    ]);
    // T becomes an enum: what top.proto's field refers to changes, through mid.proto's public import.
    const d = byName(compile([base(`syntax = "proto3"; package b; enum T { T_UNSPECIFIED = 0; }`), mid, top], { cache }));
    expect(d.get("top.proto")).not.toBe(a.get("top.proto"));
    expect(d.get("top.proto")?.messageType[0]?.field.map((f) => [f.typeName, f.type])).toEqual([
      [".m.M", FieldDescriptorProto_Type.MESSAGE],
      [".b.T", FieldDescriptorProto_Type.ENUM],
    ]);
    // And back: the first links again.
    const e = byName(compile([base(`/* again */ syntax = "proto3"; package b; message T {}`), mid, top], { cache }));
    expect(e.get("top.proto")).toBe(a.get("top.proto"));
  });

  it("shares a file's link when its imports changed but what it finds in them did not, and links it again when what it finds changed", () => {
    const OPTS = `syntax = "proto3"; package o; import "google/protobuf/descriptor.proto"; extend google.protobuf.FieldOptions { string note = 50001; }`;
    const TYPES = `syntax = "proto3"; package t; enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; }`;
    const EXTRA = `syntax = "proto3"; package x; message Unrelated {}`;
    const user = src(
      "user.proto",
      `syntax = "proto2"; package u; import "opts.proto"; import "types.proto"; import "extra.proto";\nmessage U { optional t.Kind kind = 1 [default = KIND_A, (o.note) = "x"]; optional Other other = 2; }\nmessage Other {}`,
    );
    const cache = createParseCache();
    const run = (opts: string, types: string, extra: string) => compile([src("opts.proto", opts), src("types.proto", types), src("extra.proto", extra), user], { cache });
    const userOf = (r: ReturnType<typeof compile>) => {
      const f = r.files.find((x) => x.proto.name === "user.proto");
      if (f === undefined) throw new Error("user.proto not compiled");
      return f.proto;
    };
    const first = userOf(run(OPTS, TYPES, EXTRA));
    // Every import declares more, which user.proto does not read: the same descriptor.
    const more = userOf(run(`${OPTS} message M { string a = 1; }`, `${TYPES} message More {}`, `${EXTRA} enum E { E_UNSPECIFIED = 0; }`));
    expect(more).toBe(first);
    // The option's field takes another number: linked again.
    expect(userOf(run(OPTS.replace("50001", "50002"), TYPES, EXTRA))).not.toBe(first);
    // The enum a default names loses that value: an error, not the link from before.
    expect(() => run(OPTS, TYPES.replace("KIND_A = 1;", "KIND_B = 1;"), EXTRA)).toThrow(/default value "KIND_A" is not a value of enum "t\.Kind"/);
    // An import now declares package u.t, so `t.Kind`, resolved from inside package u, names u.t.Kind.
    const shadowed = userOf(run(OPTS, TYPES, `syntax = "proto3"; package u.t; enum Kind { K_UNSPECIFIED = 0; KIND_A = 1; }`));
    expect([first.messageType[0]?.field[0]?.typeName, shadowed.messageType[0]?.field[0]?.typeName]).toEqual([".t.Kind", ".u.t.Kind"]);
    // An import now declares a name the file declares: an error.
    expect(() => run(OPTS, TYPES, `syntax = "proto2"; package u; message Other {}`)).toThrow(/duplicate name "u\.Other"/);
    // And back to the first imports: the first descriptor.
    expect(userOf(run(OPTS, TYPES, EXTRA))).toBe(first);
  });

  it("gives a file whose content has the tokens of one compiled before that one's descriptor, with its own locations and comments", () => {
    const opts = src("opts.proto", `syntax = "proto3"; package o; import "google/protobuf/descriptor.proto"; extend google.protobuf.FieldOptions { string note = 50001; }`);
    const v1 = `// Copyright 2025\nsyntax = "proto3";\npackage p;\nimport "opts.proto";\n// A thing.\nmessage A {\n  string a = 1 [(o.note) = "x"];\n}\n`;
    const v2 = `// Copyright 2026\n// Licensed.\nsyntax = "proto3";\n\npackage p;\nimport "opts.proto";\n\n/* The thing. */\nmessage A {\n    string a = 1 [(o.note) = "x"]; // trailing\n}\n`;
    const user = src("user.proto", `syntax = "proto3"; import "a.proto"; message U { p.A a = 1; }`);
    const cache = createParseCache();
    const first = compile([opts, src("a.proto", v1), user], { cache });
    const second = compile([opts, src("a.proto", v2), user], { cache });
    const alone = compile([opts, src("a.proto", v2), user]);
    const proto = (r: ReturnType<typeof compile>, name: string) => {
      const f = r.files.find((x) => x.proto.name === name);
      if (f === undefined) throw new Error(`${name} not compiled`);
      return f.proto;
    };
    const bin = (r: ReturnType<typeof compile>, name: string) => toBinary(FileDescriptorProtoSchema, proto(r, name));
    // Not parsed again: the messages are those of the first content.
    expect(proto(second, "a.proto")).not.toBe(proto(first, "a.proto"));
    expect(proto(second, "a.proto").messageType[0]).toBe(proto(first, "a.proto").messageType[0]);
    // Read before the first content's: the locations and comments are the second content's, as a compilation of it alone has them.
    expect(proto(second, "a.proto").sourceCodeInfo?.location.find((l) => l.path.join(".") === "4.0")?.leadingComments).toBe(" The thing. ");
    expect(bin(second, "a.proto")).toEqual(bin(alone, "a.proto"));
    expect(bin(first, "a.proto")).not.toEqual(bin(second, "a.proto"));
    expect(proto(first, "a.proto").sourceCodeInfo?.location.find((l) => l.path.join(".") === "4.0")?.leadingComments).toBe(" A thing.\n");
    // A file that imports it links as it did against the first content.
    expect(proto(second, "user.proto")).toBe(proto(first, "user.proto"));
    expect(bin(second, "user.proto")).toEqual(bin(alone, "user.proto"));
    // A content with other tokens is parsed: the near miss.
    const third = compile([opts, src("a.proto", v2.replace('"x"', '"y"')), user], { cache });
    expect(proto(third, "a.proto").messageType[0]).not.toBe(proto(first, "a.proto").messageType[0]);
    expect(bin(third, "a.proto")).toEqual(bin(compile([opts, src("a.proto", v2.replace('"x"', '"y"')), user]), "a.proto"));
  });

  it("reports the errors of a file with the tokens of one compiled before as a compilation of it alone does", () => {
    const cases: [string, string][] = [
      // A missing import, at the import's own position.
      [`syntax = "proto3"; import "dep.proto";`, `// moved\n\nsyntax = "proto3";\n   import "dep.proto";`],
      // Bytes no .proto file may hold, in a comment.
      [`syntax = "proto3"; message M {}`, `syntax = "proto3"; // \u0000\nmessage M {}`],
      // A block comment left open.
      [`syntax = "proto3"; message M {} /* c */`, `syntax = "proto3"; message M {} /* c`],
    ];
    for (const [before, after] of cases) {
      const cache = createParseCache();
      compile([src("dep.proto", `syntax = "proto3";`), src("a.proto", before)], { cache });
      const shared = compileError([src("a.proto", after)], { cache });
      const fresh = compileError([src("a.proto", after)]);
      expect(shared.message, after).toBe(fresh.message);
    }
    const cache = createParseCache();
    compile([src("dep.proto", `syntax = "proto3";`), src("a.proto", `syntax = "proto3"; import "dep.proto";`)], { cache });
    expect(compileError([src("a.proto", `// moved\n\nsyntax = "proto3";\n   import "dep.proto";`)], { cache }).message).toMatch(/^a\.proto:4:4: /);
    // Not UTF-8, in a comment.
    const bad: SourceFile = { path: "a.proto", bytes: new Uint8Array([...enc.encode('syntax = "proto3"; // '), 0xff, ...enc.encode("\nmessage M {}")]) };
    const before = createParseCache();
    compile([src("a.proto", `syntax = "proto3"; message M {}`)], { cache: before });
    expect(compileError([bad], { cache: before }).message).toBe(compileError([bad]).message);
  });

  it("returns built-in well-known types with their own imports", () => {
    const r = compile([src("x.proto", `edition = "2023"; import "google/protobuf/go_features.proto"; option features.(pb.go).legacy_unmarshal_json_enum = true;`)]);
    expect(r.files.map((f) => [f.proto.name, f.isImport])).toEqual([
      ["x.proto", false],
      ["google/protobuf/descriptor.proto", true],
      ["google/protobuf/go_features.proto", true],
    ]);
    const opt = r.files[0]?.proto.options?.uninterpretedOption[0];
    expect(opt?.name.map((n) => [n.namePart, n.isExtension])).toEqual([
      ["features", false],
      ["pb.go", true],
      ["legacy_unmarshal_json_enum", false],
    ]);
    expect(opt?.identifierValue).toBe("true");
    expect(r.files[0]?.proto.sourceCodeInfo?.location.map((l) => l.path.join("."))).toContain("8.50.1002.1");
  });

  it("gives a file the SourceCodeInfo of a parse that records locations, though it compiles without them", () => {
    const text = [
      "// Leading comment of the syntax statement.",
      'syntax = "proto2";',
      "package p;",
      'import "google/protobuf/descriptor.proto";',
      "message Rule { optional string get = 1; repeated string tags = 2; }",
      "extend google.protobuf.MethodOptions { optional Rule rule = 50001; }",
      "extend google.protobuf.ExtensionRangeOptions { optional int32 level = 50002; }",
      "",
      "// Detached.",
      "",
      "// Leading comment of A.",
      "message A {",
      "  optional int32 a = 1; // Trailing comment of a.",
      "  extensions 100 to 199, 300 to max [(level) = 3];",
      "}",
      "service S {",
      '  rpc Get(A) returns (A) { option (rule) = { get: "/v1/a" tags: "x" tags: "y" }; }',
      "}",
      "",
    ].join("\n");
    const r = compile([src("a.proto", text)]);
    const compiled = r.files[0]?.proto.sourceCodeInfo;
    const descriptor = wellKnownFile("google/protobuf/descriptor.proto");
    if (descriptor === undefined) throw new Error("descriptor.proto is not a built-in file");
    const deps = [descriptor];
    const recorded = linkFile(parseFile("a.proto", text), deps, WELL_KNOWN_SYMBOLS).proto.sourceCodeInfo;
    expect(compiled?.location.length).toBeGreaterThan(40);
    expect(compiled).toEqual(recorded);
    const a = compiled?.location.find((l) => l.path.join(".") === "4.1");
    expect([a?.leadingComments, a?.leadingDetachedComments]).toEqual([" Leading comment of A.\n", [" Detached.\n"]]);
    expect(compiled?.location.map((l) => l.path.join("."))).toEqual(expect.arrayContaining(["6.0.2.0.4.50001.1", "6.0.2.0.4.50001.2.1", "4.1.5.1.3.50002"]));
  });

  it("reads the same descriptor from an ASCII file's bytes as from its text", () => {
    const text = [
      'syntax = "proto3";',
      "package acme.very_long_package_name.v1;",
      'import "google/protobuf/descriptor.proto";',
      'option java_package = "com.acme.very_long_package_name.v1";',
      "extend google.protobuf.FieldOptions { string field_annotation_with_long_name = 50001; }",
      "message AVeryLongMessageNameIndeed {",
      '  string a_field_with_a_long_name = 1 [json_name = "aFieldWithALongJsonName", (field_annotation_with_long_name) = "escaped\\tvalue and more"];',
      '  reserved "a_reserved_field_name_that_is_long";',
      "  enum AnEnumWithALongName { AN_ENUM_WITH_A_LONG_NAME_UNSPECIFIED = 0; }",
      "}",
      "",
    ].join("\n");
    const bytes = enc.encode(text);
    const fromText = parseFile("a.proto", text).proto;
    const fromBytes = parseFile("a.proto", text, true, true, bytes).proto;
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes.messageType[0]?.field[0]?.jsonName).toBe("aFieldWithALongJsonName");
    expect(fromBytes.messageType[0]?.reservedName).toEqual(["a_reserved_field_name_that_is_long"]);
    expect(fromBytes.options?.javaPackage).toBe("com.acme.very_long_package_name.v1");
  });

  it("keeps the characters of long names and strings of a text that is not ASCII, lone surrogates included", () => {
    const text = [
      'syntax = "proto3";',
      "message AVeryLongMessageNameIndeed {",
      '  string a_field_with_a_long_name = 1 [json_name = "\u00e9t\u00e9_long_json_name_\u{1f600}"];',
      '  string another_long_field_name = 2 [json_name = "\ud800_lone_surrogate_name"];',
      "}",
      "",
    ].join("\n");
    const fields = parseFile("a.proto", text).proto.messageType[0]?.field;
    expect(fields?.map((f) => [f.name, f.jsonName])).toEqual([
      ["a_field_with_a_long_name", "\u00e9t\u00e9_long_json_name_\u{1f600}"],
      ["another_long_field_name", "\ud800_lone_surrogate_name"],
    ]);
  });

  it("places the errors of a file that does not link, though it compiles without locations", () => {
    const e = compileError([src("a.proto", 'syntax = "proto3";\n\nmessage A {\n  int32 a = 1;\n  reserved 1;\n}\n')]);
    expect(e.message).toBe('a.proto:4:13: field "a" uses reserved number 1');
  });

  it("rejects two files extending a message with the same number, as buf does", () => {
    const ext = (pkg: string): string => `syntax = "proto3"; package ${pkg}; import "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions {\n  string label = 50001;\n}\n`;
    const e = compileError([src("a.proto", ext("a")), src("b.proto", ext("b"))]);
    expect(e.message).toBe("b.proto:3:18: extension number 50001 of google.protobuf.FileOptions is already used by a.label (a.proto)");
  });

  it("reports an import cycle at the import that closes it, in buf's words", () => {
    const e = compileError([
      src("a.proto", 'syntax = "proto3";\n\nimport "b.proto";\n'),
      src("b.proto", 'syntax = "proto3";\nimport "c.proto";\n'),
      src("c.proto", 'syntax = "proto3";\nimport "a.proto";\n'),
    ]);
    expect(e.message).toBe('c.proto:2:1: detected cyclic import while importing "a.proto" (a.proto -> b.proto -> c.proto -> a.proto)');
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("bad input never crashes", () => {
  const root = resolve(import.meta.dirname, "corpus/basic");
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith(".proto") ? [join(d, n)] : []));
  const corpus = new Map(walk(root).map((p) => [relative(root, p), readFileSync(p)]));
  const readImport = (p: string): Uint8Array | undefined => corpus.get(p);
  const tokens = ["{", "}", ";", "=", "(", ")", "[", "]", "<", ">", ",", ".", '"', "'", "/*", "//", "-", "0x", "1e", "\n", "\t", "max", "to", "message", "group", "map", "option", "\u00e9", "\\"];

  for (const [path, bytes] of corpus) {
    it(`mutations of ${path} end in success or CompileError`, () => {
      const next = rng(path.length * 7919 + bytes.length);
      for (let i = 0; i < 150; i++) {
        let mutated: Uint8Array;
        const r = next();
        if (r < 0.3) {
          mutated = bytes.subarray(0, Math.floor(next() * bytes.length));
        } else if (r < 0.6) {
          mutated = Uint8Array.from(bytes);
          for (let k = 0; k < 1 + Math.floor(next() * 3); k++) mutated[Math.floor(next() * mutated.length)] = Math.floor(next() * 256);
        } else {
          const text = new TextDecoder().decode(bytes);
          const at = Math.floor(next() * text.length);
          const tok = tokens[Math.floor(next() * tokens.length)] as string;
          const cut = next() < 0.5 ? 0 : Math.floor(next() * 8);
          mutated = new TextEncoder().encode(text.slice(0, at) + tok + text.slice(at + cut));
        }
        try {
          compile([{ path, bytes: mutated }], { readImport });
        } catch (e) {
          if (!(e instanceof CompileError)) {
            throw new Error(`mutation ${i} of ${path} threw ${String(e)}\n${new TextDecoder().decode(mutated)}`);
          }
        }
      }
    });
  }
});
