import { describe, expect, it } from "vitest";
import { compareImages } from "../../src/compare/pair.js";
import { compile, createParseCache } from "../../src/frontend/index.js";
import { buildImage, createImageCache } from "../../src/image/build.js";

const DECLS = `package acme.v1;

message Order {
  string id = 1;
  Kind kind = 2;
}

enum Kind {
  KIND_UNSPECIFIED = 0;
}

service Orders {
  rpc Get(Order) returns (Order);
}

extend Order {
  string note = 100;
}
`;

/** The two sides of a comparison of one file, compiled with one cache as a check compiles them. */
function sides(previous: string, current: string) {
  const cache = createParseCache();
  const images = createImageCache();
  const image = (text: string) => buildImage(compile([{ path: "order.proto", bytes: new TextEncoder().encode(text) }], { cache }).files, images);
  return { previous: image(previous), current: image(current) };
}

const counts = (c: ReturnType<typeof compareImages>) => [c.files.length, c.messages.length, c.fields.length, c.enums.length, c.services.length, c.methods.length, c.extensions.length];

describe("compareImages", () => {
  const proto2 = `syntax = "proto2";\n${DECLS.replace("string id = 1;", "optional string id = 1;").replace("Kind kind = 2;", "optional Kind kind = 2;").replace("string note = 100;", "optional string note = 100;").replace("message Order {", "message Order {\n  extensions 100 to 199;")}`;

  it("leaves unpaired, for rules, the elements of a file whose declarations are the same on both sides, and pairs them for diff", () => {
    // Only comments and layout differ: the current file shares the previous one's descriptors, with its own comments.
    const { previous, current } = sides(proto2, `// Copyright 2026\n\n${proto2.replace("message Order {", "// An order.\nmessage Order {")}`);
    expect(current.files[0]).not.toBe(previous.files[0]);
    expect(counts(compareImages(previous, current, { sharedDescriptorsUnchanged: true }))).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(counts(compareImages(previous, current))).toEqual([1, 1, 2, 1, 1, 1, 1]);
  });

  it("pairs every element of a file whose tokens changed, even where its declarations read the same", () => {
    // A space added between two tokens that had none: another key, so the file is parsed and its descriptors are its own.
    const { previous, current } = sides(proto2, proto2.replace("id = 1;", "id = 1 ;"));
    expect(counts(compareImages(previous, current, { sharedDescriptorsUnchanged: true }))).toEqual([1, 1, 2, 1, 1, 1, 1]);
  });
});
