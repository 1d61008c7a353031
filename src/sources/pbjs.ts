/**
 * protobufjs JSON bundles (`pbjs -t json`, `Root#toJSON()`) as an input: the
 * bundle is read and resolved by protobufjs itself, then its reflection
 * objects are written as the FileDescriptorProtos the frontend builds, one
 * file per package. protobufjs is an optional peer dependency, loaded only
 * for such an input.
 *
 * What protobufjs's model does not hold is not invented: source positions,
 * file names (a file is named after its package), imports beyond the types
 * used, custom option values, and editions features. Extensions (fields with
 * `extend`, declared in a namespace or nested in a type) are written as the
 * extension descriptors of their file or message.
 */
import { createRequire } from "node:module";
import { create, fromJson, type DescMessage, type JsonObject, type MessageShape } from "@bufbuild/protobuf";
import {
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  DescriptorProtoSchema,
  Edition,
  EnumDescriptorProto_EnumReservedRangeSchema,
  EnumDescriptorProtoSchema,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  FileDescriptorProtoSchema,
  FileOptionsSchema,
  MethodDescriptorProtoSchema,
  MethodOptionsSchema,
  MessageOptionsSchema,
  EnumOptionsSchema,
  FieldOptionsSchema,
  ServiceDescriptorProtoSchema,
  type DescriptorProto,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
  type ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { InputError } from "../model/errors.js";
import { SCALAR_TYPES } from "../model/scalar-types.js";

/** The parts of protobufjs's reflection this module reads. */
interface PbObject {
  readonly name: string;
  readonly fullName: string;
  readonly options?: Record<string, unknown> | undefined;
  readonly parent: PbObject | null;
  readonly _edition?: string | undefined;
}
interface PbField extends PbObject {
  readonly id: number;
  readonly type: string;
  readonly rule?: string | undefined;
  readonly map?: boolean;
  readonly keyType?: string;
  readonly resolvedType: PbObject | null;
  readonly partOf: PbObject | null;
  readonly extend?: string | undefined;
  /** For an extension after resolving: its copy among the extended type's fields, whose parent is that type. */
  readonly extensionField?: PbField | null;
}
interface PbOneOf extends PbObject {
  readonly fieldsArray: readonly PbField[];
}
interface PbType extends PbObject {
  readonly fieldsArray: readonly PbField[];
  readonly oneofsArray: readonly PbOneOf[];
  readonly nestedArray: readonly PbObject[];
  readonly reserved?: readonly (readonly [number, number] | string)[] | undefined;
  readonly extensions?: readonly (readonly [number, number])[] | undefined;
}
interface PbEnum extends PbObject {
  readonly values: Record<string, number>;
  readonly reserved?: readonly (readonly [number, number] | string)[] | undefined;
}
interface PbMethod extends PbObject {
  readonly resolvedRequestType: PbObject | null;
  readonly resolvedResponseType: PbObject | null;
  readonly requestStream?: boolean | undefined;
  readonly responseStream?: boolean | undefined;
}
interface PbService extends PbObject {
  readonly methodsArray: readonly PbMethod[];
}
interface PbNamespace extends PbObject {
  readonly nestedArray: readonly PbObject[];
  resolveAll(): PbNamespace;
  toJSON(): unknown;
}
/** The parts of protobufjs this module and pbjs-beside.ts use. */
export interface Protobufjs {
  readonly Root: { new (): PbNamespace; fromJSON(json: unknown): PbNamespace };
  /** Parses `.proto` text into `root`, under its package; throws on a syntax error. */
  readonly parse: (source: string, root: PbNamespace, options: { keepCase: boolean }) => unknown;
  readonly Type: new (...args: never[]) => PbType;
  readonly Enum: new (...args: never[]) => PbEnum;
  readonly Service: new (...args: never[]) => PbService;
  readonly Field: new (...args: never[]) => PbField;
  readonly Namespace: new (...args: never[]) => PbNamespace;
}

/** True for the shape of a protobufjs JSON bundle: an object with `nested` and no descriptor set's `file`. */
export function isPbjsBundle(top: unknown): boolean {
  return typeof top === "object" && top !== null && !Array.isArray(top) && "nested" in top && !("file" in top);
}


/** A field default as protobufjs keeps it (a string, number or boolean), as a descriptor's default_value. */
function scalarDefault(value: unknown): { defaultValue?: string } {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? { defaultValue: String(value) } : {};
}

/** protobufjs as a program that bundles it provides it (bundleProtobufjs); else loaded from node_modules on first use. */
let provided: Protobufjs | undefined;

/**
 * Hands protobufjs to this module, for a program that bundles it (the
 * GitHub Action runs without node_modules); the library loads it instead.
 */
export function bundleProtobufjs(pb: unknown): void {
  provided = pb as Protobufjs;
}

export function loadProtobufjs(name: string): Protobufjs {
  if (provided !== undefined) return provided;
  try {
    return createRequire(import.meta.url)("protobufjs") as Protobufjs;
  } catch {
    throw new InputError(`${name}:1:1: a protobufjs JSON bundle needs the protobufjs package: npm install protobufjs`);
  }
}


/** protoc's JSON name: lowerCamelCase of the field name. */
function jsonNameOf(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/_/g, "");
}

