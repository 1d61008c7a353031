import { create, createFileRegistry, equals, type DescFile } from "@bufbuild/protobuf";
import * as wkt from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { isWellKnownPath, WELL_KNOWN_PATHS, wellKnownProto, wellKnownProtos } from "../../src/model/well-known.js";

const SHIPPED = Object.entries(wkt)
  .filter(([name]) => name.startsWith("file_google_protobuf_"))
  .map(([, file]) => file as DescFile);

describe("the embedded well-known files", () => {
  it("are every file @bufbuild/protobuf ships, descriptor.proto first", () => {
    expect(SHIPPED.length).toBeGreaterThan(10);
    expect(WELL_KNOWN_PATHS[0]).toBe("google/protobuf/descriptor.proto");
    expect([...WELL_KNOWN_PATHS].sort()).toEqual(SHIPPED.map((f) => f.proto.name).sort());
  });

  it("decode to the descriptors @bufbuild/protobuf's files hold, JSON names and dependencies included", () => {
    for (const file of SHIPPED) {
      const proto = wellKnownProto(file.proto.name);
      expect(proto, file.proto.name).toBeDefined();
      expect(equals(wkt.FileDescriptorProtoSchema, proto as wkt.FileDescriptorProto, file.proto), file.proto.name).toBe(true);
    }
    const timestamp = wellKnownProto("google/protobuf/timestamp.proto");
    expect(timestamp?.messageType[0]?.field.map((f) => f.jsonName)).toEqual(["seconds", "nanos"]);
    expect(wellKnownProto("google/protobuf/api.proto")?.dependency).toEqual(["google/protobuf/source_context.proto", "google/protobuf/type.proto"]);
  });

  it("come each after the files it imports, so that they make a FileDescriptorSet as they are", () => {
    const seen = new Set<string>();
    for (const proto of wellKnownProtos()) {
      for (const dep of proto.dependency) expect(seen.has(dep), `${proto.name} imports ${dep}`).toBe(true);
      seen.add(proto.name);
    }
    const registry = createFileRegistry(create(wkt.FileDescriptorSetSchema, { file: wellKnownProtos() }));
    expect(registry.getMessage("google.protobuf.Api")?.fields.map((f) => f.name)).toContain("source_context");
  });

  it("are decoded once and shared, and no other path is one", () => {
    expect(wellKnownProto("google/protobuf/any.proto")).toBe(wellKnownProto("google/protobuf/any.proto"));
    expect(wellKnownProtos()[0]).toBe(wellKnownProto("google/protobuf/descriptor.proto"));
    expect(wellKnownProto("google/protobuf/nothing.proto")).toBeUndefined();
    expect(wellKnownProto("acme/any.proto")).toBeUndefined();
    expect(WELL_KNOWN_PATHS.every(isWellKnownPath)).toBe(true);
    expect(isWellKnownPath("google/protobuf/nothing.proto")).toBe(false);
    expect(isWellKnownPath("google/protobuf/any")).toBe(false);
  });
});
