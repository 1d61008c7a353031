import type {
  DescriptorProto,
  EnumDescriptorProto,
  EnumValueDescriptorProto,
  FieldDescriptorProto,
  FileDescriptorProto,
  MethodDescriptorProto,
  OneofDescriptorProto,
  ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type { ResolvedFeatures } from "./features.js";

/** The syntax family of a file: a missing syntax statement means proto2. */
export type Syntax = "proto2" | "proto3" | "editions";

/** A source range, 1-based; the end column is exclusive (as buf prints it). */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * A place in a file named by its SourceCodeInfo path (the field numbers and
 * indexes from the FileDescriptorProto down to the element or token).
 */
export interface Loc {
  readonly file: FileEl;
  readonly path: readonly number[];
}

interface ElementCommon {
  readonly file: FileEl;
  /** SourceCodeInfo path of the declaration. */
  readonly path: readonly number[];
}

export interface FileEl {
  readonly kind: "file";
  /** Path inside the module, with `/` separators (`acme/orders/v1/order.proto`). */
  readonly path: string;
  readonly proto: FileDescriptorProto;
  readonly syntax: Syntax;
  readonly package: string;
  /** True for files that are only present because an input file imports them. */
  readonly isImport: boolean;
  readonly features: ResolvedFeatures;
  /** Every message of the file, nested ones included, in declaration order (parents first). */
  readonly messages: readonly MessageEl[];
  /** Every enum of the file, nested ones included. */
  readonly enums: readonly EnumEl[];
  readonly services: readonly ServiceEl[];
  /** Every extension declared in the file, at top level or nested in a message. */
  readonly extensions: readonly FieldEl[];
  /** The span of a SourceCodeInfo path, if the file has one for it. */
  span(path: readonly number[]): Span | undefined;
  /** The leading comment of a SourceCodeInfo path, if any. */
  leadingComments(path: readonly number[]): string | undefined;
}

export interface MessageEl extends ElementCommon {
  readonly kind: "message";
  readonly proto: DescriptorProto;
  /** Fully-qualified name without a leading dot (`acme.v1.Order.Item`). */
  readonly fullName: string;
  readonly name: string;
  /** The name relative to the package (`Order.Item`), as buf prints it. */
  readonly nestedName: string;
  readonly parent: MessageEl | undefined;
  /** Fields in declaration order (extensions declared inside the message are not here). */
  readonly fields: readonly FieldEl[];
  readonly fieldsByNumber: ReadonlyMap<number, FieldEl>;
  /** Oneofs, synthetic ones (proto3 `optional`) included; see OneofEl.isSynthetic. */
  readonly oneofs: readonly OneofEl[];
  readonly nestedMessages: readonly MessageEl[];
  readonly nestedEnums: readonly EnumEl[];
  readonly isMapEntry: boolean;
  readonly features: ResolvedFeatures;
}

/** Wire/type kind of a field, with editions' delimited messages told apart. */
export type FieldTypeKind =
  | "double"
  | "float"
  | "int64"
  | "uint64"
  | "int32"
  | "fixed64"
  | "fixed32"
  | "bool"
  | "string"
  | "group"
  | "message"
  | "bytes"
  | "uint32"
  | "enum"
  | "sfixed32"
  | "sfixed64"
  | "sint32"
  | "sint64";

export interface FieldEl extends ElementCommon {
  readonly kind: "field";
  readonly proto: FieldDescriptorProto;
  /** Fully-qualified name without a leading dot. */
  readonly fullName: string;
  readonly name: string;
  readonly number: number;
  /** The message that declares the field, or for an extension the message its `extend` block sits in. */
  readonly parent: MessageEl | undefined;
  readonly isExtension: boolean;
  /** For extensions, the fully-qualified name of the extended message (no leading dot). */
  readonly extendee: string | undefined;
  /** The real (non-synthetic) oneof the field belongs to. */
  readonly oneof: OneofEl | undefined;
  readonly typeKind: FieldTypeKind;
  /** Fully-qualified message or enum type name without a leading dot, or "" for scalars. */
  readonly typeName: string;
  /** For enum fields, the enum that typeName names, resolved in the same Image. */
  readonly enumType: EnumEl | undefined;
  readonly label: "optional" | "required" | "repeated";
  readonly isMap: boolean;
  /** True when the field tracks presence (explicit presence in editions terms). */
  readonly hasPresence: boolean;
  /** The JSON name in effect: the explicit json_name, else the lowerCamel name. */
  readonly jsonName: string;
  readonly features: ResolvedFeatures;
}

export interface OneofEl extends ElementCommon {
  readonly kind: "oneof";
  readonly proto: OneofDescriptorProto;
  readonly message: MessageEl;
  readonly name: string;
  readonly index: number;
  readonly isSynthetic: boolean;
  readonly fields: readonly FieldEl[];
}

export interface EnumEl extends ElementCommon {
  readonly kind: "enum";
  readonly proto: EnumDescriptorProto;
  readonly fullName: string;
  readonly name: string;
  readonly nestedName: string;
  readonly parent: MessageEl | undefined;
  readonly values: readonly EnumValueEl[];
  /** Values by number; several with `allow_alias`. */
  readonly valuesByNumber: ReadonlyMap<number, readonly EnumValueEl[]>;
  readonly features: ResolvedFeatures;
}

export interface EnumValueEl extends ElementCommon {
  readonly kind: "enum_value";
  readonly proto: EnumValueDescriptorProto;
  readonly enum: EnumEl;
  readonly name: string;
  readonly number: number;
}

export interface ServiceEl extends ElementCommon {
  readonly kind: "service";
  readonly proto: ServiceDescriptorProto;
  readonly fullName: string;
  readonly name: string;
  readonly methods: readonly MethodEl[];
  readonly methodsByName: ReadonlyMap<string, MethodEl>;
}

export interface MethodEl extends ElementCommon {
  readonly kind: "method";
  readonly proto: MethodDescriptorProto;
  readonly service: ServiceEl;
  readonly name: string;
  /** Fully-qualified request and response type names without a leading dot. */
  readonly inputType: string;
  readonly outputType: string;
  readonly clientStreaming: boolean;
  readonly serverStreaming: boolean;
}

export type AnyEl = FileEl | MessageEl | FieldEl | OneofEl | EnumEl | EnumValueEl | ServiceEl | MethodEl;

/** One side of a comparison: every file with its elements, indexed. */
export interface Image {
  readonly files: readonly FileEl[];
  readonly filesByPath: ReadonlyMap<string, FileEl>;
  readonly messagesByName: ReadonlyMap<string, MessageEl>;
  readonly enumsByName: ReadonlyMap<string, EnumEl>;
  readonly servicesByName: ReadonlyMap<string, ServiceEl>;
  /** Files by package name ("" for files without a package). */
  readonly packages: ReadonlyMap<string, readonly FileEl[]>;
}
