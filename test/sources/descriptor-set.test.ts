import { create, createFileRegistry, setExtension } from "@bufbuild/protobuf";
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema,
  type FieldDescriptorProto,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breaking, InputError } from "../../src/index.js";
import { descriptorSetJson, readDescriptorSet } from "../../src/sources/descriptor-set.js";
import { wellKnownProto } from "../../src/model/well-known.js";
import { dropInvalidSpans, isValidSpan } from "../../src/sources/spans.js";
import { cli, proto, tree } from "../helpers/tree.js";

// A descriptor set that is empty or is not a FileDescriptorSet is refused
// (exit 2), never read as an empty schema; spans that cannot be positions
// are dropped before any report sees them.

const schema = { "current/a.proto": proto("a.v1", "message A {\n  string a = 1;\n}") };

describe("descriptor sets that are no schema", () => {
  it.each([
    ["an empty file", "empty.binpb", new Uint8Array(), "empty.binpb:1:1: an empty file, not a descriptor set"],
    ["an unknown field", "field2.binpb", new Uint8Array([0x10, 0x01]), "field2.binpb:1:1: not a binary FileDescriptorSet: it has fields a FileDescriptorSet does not have"],
    ["a binary file without a name", "unnamed.binpb", new Uint8Array([0x0a, 0x00]), "unnamed.binpb:1:1: file 1 of the descriptor set has no name"],
    ["an empty JSON object", "empty.json", new TextEncoder().encode("{}"), "empty.json:1:1: the descriptor set holds no files"],
    ["a misspelt JSON key", "typo.json", new TextEncoder().encode('{"fiel":[]}'), 'typo.json:1:1: not a JSON FileDescriptorSet: unknown key "fiel" (did you mean "file"?)'],
    ["a JSON list", "list.json", new TextEncoder().encode("[]"), "list.json:1:1: not a JSON FileDescriptorSet"],
    ["a file without a name", "unnamed.json", new TextEncoder().encode('{"file":[{"package":"a"}]}'), "unnamed.json:1:1: file 1 of the descriptor set has no name"],
  ])("refuses %s as --against", async (_what, name, bytes, message) => {
    const dir = tree(schema);
    writeFileSync(join(dir, name), bytes);
    const result = await cli(["breaking", "current", "--against", name], dir);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`protoguard: ${message}`);
    expect(result.code).toBe(2);
    await expect(breaking({ input: "current", against: name, cwd: dir })).rejects.toThrow(InputError);
  });

  it("still reads a set with one named file", async () => {
    const dir = tree(schema);
    writeFileSync(join(dir, "one.json"), '{"file":[{"name":"a.proto","package":"a.v1","syntax":"proto3"}]}');
    const result = await cli(["breaking", "current", "--against", "one.json"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

function withSpans(...spans: number[][]): FileDescriptorProto {
  const set = readDescriptorSet(
    new TextEncoder().encode(JSON.stringify({ file: [{ name: "a.proto", sourceCodeInfo: { location: spans.map((span) => ({ path: [4, 0], span })) } }] })),
    "json",
    "spans.json",
  );
  return (set[0] as { proto: FileDescriptorProto }).proto;
}

describe("spans read from SourceCodeInfo", () => {
  it("tells well-formed spans from impossible ones", () => {
    expect(isValidSpan([0, 0, 5])).toBe(true);
    expect(isValidSpan([2, 4, 3, 1])).toBe(true);
    expect(isValidSpan([3, 2, 3, 2])).toBe(true);
    expect(isValidSpan([-1, 0, 3])).toBe(false);
    expect(isValidSpan([0, -2, 3])).toBe(false);
    expect(isValidSpan([4, 5, 2])).toBe(false);
    expect(isValidSpan([4, 5, 3, 9])).toBe(false);
    expect(isValidSpan([0, 0])).toBe(false);
    expect(isValidSpan([0, 0, 1, 2, 3])).toBe(false);
    expect(isValidSpan([2 ** 30, 0, 1])).toBe(false);
  });

  it("drops the locations whose span is impossible when a set is read, and keeps the others", () => {
    const file = withSpans([1, 0, 4], [-1, 0, 4], [5, 2, 3, 0], [7, 0], [2 ** 30, 0, 1], [3, 1, 3, 1]);
    expect(file.sourceCodeInfo?.location.map((l) => l.span)).toEqual([
      [1, 0, 4],
      [3, 1, 3, 1],
    ]);
    expect(dropInvalidSpans(file)).toBe(0);
  });

  it("reports a finding of a set whose spans are all impossible at line 1, not at a negative or reversed position", async () => {
    const dir = tree(schema);
    const previous = {
      file: [
        {
          name: "a.proto",
          package: "a.v1",
          syntax: "proto3",
          messageType: [{ name: "A", field: [{ name: "a", number: 1, type: "TYPE_STRING", label: "LABEL_OPTIONAL", jsonName: "a" }] }, { name: "B" }],
          sourceCodeInfo: { location: [{ path: [4, 1], span: [-5, -1, -3] }, { path: [], span: [9, 9, 2, 0] }] },
        },
      ],
    };
    writeFileSync(join(dir, "previous.json"), JSON.stringify(previous));
    const result = await breaking({ input: "current", against: "previous.json", cwd: dir, use: ["MESSAGE_NO_DELETE"] });
    expect(result.findings.map((f) => [f.rule, f.line, f.column])).toEqual([["MESSAGE_NO_DELETE", 1, 1]]);
    for (const f of result.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.previous?.line ?? 1).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("a descriptor set's registry", () => {
  it("holds the set's own extensions beside the well-known files, so their values are written to JSON", () => {
    const file = create(FileDescriptorProtoSchema, {
      name: "acme/tag.proto",
      package: "acme.v1",
      dependency: ["google/protobuf/descriptor.proto"],
      syntax: "proto3",
      extension: [{ name: "tag", number: 50000, label: FieldDescriptorProto_Label.OPTIONAL, type: FieldDescriptorProto_Type.STRING, extendee: ".google.protobuf.FieldOptions", jsonName: "tag" }],
      messageType: [{ name: "M", field: [{ name: "id", number: 1, label: FieldDescriptorProto_Label.OPTIONAL, type: FieldDescriptorProto_Type.STRING, jsonName: "id" }] }],
    });
    const ext = createFileRegistry(create(FileDescriptorSetSchema, { file: [wellKnownProto("google/protobuf/descriptor.proto") as FileDescriptorProto, file] })).getExtension("acme.v1.tag");
    if (ext === undefined) throw new Error("no extension acme.v1.tag");
    const options = create(FieldOptionsSchema);
    setExtension(options, ext, "pii");
    (file.messageType[0]?.field[0] as FieldDescriptorProto).options = options;
    const json = JSON.stringify(descriptorSetJson([file]));
    expect(json).toContain('"options":{"[acme.v1.tag]":"pii"}');
    // A set that does not link (an import missing) gets the well-known files only: the value has no name to be written under.
    const broken = create(FileDescriptorProtoSchema, { name: "acme/broken.proto", dependency: ["acme/missing.proto"] });
    const partial = JSON.stringify(descriptorSetJson([file, broken]));
    expect(partial).toContain('"name":"acme/broken.proto"');
    expect(partial).not.toContain("[acme.v1.tag]");
  });
});
