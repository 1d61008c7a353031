import { fromBinary, fromJsonString } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import { FileDescriptorSetSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { ImageInput } from "../image/build.js";
import { InputError } from "../errors.js";

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
 * Reads a FileDescriptorSet (or a buf image, which has the same shape): binary,
 * or the protobuf JSON form when `format` is "json". Files buf marked as imports
 * are marked as imports here too.
 */
export function readDescriptorSet(bytes: Uint8Array, format: "binary" | "json", name: string): ImageInput[] {
  let files: FileDescriptorProto[];
  try {
    files =
      format === "json"
        ? fromJsonString(FileDescriptorSetSchema, new TextDecoder().decode(bytes), { ignoreUnknownFields: true }).file
        : fromBinary(FileDescriptorSetSchema, bytes, { readUnknownFields: true }).file;
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
