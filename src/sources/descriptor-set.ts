import {
  create,
  createFileRegistry,
  fromBinary,
  fromJsonString,
  toJson,
  type JsonValue,
  type Registry,
} from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import {
  FileDescriptorSetSchema,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { readFileSync } from "node:fs";
import { dirname, posix } from "node:path";
import { closest } from "../model/suggest.js";
import type { ImageInput } from "../model/inputs.js";
import { InputError } from "../model/errors.js";
import { wellKnownProtos } from "../model/well-known.js";
import type { DescriptorSetSource, InputFormat } from "./source.js";
import { isPbjsBundle, readPbjsBundle } from "./pbjs.js";
import { besideProtos, type BesideProtos } from "./pbjs-beside.js";
import { dropInvalidSpans } from "./spans.js";
import { errorCode } from "../model/narrow.js";

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
  const wellKnown = wellKnownProtos();
  const missing = wellKnown.filter((f) => !names.has(f.name));
  try {
    return createFileRegistry(create(FileDescriptorSetSchema, { file: [...missing, ...files] }));
  } catch {
    return createFileRegistry(create(FileDescriptorSetSchema, { file: wellKnown }));
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
 * The protobuf JSON form of a FileDescriptorSet, as a value: keys in field
 * order, extension values included. A sink writes it as text.
 */
export function descriptorSetJson(files: readonly FileDescriptorProto[]): JsonValue {
  const set = create(FileDescriptorSetSchema, { file: [...files] });
  return toJson(FileDescriptorSetSchema, set, { registry: descriptorRegistry(files) });
}

/** The parsed text when it is a protobufjs JSON bundle (pbjs.ts), else undefined. */
function pbjsBundleOf(text: string): unknown {
  if (!text.includes('"nested"')) return undefined;
  try {
    const top = JSON.parse(text) as unknown;
    return isPbjsBundle(top) ? top : undefined;
  } catch {
    return undefined;
  }
}

/** The parsed text of a file forced to be read as a protobufjs JSON bundle; anything else is an InputError. */
function forcedPbjsBundle(bytes: Uint8Array, name: string): unknown {
  let top: unknown;
  try {
    top = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a protobufjs JSON bundle: ${why}`);
  }
  if (!isPbjsBundle(top)) {
    throw new InputError(`${name}:1:1: not a protobufjs JSON bundle: the file must hold an object with "nested" and no "file"`);
  }
  return top;
}

/** The top-level keys of the JSON form of a FileDescriptorSet. */
const JSON_KEYS = ["file"];

/**
 * Checks the top of the JSON form before it is read as a FileDescriptorSet:
 * an object whose only key is `file`. A misspelt key would otherwise be
 * skipped and the set read as empty.
 */
function checkJsonTop(text: string, name: string): void {
  let top: unknown;
  try {
    top = JSON.parse(text) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid JSON FileDescriptorSet: ${why}`);
  }
  if (typeof top !== "object" || top === null || Array.isArray(top)) {
    throw new InputError(`${name}:1:1: not a JSON FileDescriptorSet: the file must hold an object with a "file" list`);
  }
  for (const key of Object.keys(top)) {
    if (JSON_KEYS.includes(key)) continue;
    const hint = closest(key, JSON_KEYS);
    throw new InputError(
      `${name}:1:1: not a JSON FileDescriptorSet: unknown key ${JSON.stringify(key)}${hint === undefined ? "" : ` (did you mean "${hint}"?)`}; a FileDescriptorSet has only "file"`,
    );
  }
}

/**
 * Reads a FileDescriptorSet (or a buf image, which has the same shape): binary,
 * or the protobuf JSON form when `format` is "json". Files buf marked as imports
 * are marked as imports here too. A set that is empty, holds no file, has
 * fields or keys a FileDescriptorSet does not have, or a file without a name
 * is an InputError; spans that are not well formed are dropped (dropInvalidSpans).
 */
export function readDescriptorSet(bytes: Uint8Array, format: "binary" | "json", name: string): ImageInput[] {
  if (bytes.length === 0) throw new InputError(`${name}:1:1: an empty file, not a descriptor set`);
  let inputs: ImageInput[];
  try {
    if (format === "json") {
      const text = new TextDecoder().decode(bytes);
      const bundle = pbjsBundleOf(text);
      if (bundle !== undefined) return readPbjsBundle(bundle, name);
      checkJsonTop(text, name);
      inputs = fromJsonSet(text);
    } else {
      const set = fromBinary(FileDescriptorSetSchema, bytes, { readUnknownFields: true });
      if ((set.$unknown?.length ?? 0) > 0) {
        throw new InputError(`${name}:1:1: not a binary FileDescriptorSet: it has fields a FileDescriptorSet does not have`);
      }
      inputs = set.file.map((proto) => ({ proto, isImport: false }));
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid ${format === "json" ? "JSON" : "binary"} FileDescriptorSet: ${why}`);
  }
  if (inputs.length === 0) throw new InputError(`${name}:1:1: the descriptor set holds no files`);
  const unnamed = inputs.findIndex((i) => i.proto.name === "");
  if (unnamed >= 0) throw new InputError(`${name}:1:1: file ${unnamed + 1} of the descriptor set has no name`);
  for (const input of inputs) dropInvalidSpans(input.proto);
  if (format === "json") return inputs;
  try {
    return inputs.map(({ proto }) => ({ proto, isImport: isBufImport(proto) }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid buf image: ${why}`);
  }
}

const BINARY_SETS = [".binpb", ".pb", ".bin"];

/** The descriptor set format a file name says, if any. */
export function setFormat(name: string): "binary" | "json" | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  return BINARY_SETS.some((ext) => lower.endsWith(ext)) ? "binary" : undefined;
}

