/**
 * The well-known types (`google/protobuf/*.proto`), built in: their
 * descriptors come from `@bufbuild/protobuf/wkt`, never from parsing text.
 */
import { clone, create } from "@bufbuild/protobuf";
import type { DescFile } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { fileSymbols, linkedFromDescriptor } from "./linker.js";
import type { LinkedFile, SymbolTable } from "./linker.js";
import { WELL_KNOWN_FILES } from "../model/well-known.js";

let table: Map<string, LinkedFile> | undefined;
let allSymbols: SymbolTable | undefined;

function load(): Map<string, LinkedFile> {
  if (table !== undefined) return table;
  const byName = new Map<string, DescFile>(WELL_KNOWN_FILES.map((f) => [f.proto.name, f]));
  const out = new Map<string, LinkedFile>();
  const visit = (f: DescFile): LinkedFile => {
    const done = out.get(f.proto.name);
    if (done !== undefined) return done;
    const deps = f.proto.dependency.map((d) => visit(byName.get(d) as DescFile));
    const proto: FileDescriptorProto = clone(FileDescriptorProtoSchema, f.proto);
    proto.sourceCodeInfo = create(SourceCodeInfoSchema);
    const linked = linkedFromDescriptor(proto, deps);
    out.set(proto.name, linked);
    return linked;
  };
  for (const f of WELL_KNOWN_FILES) visit(f);
  table = out;
  return out;
}

/** The built-in file for an import path, if it is a well-known type. */
export function wellKnownFile(path: string): LinkedFile | undefined {
  if (!path.startsWith("google/protobuf/")) return undefined;
  return load().get(path);
}

/** Every symbol of every well-known file, by full name. */
export function wellKnownSymbols(): SymbolTable {
  if (allSymbols !== undefined) return allSymbols;
  const t: SymbolTable = new Map();
  for (const f of load().values()) for (const [k, v] of fileSymbols(f.proto)) if (!t.has(k)) t.set(k, v);
  allSymbols = t;
  return t;
}
