import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";

/**
 * A .proto file as a source reads it and the frontend compiles it. The path
 * is relative to its root with '/' separators, e.g. "acme/v1/user.proto".
 */
export interface SourceFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A file to put into an Image: a compiled file, or one read from a descriptor set. */
export interface ImageInput {
  readonly proto: FileDescriptorProto;
  readonly isImport: boolean;
}
