/**
 * SourceCodeInfo paths by name. A path is the list of field numbers (and
 * list indexes) that leads from the FileDescriptorProto to an element or to
 * one of its parts: `[4, 0, 2, 1, 5]` is the type of field 1 of message 0,
 * written here `sourcePath.message(0).field(1)` followed by `FIELD.type`.
 *
 * The constants are the field numbers of the descriptor messages in
 * google/protobuf/descriptor.proto (test/model/source-path.test.ts checks
 * them against the descriptors). They live in the shared model because the
 * frontend records locations with them and the image and rules read them.
 */

/** google.protobuf.FileDescriptorProto */
export const FILE = {
  name: 1,
  package: 2,
  dependency: 3,
  messageType: 4,
  enumType: 5,
  service: 6,
  extension: 7,
  options: 8,
  publicDependency: 10,
  weakDependency: 11,
  syntax: 12,
  edition: 14,
  optionDependency: 15,
} as const;

/** google.protobuf.DescriptorProto */
export const MESSAGE = {
  name: 1,
  field: 2,
  nestedType: 3,
  enumType: 4,
  extensionRange: 5,
  extension: 6,
  options: 7,
  oneofDecl: 8,
  reservedRange: 9,
  reservedName: 10,
  visibility: 11,
} as const;

/** google.protobuf.DescriptorProto.ExtensionRange and .ReservedRange (and EnumReservedRange) */
export const RANGE = { start: 1, end: 2, options: 3 } as const;

/** google.protobuf.FieldDescriptorProto */
export const FIELD = {
  name: 1,
  extendee: 2,
  number: 3,
  label: 4,
  type: 5,
  typeName: 6,
  defaultValue: 7,
  options: 8,
  oneofIndex: 9,
  jsonName: 10,
  proto3Optional: 17,
} as const;

/** google.protobuf.OneofDescriptorProto */
export const ONEOF = { name: 1, options: 2 } as const;

/** google.protobuf.EnumDescriptorProto */
export const ENUM = { name: 1, value: 2, options: 3, reservedRange: 4, reservedName: 5, visibility: 6 } as const;

/** google.protobuf.EnumValueDescriptorProto */
export const ENUM_VALUE = { name: 1, number: 2, options: 3 } as const;

/** google.protobuf.ServiceDescriptorProto */
export const SERVICE = { name: 1, method: 2, options: 3 } as const;

/** google.protobuf.MethodDescriptorProto */
export const METHOD = { name: 1, inputType: 2, outputType: 3, options: 4, clientStreaming: 5, serverStreaming: 6 } as const;

/** `uninterpreted_option`, the same field in every options message. */
export const UNINTERPRETED_OPTION = 999;

/** The options fields the rules point at, by options message. */
export const FILE_OPTIONS = { javaStringCheckUtf8: 27, features: 50 } as const;
export const MESSAGE_OPTIONS = { noStandardDescriptorAccessor: 2, features: 12 } as const;
export const FIELD_OPTIONS = { ctype: 1, jstype: 6, features: 21 } as const;
export const ENUM_OPTIONS = { features: 7 } as const;
export const METHOD_OPTIONS = { idempotencyLevel: 34 } as const;

/** google.protobuf.FeatureSet */
export const FEATURE_SET = { fieldPresence: 1, enumType: 2, repeatedFieldEncoding: 3, utf8Validation: 4, messageEncoding: 5, jsonFormat: 6 } as const;

/** Extensions of google.protobuf.FeatureSet: `(pb.cpp)` and `(pb.java)`. */
export const FEATURE_SET_EXTENSION = { cpp: 1000, java: 1001 } as const;

/** pb.CppFeatures and pb.JavaFeatures */
export const CPP_FEATURES = { legacyClosedEnum: 1, stringType: 2 } as const;
export const JAVA_FEATURES = { legacyClosedEnum: 1, utf8Validation: 2 } as const;

/** The path of a message, and the paths of what it declares. */
export interface MessagePath {
  readonly path: readonly number[];
  field(i: number): number[];
  extension(i: number): number[];
  oneof(i: number): number[];
  message(i: number): MessagePath;
  enum(i: number): EnumPath;
}

/** The path of an enum, and the paths of its values. */
export interface EnumPath {
  readonly path: readonly number[];
  value(i: number): number[];
}

/** The path of a service, and the paths of its methods. */
export interface ServicePath {
  readonly path: readonly number[];
  method(i: number): number[];
}

/**
 * `path` followed by a field number and an index, in an array of exactly that
 * length: an image holds one path per element, and an array literal with a
 * spread reserves room to grow (several times the path's size).
 */
export function childPath(path: readonly number[], field: number, i: number): number[] {
  const n = path.length;
  const out = new Array<number>(n + 2);
  for (let k = 0; k < n; k++) out[k] = path[k] as number;
  out[n] = field;
  out[n + 1] = i;
  return out;
}

function messageAt(path: readonly number[]): MessagePath {
  return {
    path,
    field: (i) => childPath(path, MESSAGE.field, i),
    extension: (i) => childPath(path, MESSAGE.extension, i),
    oneof: (i) => childPath(path, MESSAGE.oneofDecl, i),
    message: (i) => messageAt(childPath(path, MESSAGE.nestedType, i)),
    enum: (i) => enumAt(childPath(path, MESSAGE.enumType, i)),
  };
}

function enumAt(path: readonly number[]): EnumPath {
  return { path, value: (i) => childPath(path, ENUM.value, i) };
}

function serviceAt(path: readonly number[]): ServicePath {
  return { path, method: (i) => childPath(path, SERVICE.method, i) };
}

/** Builders of element paths, from the file down. */
export const sourcePath = {
  message: (i: number): MessagePath => messageAt([FILE.messageType, i]),
  enum: (i: number): EnumPath => enumAt([FILE.enumType, i]),
  service: (i: number): ServicePath => serviceAt([FILE.service, i]),
  extension: (i: number): number[] => [FILE.extension, i],
  /** The builder for a message whose path is known (an element's `path`). */
  messageAt,
} as const;
