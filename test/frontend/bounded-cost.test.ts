import { describe, expect, it } from "vitest";
import { CompileError, MAX_IMPORT_DEPTH, compile } from "../../src/frontend/index.js";
import type { SourceFile } from "../../src/frontend/index.js";

const enc = new TextEncoder();
const src = (path: string, text: string): SourceFile => ({ path, bytes: enc.encode(text) });

function compileError(files: SourceFile[]): CompileError {
  try {
    compile(files);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("expected a CompileError");
}

/** A file of about `bytes` bytes made of messages shaped by `message(i)`. */
function generated(bytes: number, message: (i: number) => string): SourceFile {
  const parts = ['syntax = "proto3";\npackage gen.v1;\n'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const m = message(i);
    parts.push(m);
    size += m.length;
  }
  return src("gen.proto", parts.join(""));
}

const plainFields = (i: number): string => `message M${i} {\n  int32 kind = 1;\n  string name = 2;\n  int64 count = 3;\n  bool flag = 4;\n}\n`;
const nestedEnum = (i: number): string => `message M${i} {\n  enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; }\n  Kind kind = 1;\n  string name = 2;\n}\n`;
const mapField = (i: number): string => `message M${i} {\n  map<string, string> labels = 1;\n  string name = 2;\n  int32 count = 3;\n}\n`;

function compileMillis(file: SourceFile): number {
  const t = performance.now();
  const r = compile([file]);
  const ms = performance.now() - t;
  expect(r.files[0]?.proto.messageType.length).toBeGreaterThan(1000);
  return ms;
}

describe("linking cost", () => {
  it("stays near-linear when every message declares the same nested name", { timeout: 300_000 }, () => {
    const size = 3_000_000;
    const files = { plain: generated(size, plainFields), enums: generated(size, nestedEnum), maps: generated(size, mapField) };
    compileMillis(generated(200_000, nestedEnum));
    // The fastest of two interleaved runs each, so that a busy machine slows all kinds alike.
    const best = { plain: Infinity, enums: Infinity, maps: Infinity };
    for (let round = 0; round < 2; round++) {
      for (const kind of ["plain", "enums", "maps"] as const) best[kind] = Math.min(best[kind], compileMillis(files[kind]));
    }
    // Quadratic lookup made these more than 10 times slower than plain fields at this size.
    expect(best.enums / best.plain).toBeLessThan(3);
    expect(best.maps / best.plain).toBeLessThan(3);
  });

  it("resolves a repeated nested name in the innermost scope that has it", () => {
    const r = compile([generated(20_000, nestedEnum)]);
    const messages = r.files[0]?.proto.messageType ?? [];
    expect(messages.length).toBeGreaterThan(100);
    for (const m of messages) expect(m.field[0]?.typeName).toBe(`.gen.v1.${m.name}.Kind`);
  });
});

describe("import chains", () => {
  const chain = (n: number): SourceFile[] =>
    Array.from({ length: n }, (_, i) => src(`f${i}.proto`, `syntax = "proto3";\n${i + 1 < n ? `import "f${i + 1}.proto";\n` : ""}message M${i} {}\n`));

  it("links a chain a few hundred files deep", () => {
    const r = compile(chain(500));
    expect(r.files.length).toBe(500);
    expect(r.files[0]?.proto.dependency).toEqual(["f1.proto"]);
  });

  it("reports a chain deeper than the limit at the import that passes it, without a stack overflow", () => {
    const e = compileError(chain(3000));
    expect(e).not.toBeInstanceOf(RangeError);
    // Every file is an input: the walk from f0 stops at f999, the one from f1000 (not linked yet) at f1999.
    expect(e.message.split("\n")).toEqual([
      `f${MAX_IMPORT_DEPTH - 1}.proto:2:1: import chain too deep: more than ${MAX_IMPORT_DEPTH} files, starting at f0.proto`,
      `f${2 * MAX_IMPORT_DEPTH - 1}.proto:2:1: import chain too deep: more than ${MAX_IMPORT_DEPTH} files, starting at f${MAX_IMPORT_DEPTH}.proto`,
    ]);
  });

  it("reports a cycle found deep in a long chain with the files that form it", () => {
    const files = chain(600);
    files[599] = src("f599.proto", 'syntax = "proto3";\nimport "f598.proto";\n');
    const e = compileError(files);
    expect(e.message).toBe('f599.proto:2:1: detected cyclic import while importing "f598.proto" (f598.proto -> f599.proto -> f598.proto)');
  });
});

describe("parser limits", () => {
  const deep = 100_000;

  it.each([
    ["nested messages", `syntax = "proto3";\n${"message A {".repeat(deep)}`, "x.proto:2:1112: declarations are nested too deeply"],
    ["nested groups", `syntax = "proto2";\nmessage A {${"optional group G = 1 {".repeat(deep)}`, "x.proto:2:2212: declarations are nested too deeply"],
    ["nested option values", `syntax = "proto3";\noption (x) = ${"{a:".repeat(deep)}`, "x.proto:2:317: message value is nested too deeply (more than 100 levels)"],
    ["nested angle values", `syntax = "proto3";\noption (x) = {a ${"<a ".repeat(deep)}`, "x.proto:2:317: message value is nested too deeply (more than 100 levels)"],
    ["nested lists", `syntax = "proto3";\noption (x) = {a: ${"[".repeat(deep)}`, "x.proto:2:118: message value is nested too deeply (more than 100 levels)"],
  ])("stops %s at a depth limit, with a location", (_name, text, message) => {
    expect(compileError([src("x.proto", text)]).message).toBe(message);
  });

  it("rejects a huge integer quickly and quotes only its start", () => {
    const digits = "9".repeat(2_000_000);
    const t = performance.now();
    const field = compileError([src("x.proto", `syntax = "proto3";\nmessage A { int32 a = ${digits}; }`)]);
    const option = compileError([src("x.proto", `syntax = "proto3";\noption (x) = ${digits};`)]);
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(field.message).toBe(`x.proto:2:23: field number ${"9".repeat(32)}... (2000000 characters) is out of range (1 to 536870911)`);
    expect(option.message).toBe("x.proto:2:14: integer out of range");
  });

  it("keeps the value of long literals that are in range", () => {
    const zeros = "0".repeat(1000);
    const r = compile([src("x.proto", `syntax = "proto2";\nmessage A { optional uint64 a = 1 [default = ${zeros}17]; optional double d = 2 [default = 1${zeros}]; }`)]);
    const fields = r.files[0]?.proto.messageType[0]?.field;
    expect(fields?.map((f) => f.defaultValue)).toEqual(["15", "inf"]);
  });

  it("accepts a long identifier in linear time", () => {
    const name = "A".repeat(1_000_000);
    const r = compile([src("x.proto", `syntax = "proto3";\nmessage ${name} { ${name} self = 1; }`)]);
    expect(r.files[0]?.proto.messageType[0]?.field[0]?.typeName).toBe(`.${name}`);
  });

  it("joins many adjacent string literals in linear time", () => {
    const n = 160_000;
    const t = performance.now();
    const r = compile([src("x.proto", `syntax = "proto2";\noption go_package = ${'"x" '.repeat(n)};\nmessage A { optional bytes b = 1 [default = ${'"\\001y" '.repeat(n)}]; }`)]);
    // Copying everything joined so far at each literal took about 19 s for the option alone.
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(r.files[0]?.proto.options?.goPackage).toBe("x".repeat(n));
    expect(r.files[0]?.proto.messageType[0]?.field[0]?.defaultValue).toBe("\\001y".repeat(n));
  });
});
