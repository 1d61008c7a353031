/**
 * The well-known types (`google/protobuf/*.proto`), built in: their
 * descriptors come from `@bufbuild/protobuf/wkt`, never from parsing text.
 */
import { clone, create } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { fileSymbols, linkedFromDescriptor } from "./linker.js";
import type { LinkedFile, SymbolTable } from "./linker.js";
import { WELL_KNOWN_PATHS, wellKnownProto } from "../model/well-known.js";

const linkedFiles = new Map<string, LinkedFile>();
let allSymbols: SymbolTable | undefined;

/** A well-known file linked (after its imports), on first use: most schemas import a few of them. */
function load(shipped: FileDescriptorProto): LinkedFile {
  const done = linkedFiles.get(shipped.name);
  if (done !== undefined) return done;
  const deps = shipped.dependency.map((d) => load(wellKnownProto(d) as FileDescriptorProto));
  const proto: FileDescriptorProto = clone(FileDescriptorProtoSchema, shipped);
  proto.sourceCodeInfo = create(SourceCodeInfoSchema);
  const linked = linkedFromDescriptor(proto, deps);
  linkedFiles.set(proto.name, linked);
  return linked;
}

/** The built-in file for an import path, if it is a well-known type. */
export function wellKnownFile(path: string): LinkedFile | undefined {
  if (!path.startsWith("google/protobuf/")) return undefined;
  const shipped = wellKnownProto(path);
  return shipped === undefined ? undefined : load(shipped);
}

/** Every symbol of every well-known file, by full name. */
export function wellKnownSymbols(): SymbolTable {
  if (allSymbols !== undefined) return allSymbols;
  const t: SymbolTable = new Map();
  for (const path of WELL_KNOWN_PATHS) for (const [k, v] of fileSymbols(load(wellKnownProto(path) as FileDescriptorProto).proto)) if (!t.has(k)) t.set(k, v);
  allSymbols = t;
  return t;
}

/** The well-known symbols as a lookup that loads them on the first lookup. */
export const WELL_KNOWN_SYMBOLS: Pick<SymbolTable, "get"> = { get: (name) => wellKnownSymbols().get(name) };