/** protoc's map entry name: the field name in CamelCase, then `Entry`. */
function entryName(field: string): string {
  const camel = field.replace(/(?:^|_)([a-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/_/g, "");
  return `${camel.charAt(0).toUpperCase()}${camel.slice(1)}Entry`;
}

type Syntax = "proto2" | "proto3" | "editions";

/**
 * The options protobufjs kept (by their proto names, `features` included) as
 * a descriptor options message; options it cannot read as such (custom
 * options, which protobufjs writes as `(name)`) are left out.
 */
function optionsOf<Desc extends DescMessage>(
  schema: Desc,
  options: Record<string, unknown> | undefined,
  skip: readonly string[],
): { options?: MessageShape<Desc> } {
  if (options === undefined) return {};
  const kept = Object.fromEntries(Object.entries(options).filter(([k]) => !skip.includes(k) && !k.startsWith("(")));
  if (Object.keys(kept).length === 0) return {};
  try {
    return { options: fromJson(schema, kept as JsonObject, { ignoreUnknownFields: true }) };
  } catch {
    return {};
  }
}

class Converter {
  constructor(
    private readonly pb: Protobufjs,
    private readonly uses: Set<string>,
  ) {}

  private typeOf(field: PbField, type: string, resolved: PbObject | null): { type: FieldDescriptorProto_Type; typeName: string } {
    const scalar = SCALAR_TYPES[type];
    if (scalar !== undefined) return { type: scalar, typeName: "" };
    if (resolved === null) throw new Error(`field ${field.fullName}: type "${type}" is not resolved`);
    this.uses.add(resolved.fullName);
    const isEnum = resolved instanceof this.pb.Enum;
    return { type: isEnum ? FieldDescriptorProto_Type.ENUM : FieldDescriptorProto_Type.MESSAGE, typeName: resolved.fullName };
  }

  field(f: PbField, syntax: Syntax, oneofIndex: number | undefined, typeName?: string): FieldDescriptorProto {
    const o = f.options ?? {};
    const label =
      f.rule === "repeated" || f.map === true
        ? FieldDescriptorProto_Label.REPEATED
        : f.rule === "required"
          ? FieldDescriptorProto_Label.REQUIRED
          : FieldDescriptorProto_Label.OPTIONAL;
    const type = typeName === undefined ? this.typeOf(f, f.type, f.resolvedType) : { type: FieldDescriptorProto_Type.MESSAGE, typeName };
    return create(FieldDescriptorProtoSchema, {
      name: f.name,
      number: f.id,
      label,
      ...type,
      jsonName: typeof o["json_name"] === "string" ? o["json_name"] : jsonNameOf(f.name),
      ...scalarDefault(o["default"]),
      ...(oneofIndex === undefined ? {} : { oneofIndex }),
      ...(o["proto3_optional"] === true ? { proto3Optional: true } : {}),
      ...optionsOf(FieldOptionsSchema, o, ["default", "json_name", "proto3_optional", ...(syntax === "editions" ? ["packed"] : [])]),
    });
  }

  /** An extension: a field declared with `extend`, written with the full name of the type it extends. */
  extension(f: PbField, syntax: Syntax): FieldDescriptorProto {
    const extended = f.extensionField?.parent ?? null;
    if (extended === null) throw new Error(`extension ${f.fullName}: the extended type "${f.extend ?? ""}" is not resolved`);
    this.uses.add(extended.fullName);
    const out = this.field(f, syntax, undefined);
    out.extendee = extended.fullName;
    return out;
  }

  message(t: PbType, syntax: Syntax): DescriptorProto {
    const real = t.oneofsArray.filter((o) => !(o.fieldsArray.length === 1 && o.fieldsArray[0]?.options?.["proto3_optional"] === true));
    const synthetic = t.oneofsArray.filter((o) => !real.includes(o));
    const oneofs = [...real, ...synthetic];
    const out = create(DescriptorProtoSchema, {
      name: t.name,
      oneofDecl: oneofs.map((o) => ({ name: o.name })),
      ...optionsOf(MessageOptionsSchema, t.options, []),
    });
    // protobufjs lists an extension of this type among its fields, named by its full name: it is not a field.
    for (const f of t.fieldsArray.filter((x) => !x.name.startsWith("."))) {
      const index = f.partOf === null ? undefined : oneofs.findIndex((o) => o.name === f.partOf?.name);
      if (f.map === true) {
        const entry = entryName(f.name);
        const key = create(FieldDescriptorProtoSchema, { name: "key", number: 1, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: "key", ...this.typeOf(f, f.keyType ?? "", null) });
        const value = create(FieldDescriptorProtoSchema, { name: "value", number: 2, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: "value", ...this.typeOf(f, f.type, f.resolvedType) });
        out.nestedType.push(create(DescriptorProtoSchema, { name: entry, field: [key, value], options: { mapEntry: true } }));
        out.field.push(this.field(f, syntax, undefined, `${t.fullName}.${entry}`));
      } else {
        out.field.push(this.field(f, syntax, index !== undefined && index >= 0 ? index : undefined));
      }
    }
    for (const r of t.reserved ?? []) {
      if (typeof r === "string") out.reservedName.push(r);
      else out.reservedRange.push(create(DescriptorProto_ReservedRangeSchema, { start: r[0], end: r[1] + 1 }));
    }
    for (const r of t.extensions ?? []) out.extensionRange.push(create(DescriptorProto_ExtensionRangeSchema, { start: r[0], end: r[1] + 1 }));
    for (const n of t.nestedArray) {
      if (n instanceof this.pb.Type) out.nestedType.push(this.message(n, syntax));
      else if (n instanceof this.pb.Enum) out.enumType.push(this.enum(n));
      else if (isExtension(this.pb, n)) out.extension.push(this.extension(n, syntax));
    }
    return out;
  }

  enum(e: PbEnum): EnumDescriptorProto {
    const out = create(EnumDescriptorProtoSchema, {
      name: e.name,
      value: Object.entries(e.values).map(([name, number]) => ({ name, number })),
      ...optionsOf(EnumOptionsSchema, e.options, []),
    });
    for (const r of e.reserved ?? []) {
      if (typeof r === "string") out.reservedName.push(r);
      else out.reservedRange.push(create(EnumDescriptorProto_EnumReservedRangeSchema, { start: r[0], end: r[1] }));
    }
    return out;
  }

  service(s: PbService): ServiceDescriptorProto {
    const name = (t: PbObject | null, m: PbMethod): string => {
      if (t === null) throw new Error(`method ${m.fullName}: a type is not resolved`);
      this.uses.add(t.fullName);
      return t.fullName;
    };
    return create(ServiceDescriptorProtoSchema, {
      name: s.name,
      method: s.methodsArray.map((m) => {
        return create(MethodDescriptorProtoSchema, {
          name: m.name,
          inputType: name(m.resolvedRequestType, m),
          outputType: name(m.resolvedResponseType, m),
          clientStreaming: m.requestStream === true,
          serverStreaming: m.responseStream === true,
          ...optionsOf(MethodOptionsSchema, m.options, []),
        });
      }),
    });
  }
}

/** True for a field declared with `extend` (protobufjs keeps it among the nested objects of its scope). */
function isExtension(pb: Protobufjs, n: PbObject): n is PbField {
  return n instanceof pb.Field && n.extend !== undefined;
}

/** The syntax of a package's file: that of its types and extensions (protobufjs records proto2 and editions per object; proto3 is its default). */
function syntaxOf(objects: readonly PbObject[]): Syntax {
  const edition = objects.find((t) => t._edition !== undefined)?._edition;
  if (edition === "proto2") return "proto2";
  if (edition !== undefined && edition !== "proto3") return "editions";
  return "proto3";
}

/** Converts a resolved protobufjs root into one FileDescriptorProto per package. */
export function descriptorsOfRoot(pb: Protobufjs, root: PbNamespace): FileDescriptorProto[] {
  const files: { proto: FileDescriptorProto; uses: Set<string> }[] = [];
  const owner = new Map<string, string>();
  const visit = (ns: PbNamespace, pkg: string): void => {
    const types = ns.nestedArray.filter((n): n is PbType => n instanceof pb.Type);
    const enums = ns.nestedArray.filter((n): n is PbEnum => n instanceof pb.Enum);
    const services = ns.nestedArray.filter((n): n is PbService => n instanceof pb.Service);
    const extensions = ns.nestedArray.filter((n): n is PbField => isExtension(pb, n));
    if (types.length + enums.length + services.length + extensions.length > 0) {
      const uses = new Set<string>();
      const c = new Converter(pb, uses);
      const syntax = syntaxOf([...types, ...extensions]);
      const name = `${pkg === "" ? "root" : pkg}.proto`;
      const options = optionsOf(FileOptionsSchema, ns.options, []).options;
      const proto = create(FileDescriptorProtoSchema, {
        name,
        package: pkg,
        syntax: syntax === "proto2" ? "" : syntax,
        ...(syntax === "editions" ? { edition: Edition.EDITION_2023 } : {}),
        messageType: types.map((t) => c.message(t, syntax)),
        enumType: enums.map((e) => c.enum(e)),
        service: services.map((s) => c.service(s)),
        extension: extensions.map((f) => c.extension(f, syntax)),
        ...(options === undefined ? {} : { options }),
      });
      const own = (prefix: string, msgs: readonly DescriptorProto[], ens: readonly EnumDescriptorProto[]): void => {
        for (const e of ens) owner.set(`${prefix}.${e.name}`, name);
        for (const m of msgs) {
          owner.set(`${prefix}.${m.name}`, name);
          own(`${prefix}.${m.name}`, m.nestedType, m.enumType);
        }
      };
      own(pkg === "" ? "" : `.${pkg}`, proto.messageType, proto.enumType);
      files.push({ proto, uses });
    }
    for (const n of ns.nestedArray) {
      if (n instanceof pb.Namespace && !(n instanceof pb.Type) && !(n instanceof pb.Service) && !(n instanceof pb.Enum)) {
        visit(n, pkg === "" ? n.name : `${pkg}.${n.name}`);
      }
    }
  };
  visit(root, "");
  for (const { proto, uses } of files) {
    const deps = new Set<string>();
    for (const t of uses) {
      const file = owner.get(t);
      if (file !== undefined && file !== proto.name) deps.add(file);
      else if (file === undefined && t.startsWith(".google.protobuf.")) deps.add(wellKnownFile(t));
    }
    proto.dependency = [...deps].sort();
  }
  return files.map((f) => f.proto);
}

/** The well-known file that declares a google.protobuf type (`.google.protobuf.Timestamp` → google/protobuf/timestamp.proto). */
function wellKnownFile(type: string): string {
  const name = type.slice(".google.protobuf.".length).split(".")[0] ?? "";
  const files: Record<string, string> = {
    Any: "any", Duration: "duration", Empty: "empty", FieldMask: "field_mask", Struct: "struct", Value: "struct",
    ListValue: "struct", NullValue: "struct", Timestamp: "timestamp", DoubleValue: "wrappers", FloatValue: "wrappers",
    Int64Value: "wrappers", UInt64Value: "wrappers", Int32Value: "wrappers", UInt32Value: "wrappers", BoolValue: "wrappers",
    StringValue: "wrappers", BytesValue: "wrappers",
  };
  return `google/protobuf/${files[name] ?? "descriptor"}.proto`;
}

/** Reads a protobufjs JSON bundle into image inputs; a bundle protobufjs cannot resolve is an InputError. */
export function readPbjsBundle(json: unknown, name: string): { proto: FileDescriptorProto; isImport: boolean }[] {
  const pb = loadProtobufjs(name);
  let root: PbNamespace;
  try {
    root = pb.Root.fromJSON(json).resolveAll();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid protobufjs JSON bundle: ${why}`);
  }
  try {
    return descriptorsOfRoot(pb, root).map((proto) => ({ proto, isImport: false }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: the protobufjs bundle cannot be converted: ${why}`);
  }
}