/**
 * Reads a descriptor set input (`old.binpb`, `proto.lock.json`) from a file;
 * with `forced` "pbjs", a protobufjs JSON bundle whatever its shape says.
 */
export function readSetSource(spec: string, path: string, label: string, forced?: InputFormat): DescriptorSetSource {
  const format = setFormat(spec);
  if (format === undefined && forced === undefined) {
    throw new InputError(`${label} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = errorCode(err) ?? (err instanceof Error ? err.message : String(err));
    throw new InputError(`${label} "${spec}": cannot read the file (${code})`);
  }
  const bundle = forced === "pbjs" ? forcedPbjsBundle(bytes, spec) : format === "json" ? pbjsBundleOf(new TextDecoder().decode(bytes)) : undefined;
  if (bundle === undefined) return setSource(spec, readDescriptorSet(bytes, format ?? "json", spec));
  const inputs = readPbjsBundle(bundle, spec);
  return bundleSource(spec, inputs, besideProtos(bundle, dirname(path), bundleDirectory(spec), spec));
}

/** The directory of a bundle as typed (`released/schema.json` → `released`), "" for the current directory. */
function bundleDirectory(spec: string): string {
  const dir = posix.normalize(posix.dirname(spec.replaceAll("\\", "/")));
  return dir === "." ? "" : dir;
}

/**
 * A protobufjs bundle's source: positions are known for the packages the
 * `.proto` files beside it hold exactly, and the description says where they
 * come from; without such files, as a set without source info.
 */
function bundleSource(spec: string, inputs: readonly ImageInput[], beside: BesideProtos | undefined): DescriptorSetSource {
  if (beside === undefined) return setSource(spec, inputs);
  // The well-known types pbjs copies into a bundle are not the schema's own (pbjs-beside.ts does not look for them).
  const own = new Set(inputs.filter((i) => !i.isImport && i.proto.package !== "google.protobuf").map((i) => i.proto.package));
  const found = [...own].filter((p) => beside.packages.has(p)).length;
  const where = beside.display === "" ? "beside it" : `in ${beside.display}`;
  return {
    kind: "descriptor-set",
    spec,
    description: `${spec} (protobufjs bundle; positions from the .proto files ${where} for ${found} of ${own.size} package${own.size === 1 ? "" : "s"})`,
    display: "",
    absent: false,
    inputs,
    positionsKnown: found === own.size,
    beside,
  };
}

/** A source of descriptors already read: described by whether they hold positions. */
export function setSource(spec: string, inputs: readonly ImageInput[]): DescriptorSetSource {
  const positionsKnown = inputs.some((i) => !i.isImport && (i.proto.sourceCodeInfo?.location.length ?? 0) > 0);
  return {
    kind: "descriptor-set",
    spec,
    description: positionsKnown ? `${spec} (descriptor set)` : `${spec} (descriptor set without source info: positions unknown)`,
    display: "",
    absent: false,
    inputs,
    positionsKnown,
  };
}
