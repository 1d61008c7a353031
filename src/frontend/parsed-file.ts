/** What parsing a file produces for the linker, and the parser's own shapes of declarations and option values. */
import type { DescMessage } from "@bufbuild/protobuf";
import type { DescriptorProto, FieldDescriptorProto, FileDescriptorProto, MethodDescriptorProto, UninterpretedOption } from "@bufbuild/protobuf/wkt";
import type { Pos } from "./lexer.js";
import type { LocTape } from "./source-locations.js";

/** A type name as written, to be resolved by the linker. */
export interface TypeRef {
  /** What the name sets: a field's type_name, a field's extendee, a method's input or output. */
  readonly kind: "type" | "extendee" | "input" | "output";
  readonly target: FieldDescriptorProto | MethodDescriptorProto;
  readonly name: string;
  /** Enclosing message names (without package) where the name appears. */
  readonly scope: readonly string[];
  /** 1-based position of the name, for errors. */
  readonly line: number;
  readonly column: number;
}

/** A custom option whose source path the linker computes from the extension's number. */
export interface OptionRef {
  /** Handle of the option's location in the file's LocTape. */
  readonly loc: number;
  /** Path of the options message, e.g. [4, 0, 7]. */
  readonly basePath: readonly number[];
  /** Full name of the options message, e.g. "google.protobuf.MessageOptions". */
  readonly optionsType: string;
  readonly parts: readonly { readonly name: string; readonly isExtension: boolean }[];
  readonly scope: readonly string[];
  /** Span from the option name to the end of the value (used for message values). */
  readonly innerSpan: number[];
  /** Fields of a `{ ... }` value, with positions. */
  readonly aggregate?: readonly AggField[];
}

/** A field inside a message literal (`{ name: value ... }`) of an option value. */
export interface AggField {
  readonly name: string;
  readonly isExtension: boolean;
  readonly span: number[];
  readonly value: AggValue;
}

export type AggValue = { readonly kind: "message"; readonly fields: readonly AggField[] } | { readonly kind: "list" } | { readonly kind: "scalar" };

export interface ImportDecl {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly kind: "normal" | "public" | "weak" | "option";
}

/** What a first parse of a text tells a parse of the same text again, recording its locations. */
export interface ParseAgain {
  /** The size of the tape, as the first parse counted it (`locs.needed`). */
  readonly tapeSize: number;
  /**
   * Only the tape is read: the descriptors of top-level messages and enums,
   * and the type names to resolve, are dropped as soon as each declaration
   * is parsed (the file's paths count them, nothing reads them), so that a
   * large file's second parse makes no garbage that outlives it.
   */
  readonly tapeOnly: boolean;
}

export interface ParsedFile {
  readonly proto: FileDescriptorProto;
  readonly locs: LocTape;
  readonly refs: TypeRef[];
  readonly optionRefs: OptionRef[];
  readonly imports: ImportDecl[];
  /** "proto2" also for files without a syntax statement. */
  readonly syntax: "proto2" | "proto3" | "editions";
}

export type Syntax = "proto2" | "proto3" | "editions";

/** How to set options of one kind of element. */
export interface OptionsOwner {
  readonly schema: DescMessage;
  /** Returns the element's options message, creating it on first use. */
  readonly get: () => Record<string, unknown> & { uninterpretedOption: UninterpretedOption[] };
}

/** Where fields of a message body, oneof or extend block go. */
export interface FieldSink {
  readonly fields: FieldDescriptorProto[];
  readonly fieldPath: readonly number[];
  /** Messages created for groups and map entries. */
  readonly nested: DescriptorProto[];
  readonly nestedPath: readonly number[];
  /** Enclosing message names for type resolution. */
  readonly scope: readonly string[];
  readonly oneofIndex?: number;
  readonly extendee?: { readonly name: string; readonly start: Pos; readonly end: Pos };
}

export interface OptionValue {
  readonly kind: "ident" | "int" | "float" | "string" | "aggregate";
  readonly negative: boolean;
  readonly text: string;
  readonly bytes?: Uint8Array;
  readonly fields?: readonly AggField[];
  readonly start: Pos;
  readonly endLine: number;
  readonly endCol: number;
}
