import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { toBinary } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { CompileError, compile } from "../../src/frontend/index.js";
import type { SourceFile } from "../../src/frontend/index.js";
import { sourceTape } from "../../src/frontend/linker.js";
import { FIXTURES, fixtureSides } from "../helpers/fixtures.js";



function protoFiles(root: string, dir = root, out: SourceFile[] = []): SourceFile[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) protoFiles(root, full, out);
    else if (name.endsWith(".proto")) out.push({ path: relative(root, full), bytes: readFileSync(full) });
  }
  return out;
}

interface First {
  span: readonly number[];
  leadingComments: string;
}

/** What a reader of the SourceCodeInfo finds first for each path (locations whose span has 3 or 4 numbers). */
function firstBySourceCodeInfo(locations: readonly { path: readonly number[]; span: readonly number[]; leadingComments: string }[]): Map<string, First> {
  const out = new Map<string, First>();
  for (const loc of locations) {
    if (loc.span.length !== 3 && loc.span.length !== 4) continue;
    const key = loc.path.join(",");
    if (!out.has(key)) out.set(key, { span: loc.span, leadingComments: loc.leadingComments });
  }
  return out;
}

describe("locations recorded at the first parse", () => {
  it("are those of a file parsed again to locate it, descriptor and SourceCodeInfo byte for byte, across the fixtures", () => {
    let files = 0;
    for (const side of fixtureSides()) {
      const inputs = protoFiles(side);
      let first;
      let later;
      try {
        first = compile(inputs, { locateFirst: true });
        later = compile(inputs, { locateFirst: false });
      } catch (e) {
        if (e instanceof CompileError) continue;
        throw e;
      }
      expect(first.files.map((f) => f.proto.name)).toEqual(later.files.map((f) => f.proto.name));
      first.files.forEach((f, i) => {
        const other = later.files[i]?.proto;
        if (other === undefined) throw new Error(`${side}: ${f.proto.name} compiled once only`);
        const bytes = toBinary(FileDescriptorProtoSchema, f.proto);
        expect(Buffer.from(bytes).equals(toBinary(FileDescriptorProtoSchema, other)), `${relative(FIXTURES, side)} ${f.proto.name}`).toBe(true);
        if (!f.isImport) expect(f.proto.sourceCodeInfo?.location.length, f.proto.name).toBeGreaterThan(0);
        files++;
      });
    }
    expect(files).toBeGreaterThan(300);
  });
});

describe("LocTape.first", () => {
  it("finds for every path what the built SourceCodeInfo has first, across the fixtures", () => {
    let files = 0;
    let paths = 0;
    for (const side of fixtureSides()) {
      let compiled;
      try {
        compiled = compile(protoFiles(side));
      } catch (e) {
        // A side that does not compile has no locations to compare.
        if (e instanceof CompileError) continue;
        throw e;
      }
      for (const f of compiled.files) {
        if (f.isImport) continue;
        const tape = sourceTape(f.proto);
        expect(tape, `${side} ${f.proto.name}`).toBeDefined();
        if (tape === undefined) continue;
        const info = f.proto.sourceCodeInfo;
        if (info === undefined) throw new Error(`${side} ${f.proto.name}: no SourceCodeInfo to compare the tape with`);
        const expected = firstBySourceCodeInfo(info.location);
        expect(expected.size, `${side} ${f.proto.name}`).toBeGreaterThan(0);
        for (const [key, want] of expected) {
          const path = key === "" ? [] : key.split(",").map(Number);
          expect(tape.first(path), `${relative(FIXTURES, side)} ${f.proto.name} [${key}]`).toEqual(want);
          paths++;
        }
        expect(tape.first([999, 0, 999])).toBeUndefined();
        files++;
      }
    }
    expect(files).toBeGreaterThan(300);
    expect(paths).toBeGreaterThan(10_000);
  });

  it("is not used once the SourceCodeInfo is replaced", () => {
    const { files } = compile([{ path: "a.proto", bytes: new TextEncoder().encode('syntax = "proto3";\npackage a;\nmessage M { string s = 1; }\n') }]);
    const proto = files[0]?.proto;
    expect(proto).toBeDefined();
    if (proto === undefined) return;
    const fromTape = sourceTape(proto)?.first([4, 0]);
    expect(fromTape?.span).toEqual(proto.sourceCodeInfo?.location.find((l) => l.path.join(",") === "4,0")?.span);
    expect(fromTape?.span.length).toBe(3);
    proto.sourceCodeInfo = undefined;
    expect(sourceTape(proto)).toBeUndefined();
  });
});
