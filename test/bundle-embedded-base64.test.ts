import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { toBinary, type DescFile } from "@bufbuild/protobuf";
import { base64Decode, base64Encode } from "@bufbuild/protobuf/wire";
import * as wkt from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, it } from "vitest";

/** @bufbuild/protobuf's well-known files, whose modules decode them with fileDesc(). */
const WELL_KNOWN_FILES = Object.entries(wkt)
  .filter(([name]) => name.startsWith("file_google_protobuf_"))
  .map(([, file]) => file as DescFile);

const SHIM = resolve(import.meta.dirname, "../scripts/lib/embedded-base64.mjs");

let shim: (text: string) => Uint8Array;

beforeAll(async () => {
  shim = ((await import(pathToFileURL(SHIM).href)) as { base64Decode: typeof shim }).base64Decode;
});

describe("the CLI bundle's decoder of embedded descriptors", () => {
  it("gives @bufbuild/protobuf's bytes for each well-known file, as its generator encodes them", () => {
    expect(WELL_KNOWN_FILES.length).toBeGreaterThan(10);
    for (const file of WELL_KNOWN_FILES) {
      const text = base64Encode(toBinary(wkt.FileDescriptorProtoSchema, file.proto), "std_raw");
      expect(shim(text), file.proto.name).toEqual(base64Decode(text));
    }
  });

  it("gives the same bytes for every length and padding, as a plain Uint8Array", () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) & 0xff);
      for (const encoding of ["std", "std_raw", "url"] as const) {
        const text = base64Encode(bytes, encoding);
        const decoded = shim(text);
        expect(decoded, `${String(length)} ${encoding}`).toEqual(bytes);
        expect(Buffer.isBuffer(decoded)).toBe(false);
        expect(Buffer.isBuffer(decoded.subarray(0))).toBe(false);
      }
    }
  });
});
