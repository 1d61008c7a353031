/**
 * The well-known files (`google/protobuf/*.proto`) as @bufbuild/protobuf
 * ships them: built into the frontend, and added to a descriptor set's
 * registry when the set omits them. Their descriptors are embedded in
 * binary (well-known-files.ts, written by `npm run generate`) and each is
 * decoded when first asked for: most runs use a few of them, or none.
 */
import { fromBinary } from "@bufbuild/protobuf";
import { file_google_protobuf_descriptor, FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { WELL_KNOWN_DESCRIPTORS } from "./well-known-files.js";

/** The well-known files' paths, each after the files it imports (the order of a FileDescriptorSet), descriptor.proto first. */
export const WELL_KNOWN_PATHS: readonly string[] = [...WELL_KNOWN_DESCRIPTORS.keys()];

const decoded = new Map<string, FileDescriptorProto>();

/** Whether a path is a well-known file's (without decoding it). */
export function isWellKnownPath(path: string): boolean {
  return WELL_KNOWN_DESCRIPTORS.has(path);
}

/** A well-known file's descriptor, undefined for any other path. It is shared: never change it. */
export function wellKnownProto(path: string): FileDescriptorProto | undefined {
  let proto = decoded.get(path);
  if (proto !== undefined) return proto;
  // descriptor.proto is built at every start, for the schemas of descriptors themselves: it need not be decoded again.
  proto = path === file_google_protobuf_descriptor.proto.name ? file_google_protobuf_descriptor.proto : decodeWellKnown(path);
  if (proto === undefined) return undefined;
  decoded.set(path, proto);
  return proto;
}

/** A well-known file's descriptor, decoded afresh: the caller's own to change. Undefined for any other path. */
export function decodeWellKnown(path: string): FileDescriptorProto | undefined {
  const data = WELL_KNOWN_DESCRIPTORS.get(path);
  return data === undefined ? undefined : fromBinary(FileDescriptorProtoSchema, Buffer.from(data, "base64"));
}

/** Every well-known file's descriptor, in the order of WELL_KNOWN_PATHS. They are shared: never change them. */
export function wellKnownProtos(): FileDescriptorProto[] {
  return WELL_KNOWN_PATHS.map((path) => wellKnownProto(path) as FileDescriptorProto);
}
