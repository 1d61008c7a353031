import {
  create,
  createFileRegistry,
  createRegistry,
  fromBinary,
  fromJsonString,
  toJson,
  type Registry,
} from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import {
  FileDescriptorSetSchema,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type { ImageInput } from "../image/build.js";
import { InputError } from "../model/errors.js";
import { WELL_KNOWN_FILES } from "../frontend/wkt.js";

/** Field number of buf's ImageFileExtension on FileDescriptorProto (buf.alpha.image.v1). */
const BUF_IMAGE_EXTENSION = 8042;
/** ImageFileExtension.is_import */
const BUF_IS_IMPORT = 1;

/** Whether buf marked a file of its image as an import (not part of the module). */
function isBufImport(file: FileDescriptorProto): boolean {
  for (const field of file.$unknown ?? []) {
    if (field.no !== BUF_IMAGE_EXTENSION || field.wireType !== WireType.LengthDelimited) continue;
    const reader = new BinaryReader(new BinaryReader(field.data).bytes());
    while (reader.pos < reader.len) {
      const [no, wireType] = reader.tag();
      if (no === BUF_IS_IMPORT && wireType === WireType.Varint) return reader.bool();
      reader.skip(wireType);
    }
  }
  return false;
}


/**
 * A registry of a set's files and the well-known types, so that extension
 * values (custom options, `features.(pb.cpp)`) are written to and read from
 * the JSON form instead of being dropped. A set that does not link (a
 * dependency missing) gets the well-known types only.
 */
export function descriptorRegistry(files: readonly FileDescriptorProto[]): Registry {
  const names = new Set(files.map((f) => f.name));
  const missing = WELL_KNOWN_FILES.filter((f) => !names.has(f.proto.name)).map((f) => f.proto);
  try {
    return createFileRegistry(create(FileDescriptorSetSchema, { file: [...missing, ...files] }));
  } catch {
    return createRegistry(...WELL_KNOWN_FILES);
  }
}

/**
 * Reads the JSON form: once for the files, then again with their registry
 * when it holds extension values. buf writes its image marks as
 * `"bufExtension": {"isImport": true}` next to a file's fields.
 */
function fromJsonSet(text: string): ImageInput[] {
  const plain = fromJsonString(FileDescriptorSetSchema, text, { ignoreUnknownFields: true }).file;
  const files = text.includes('"[')
    ? fromJsonString(FileDescriptorSetSchema, text, { ignoreUnknownFields: true, registry: descriptorRegistry(plain) }).file
    : plain;
  const raw = JSON.parse(text) as { file?: { bufExtension?: { isImport?: unknown } }[] };
  return files.map((proto, i) => ({ proto, isImport: raw.file?.[i]?.bufExtension?.isImport === true }));
}

/**
 * The protobuf JSON form of a FileDescriptorSet, two-space indented: keys
 * in field order, extension values included.
 */
export function writeDescriptorSetJson(files: readonly FileDescriptorProto[]): string {
  const set = create(FileDescriptorSetSchema, { file: [...files] });
  const json = toJson(FileDescriptorSetSchema, set, { registry: descriptorRegistry(files) });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Reads a FileDescriptorSet (or a buf image, which has the same shape): binary,
 * or the protobuf JSON form when `format` is "json". Files buf marked as imports
 * are marked as imports here too.
 */
export function readDescriptorSet(bytes: Uint8Array, format: "binary" | "json", name: string): ImageInput[] {
  let files: FileDescriptorProto[];
  try {
    if (format === "json") return fromJsonSet(new TextDecoder().decode(bytes));
    files = fromBinary(FileDescriptorSetSchema, bytes, { readUnknownFields: true }).file;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid ${format === "json" ? "JSON" : "binary"} FileDescriptorSet: ${why}`);
  }
  try {
    return files.map((proto) => ({ proto, isImport: isBufImport(proto) }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid buf image: ${why}`);
  }
}
