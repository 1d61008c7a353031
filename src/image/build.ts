import { isFieldSet } from "@bufbuild/protobuf";
import {
  FieldDescriptorProtoSchema,
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as Type,
  type DescriptorProto,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
  type ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { sourceTape } from "../frontend/linker.js";
import type { LocTape } from "../frontend/source-locations.js";
import type { ImageInput } from "../model/inputs.js";
import { ENUM, childPath, sourcePath, type MessagePath } from "../model/source-path.js";
import {
  FieldPresence,
  MessageEncoding,
  editionDefaults,
  mergeFeatures,
  type ResolvedFeatures,
} from "./features.js";
import type {
  EnumEl,
  EnumValueEl,
  FieldEl,
  FieldTypeKind,
  FileEl,
  Image,
  MessageEl,
  MethodEl,
  OneofEl,
  ServiceEl,
  Span,
  Syntax,
} from "./model.js";

export type { ImageInput };

/** Every type the enum names; a descriptor set may carry a number it does not (read as a message). */
const TYPE_KINDS: Readonly<Partial<Record<number, FieldTypeKind>>> = {
  [Type.DOUBLE]: "double",
  [Type.FLOAT]: "float",
  [Type.INT64]: "int64",
  [Type.UINT64]: "uint64",
  [Type.INT32]: "int32",
  [Type.FIXED64]: "fixed64",
  [Type.FIXED32]: "fixed32",
  [Type.BOOL]: "bool",
  [Type.STRING]: "string",
  [Type.GROUP]: "group",
  [Type.MESSAGE]: "message",
  [Type.BYTES]: "bytes",
  [Type.UINT32]: "uint32",
  [Type.ENUM]: "enum",
  [Type.SFIXED32]: "sfixed32",
  [Type.SFIXED64]: "sfixed64",
  [Type.SINT32]: "sint32",
  [Type.SINT64]: "sint64",
} satisfies Record<Type, FieldTypeKind>;

/** protoc's default JSON name: underscores dropped, the letter after each one upper-cased. */
export function defaultJsonName(name: string): string {
  let out = "";
  let upper = false;
  for (const ch of name) {
    if (ch === "_") {
      upper = true;
    } else if (upper) {
      out += ch.toUpperCase();
      upper = false;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The index of the oneof a field belongs to; unset reads as 0 on descriptors, so presence decides. */
function oneofIndexOf(fp: FieldDescriptorProto): number | undefined {
  return isFieldSet(fp, FieldDescriptorProtoSchema.field.oneofIndex) ? fp.oneofIndex : undefined;
}

function syntaxOf(proto: FileDescriptorProto): Syntax {
  if (proto.syntax === "proto3") return "proto3";
  if (proto.syntax === "editions") return "editions";
  return "proto2";
}

function stripDot(name: string): string {
  return name.startsWith(".") ? name.slice(1) : name;
}

function pathKey(path: readonly number[]): string {
  return path.join(",");
}

/** What building one file collects besides the tree: every element list of the file. */
interface FileBuild {
  readonly file: FileEl;
  readonly messages: MessageEl[];
  readonly enums: EnumEl[];
  readonly services: ServiceEl[];
  readonly extensions: FieldEl[];
  /** Fields and extensions, for the facts buildImage fills in once all types are known. */
  readonly fields: FieldEl[];
}

/** A SourceCodeInfo span (0-based, 3 or 4 numbers) as a 1-based Span. */
function spanOf(s: readonly number[]): Span {
  const [line = 0, col = 0] = s;
  const endLine = s.length === 4 ? (s[2] ?? 0) : line;
  const endCol = s.length === 4 ? (s[3] ?? 0) : (s[2] ?? 0);
  return { line: line + 1, column: col + 1, endLine: endLine + 1, endColumn: endCol + 1 };
}

/**
 * Spans (1-based) and leading comments of a file, by path. A file our
 * frontend compiled answers from the parse's location records, so that a
 * finding in a large file does not build its whole SourceCodeInfo; any other
 * is read from SourceCodeInfo when first needed.
 */
function sourceInfoIndex(proto: FileDescriptorProto): {
  readonly span: (path: readonly number[]) => Span | undefined;
  readonly leadingComments: (path: readonly number[]) => string | undefined;
} {
  // Asked for on first use: a file compiled without locations gets its tape by being linked again.
  let asked = false;
  let tape: LocTape | undefined;
  let spans: Map<string, Span> | undefined;
  let comments: Map<string, string> | undefined;
  const tapeOf = (): LocTape | undefined => {
    if (!asked) {
      tape = sourceTape(proto);
      asked = true;
    }
    return tape;
  };
  const index = (): void => {
    spans = new Map();
    comments = new Map();
    for (const loc of proto.sourceCodeInfo?.location ?? []) {
      const s = loc.span;
      if (s.length !== 3 && s.length !== 4) continue;
      const key = pathKey(loc.path);
      // protoc can write a path twice (e.g. a repeated `reserved` statement); the first one wins.
      if (spans.has(key)) continue;
      spans.set(key, spanOf(s));
      if (loc.leadingComments !== "") {
        comments.set(key, loc.leadingComments);
      }
    }
  };
  return {
    span: (path) => {
      const t = tapeOf();
      if (t !== undefined) {
        const loc = t.first(path);
        return loc === undefined ? undefined : spanOf(loc.span);
      }
      if (spans === undefined) index();
      return spans?.get(pathKey(path));
    },
    leadingComments: (path) => {
      const t = tapeOf();
      if (t !== undefined) {
        const found = t.first(path)?.leadingComments;
        return found === "" ? undefined : found;
      }
      if (comments === undefined) index();
      return comments?.get(pathKey(path));
    },
  };
}

/**
 * An array of exactly `n` slots, to be filled by index: an element's lists
 * are filled once and kept, and an array grown by push reserves room for
 * more (16 slots at least).
 */
function sized<T>(n: number): T[] {
  return new Array<T>(n);
}

function qualify(scope: string, name: string): string {
  return scope === "" ? name : `${scope}.${name}`;
}

/** Builds the element tree of one file; type-dependent facts are filled in by buildImage. */
function buildFile(input: ImageInput): FileBuild {
  const proto = input.proto;
  const syntax = syntaxOf(proto);
  const pkg = proto.package;
  const features = mergeFeatures(editionDefaults(syntax, proto.edition), proto.options?.features);
  const sourceInfo = sourceInfoIndex(proto);
  const messages: MessageEl[] = [];
  const enums: EnumEl[] = [];
  const services: ServiceEl[] = [];
  const extensions: FieldEl[] = [];
  const file: FileEl = {
    kind: "file",
    path: proto.name,
    proto,
    syntax,
    package: pkg,
    isImport: input.isImport,
    features,
    messages,
    enums,
    services,
    extensions,
    span: sourceInfo.span,
    leadingComments: sourceInfo.leadingComments,
  };
  const b: FileBuild = { file, messages, enums, services, extensions, fields: [] };
  proto.messageType.forEach((mp, i) => buildMessage(b, mp, sourcePath.message(i), undefined, pkg, features));
  proto.enumType.forEach((ep, i) => buildEnum(b, ep, sourcePath.enum(i).path, undefined, pkg, features));
  proto.service.forEach((sp, i) => buildService(b, sp, i));
  proto.extension.forEach((xp, i) => {
    b.extensions.push(buildField(b, xp, sourcePath.extension(i), undefined, pkg, features, true));
  });
  return b;
}

function buildField(
  b: FileBuild,
  fp: FieldDescriptorProto,
  path: number[],
  parent: MessageEl | undefined,
  scopeName: string,
  inherited: ResolvedFeatures,
  isExtension: boolean,
): FieldEl {
  const field: FieldEl = {
    kind: "field",
    file: b.file,
    path,
    proto: fp,
    fullName: qualify(scopeName, fp.name),
    name: fp.name,
    number: fp.number,
    parent,
    isExtension,
    extendee: isExtension ? stripDot(fp.extendee) : undefined,
    oneof: undefined,
    typeKind: TYPE_KINDS[fp.type] ?? "message",
    typeName: stripDot(fp.typeName),
    enumType: undefined,
    label: fp.label === Label.REPEATED ? "repeated" : fp.label === Label.REQUIRED ? "required" : "optional",
    isMap: false,
    hasPresence: false,
    jsonName: fp.jsonName !== "" ? fp.jsonName : defaultJsonName(fp.name),
    features: mergeFeatures(inherited, fp.options?.features),
  };
  b.fields.push(field);
  return field;
}

function buildEnum(
  b: FileBuild,
  ep: EnumDescriptorProto,
  path: readonly number[],
  parent: MessageEl | undefined,
  scopeName: string,
  inherited: ResolvedFeatures,
): EnumEl {
  const values = sized<EnumValueEl>(ep.value.length);
  const valuesByNumber = new Map<number, EnumValueEl[]>();
  const en: EnumEl = {
    kind: "enum",
    file: b.file,
    path,
    proto: ep,
    fullName: qualify(scopeName, ep.name),
    name: ep.name,
    nestedName: parent ? `${parent.nestedName}.${ep.name}` : ep.name,
    parent,
    values,
    valuesByNumber,
    features: mergeFeatures(inherited, ep.options?.features),
  };
  ep.value.forEach((vp, i) => {
    const value: EnumValueEl = {
      kind: "enum_value",
      file: b.file,
      path: childPath(path, ENUM.value, i),
      proto: vp,
      enum: en,
      name: vp.name,
      number: vp.number,
    };
    values[i] = value;
    const same = valuesByNumber.get(vp.number);
    if (same) same.push(value);
    else valuesByNumber.set(vp.number, [value]);
  });
  b.enums.push(en);
  return en;
}

/** The indexes of a message's synthetic oneofs: those a proto3 `optional` field is in (found in one pass over the fields). */
function syntheticOneofs(mp: DescriptorProto): Set<number> {
  const out = new Set<number>();
  for (const f of mp.field) if (f.proto3Optional) out.add(f.oneofIndex);
  return out;
}

function buildMessage(
  b: FileBuild,
  mp: DescriptorProto,
  at: MessagePath,
  parent: MessageEl | undefined,
  scopeName: string,
  inherited: ResolvedFeatures,
): MessageEl {
  const fullName = qualify(scopeName, mp.name);
  const features = mergeFeatures(inherited, mp.options?.features);
  const fields = sized<FieldEl>(mp.field.length);
  const fieldsByNumber = new Map<number, FieldEl>();
  const oneofs = sized<OneofEl>(mp.oneofDecl.length);
  const nestedMessages = sized<MessageEl>(mp.nestedType.length);
  const nestedEnums = sized<EnumEl>(mp.enumType.length);
  const message: MessageEl = {
    kind: "message",
    file: b.file,
    path: at.path,
    proto: mp,
    fullName,
    name: mp.name,
    nestedName: parent ? `${parent.nestedName}.${mp.name}` : mp.name,
    parent,
    fields,
    fieldsByNumber,
    oneofs,
    nestedMessages,
    nestedEnums,
    isMapEntry: mp.options?.mapEntry === true,
    features,
  };
  b.messages.push(message);
  const oneofFeatures = mp.oneofDecl.map((od) => mergeFeatures(features, od.options?.features));
  const synthetic = mp.oneofDecl.length === 0 ? undefined : syntheticOneofs(mp);
  mp.oneofDecl.forEach((od, i) => {
    const isSynthetic = synthetic?.has(i) === true;
    oneofs[i] = { kind: "oneof", file: b.file, path: at.oneof(i), proto: od, message, name: od.name, index: i, isSynthetic, fields: [] };
  });
  mp.field.forEach((fp, i) => {
    const oneofIndex = oneofIndexOf(fp);
    const oneof = oneofIndex !== undefined ? oneofs[oneofIndex] : undefined;
    const inheritedFeatures = oneofIndex !== undefined ? (oneofFeatures[oneofIndex] ?? features) : features;
    const field = buildField(b, fp, at.field(i), message, fullName, inheritedFeatures, false);
    if (oneof) {
      (oneof.fields as FieldEl[]).push(field);
      if (!oneof.isSynthetic) (field as { oneof: OneofEl | undefined }).oneof = oneof;
    }
    fields[i] = field;
    fieldsByNumber.set(field.number, field);
  });
  mp.nestedType.forEach((np, i) => {
    nestedMessages[i] = buildMessage(b, np, at.message(i), message, fullName, features);
  });
  mp.enumType.forEach((ep, i) => {
    nestedEnums[i] = buildEnum(b, ep, at.enum(i).path, message, fullName, features);
  });
  mp.extension.forEach((xp, i) => {
    b.extensions.push(buildField(b, xp, at.extension(i), message, fullName, features, true));
  });
  return message;
}

function buildService(b: FileBuild, sp: ServiceDescriptorProto, i: number): void {
  const at = sourcePath.service(i);
  const methods = sized<MethodEl>(sp.method.length);
  const methodsByName = new Map<string, MethodEl>();
  const service: ServiceEl = {
    kind: "service",
    file: b.file,
    path: at.path,
    proto: sp,
    fullName: qualify(b.file.package, sp.name),
    name: sp.name,
    methods,
    methodsByName,
  };
  sp.method.forEach((mp, j) => {
    const method: MethodEl = {
      kind: "method",
      file: b.file,
      path: at.method(j),
      proto: mp,
      service,
      name: mp.name,
      inputType: stripDot(mp.inputType),
      outputType: stripDot(mp.outputType),
      clientStreaming: mp.clientStreaming,
      serverStreaming: mp.serverStreaming,
    };
    methods[j] = method;
    methodsByName.set(method.name, method);
  });
  b.services.push(service);
}

/**
 * Files already built, by descriptor object. The frontend hands both sides of a
 * comparison the same descriptor object for a file whose content and imports
 * are identical on both sides; with a shared cache, such a file becomes one
 * FileEl in both Images, so pairing can tell unchanged elements at a glance.
 */
export interface ImageCache {
  readonly built: WeakMap<FileDescriptorProto, { readonly file: FileEl; readonly isImport: boolean }>;
}

export function createImageCache(): ImageCache {
  return { built: new WeakMap() };
}

/**
 * Builds an Image from linked FileDescriptorProtos (type names resolved), as
 * made by the frontend or read from a descriptor set.
 */
export function buildImage(inputs: readonly ImageInput[], cache?: ImageCache): Image {
  const files: FileEl[] = [];
  const filesByPath = new Map<string, FileEl>();
  const messagesByName = new Map<string, MessageEl>();
  const enumsByName = new Map<string, EnumEl>();
  const servicesByName = new Map<string, ServiceEl>();
  const packages = new Map<string, FileEl[]>();
  const allFields: FieldEl[] = [];
  for (const input of inputs) {
    if (filesByPath.has(input.proto.name)) continue;
    const known = cache?.built.get(input.proto);
    let file: FileEl;
    if (known !== undefined && known.isImport === input.isImport) {
      file = known.file;
    } else {
      const built = buildFile(input);
      file = built.file;
      for (const f of built.fields) allFields.push(f);
      cache?.built.set(input.proto, { file, isImport: input.isImport });
    }
    files.push(file);
    filesByPath.set(file.path, file);
    for (const m of file.messages) messagesByName.set(m.fullName, m);
    for (const e of file.enums) enumsByName.set(e.fullName, e);
    for (const s of file.services) servicesByName.set(s.fullName, s);
    const same = packages.get(file.package);
    if (same) same.push(file);
    else packages.set(file.package, [file]);
  }
  // Facts that depend on the field's type: map-ness, delimited encoding (never for map fields
  // nor for the key and value of a map entry), presence.
  for (const field of allFields) {
    const mutable = field as { -readonly [K in keyof FieldEl]: FieldEl[K] };
    const target = field.typeKind === "message" ? messagesByName.get(field.typeName) : undefined;
    if (field.typeKind === "enum") mutable.enumType = enumsByName.get(field.typeName);
    if (field.typeKind === "message" && field.label === "repeated" && target?.isMapEntry === true) {
      mutable.isMap = true;
    }
    if (
      field.typeKind === "message" &&
      field.file.syntax === "editions" &&
      field.features.messageEncoding === MessageEncoding.DELIMITED &&
      !field.isMap &&
      target?.isMapEntry !== true &&
      (field.isExtension || field.parent?.isMapEntry !== true)
    ) {
      mutable.typeKind = "group";
    }
    mutable.hasPresence = computePresence(field);
  }
  return { files, filesByPath, messagesByName, enumsByName, servicesByName, packages };
}

/** Whether a field tracks presence, as protoreflect's HasPresence says. */
function computePresence(field: FieldEl): boolean {
  if (field.label === "repeated") return false;
  if (field.isExtension) return true;
  if (field.typeKind === "message" || field.typeKind === "group") return true;
  if (oneofIndexOf(field.proto) !== undefined) return true;
  if (field.file.syntax === "proto3") return field.proto.proto3Optional;
  if (field.file.syntax === "proto2") return true;
  return field.features.fieldPresence !== FieldPresence.IMPLICIT;
}
