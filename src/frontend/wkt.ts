/**
 * The well-known types (`google/protobuf/*.proto`), built in: their
 * descriptors are @bufbuild/protobuf's (embedded, see model/well-known.ts),
 * never parsed from text.
 */
import { create } from "@bufbuild/protobuf";
import { SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { fileSymbols, linkedFromDescriptor } from "./linker.js";
import type { LinkedFile, SymbolTable } from "./linker.js";
import { decodeWellKnown, isWellKnownPath, WELL_KNOWN_PATHS } from "../model/well-known.js";

const linkedFiles = new Map<string, LinkedFile>();
let allSymbols: SymbolTable | undefined;

/**
 * A well-known file linked (after its imports), on first use: most schemas
 * import a few of them. Its descriptor is decoded afresh (cheaper than a
 * copy of a shared one), so that it is the frontend's own, with an empty
 * SourceCodeInfo.
 */
function load(path: string): LinkedFile {
  const done = linkedFiles.get(path);
  if (done !== undefined) return done;
  const proto = decodeWellKnown(path) as FileDescriptorProto;
  const deps = proto.dependency.map(load);
  proto.sourceCodeInfo = create(SourceCodeInfoSchema);
  const linked = linkedFromDescriptor(proto, deps);
  linkedFiles.set(proto.name, linked);
  return linked;
}

/** The built-in file for an import path, if it is a well-known type. */
export function wellKnownFile(path: string): LinkedFile | undefined {
  if (!path.startsWith("google/protobuf/")) return undefined;
  return isWellKnownPath(path) ? load(path) : undefined;
}

/** Every symbol of every well-known file, by full name. */
export function wellKnownSymbols(): SymbolTable {
  if (allSymbols !== undefined) return allSymbols;
  const t: SymbolTable = new Map();
  for (const path of WELL_KNOWN_PATHS) for (const [k, v] of fileSymbols(load(path).proto)) if (!t.has(k)) t.set(k, v);
  allSymbols = t;
  return t;
}

/** The well-known symbols as a lookup that loads them on the first lookup. */
export const WELL_KNOWN_SYMBOLS: Pick<SymbolTable, "get"> = { get: (name) => wellKnownSymbols().get(name) };
