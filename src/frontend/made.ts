/**
 * The descriptor messages the parser makes most, made as `create(schema,
 * init)` of @bufbuild/protobuf makes them: the same prototype (which holds
 * the defaults of the fields not set), the same own properties in the same
 * order (`$typeName`, the fields set, a fresh array for each list). create()
 * reads the schema's list of properties for every message; a constructor per
 * type writes them directly, and V8 lays its objects out with room for the
 * fields the parser sets afterwards (on googleapis, hundreds of thousands of
 * fields, options and values on each side). test/frontend/made.test.ts holds
 * each to create(). The constructors are written out, one statement a
 * property: one constructor for every type that loops over its list names
 * makes the three types the parser makes most 1.5 to 2.5 times slower (the
 * loop's stores see every type's names).
 */
import { create, type DescMessage } from "@bufbuild/protobuf";
import {
  DescriptorProtoSchema,
  EnumDescriptorProtoSchema,
  EnumOptionsSchema,
  EnumValueDescriptorProtoSchema,
  EnumValueOptionsSchema,
  FieldDescriptorProtoSchema,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodDescriptorProtoSchema,
  MethodOptionsSchema,
  OneofDescriptorProtoSchema,
  OneofOptionsSchema,
  ServiceDescriptorProtoSchema,
  ServiceOptionsSchema,
  UninterpretedOption_NamePartSchema,
  UninterpretedOptionSchema,
  type DescriptorProto,
  type EnumDescriptorProto,
  type EnumOptions,
  type EnumValueDescriptorProto,
  type EnumValueOptions,
  type FieldDescriptorProto,
  type FieldOptions,
  type FileDescriptorProto,
  type FileOptions,
  type MessageOptions,
  type MethodDescriptorProto,
  type MethodOptions,
  type OneofDescriptorProto,
  type OneofOptions,
  type ServiceDescriptorProto,
  type ServiceOptions,
  type UninterpretedOption,
  type UninterpretedOption_NamePart,
} from "@bufbuild/protobuf/wkt";

/** A message's own properties as the constructor writes them. */
type Own = Record<string, unknown>;

/** Gives `ctor` the prototype create() gives a message of `schema`. */
function madeLike(schema: DescMessage, ctor: (this: Own, ...args: never[]) => void): void {
  (ctor as unknown as { prototype: unknown }).prototype = Object.getPrototypeOf(create(schema)) as unknown;
}

function FileDescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.FileDescriptorProto";
  this["name"] = name;
  this["dependency"] = [];
  this["publicDependency"] = [];
  this["weakDependency"] = [];
  this["optionDependency"] = [];
  this["messageType"] = [];
  this["enumType"] = [];
  this["service"] = [];
  this["extension"] = [];
}
madeLike(FileDescriptorProtoSchema, FileDescriptorProtoMade);

function DescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.DescriptorProto";
  this["name"] = name;
  this["field"] = [];
  this["extension"] = [];
  this["nestedType"] = [];
  this["enumType"] = [];
  this["extensionRange"] = [];
  this["oneofDecl"] = [];
  this["reservedRange"] = [];
  this["reservedName"] = [];
}
madeLike(DescriptorProtoSchema, DescriptorProtoMade);

function FieldDescriptorProtoMade(this: Own): void {
  this["$typeName"] = "google.protobuf.FieldDescriptorProto";
}
madeLike(FieldDescriptorProtoSchema, FieldDescriptorProtoMade);

function FieldOptionsMade(this: Own): void {
  this["$typeName"] = "google.protobuf.FieldOptions";
  this["targets"] = [];
  this["editionDefaults"] = [];
  this["uninterpretedOption"] = [];
}
madeLike(FieldOptionsSchema, FieldOptionsMade);

function EnumDescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.EnumDescriptorProto";
  this["name"] = name;
  this["value"] = [];
  this["reservedRange"] = [];
  this["reservedName"] = [];
}
madeLike(EnumDescriptorProtoSchema, EnumDescriptorProtoMade);

function EnumValueDescriptorProtoMade(this: Own, name: string, number: number): void {
  this["$typeName"] = "google.protobuf.EnumValueDescriptorProto";
  this["name"] = name;
  this["number"] = number;
}
madeLike(EnumValueDescriptorProtoSchema, EnumValueDescriptorProtoMade);

function UninterpretedOptionMade(this: Own, name: UninterpretedOption_NamePart[]): void {
  this["$typeName"] = "google.protobuf.UninterpretedOption";
  this["name"] = name;
}
madeLike(UninterpretedOptionSchema, UninterpretedOptionMade);

function NamePartMade(this: Own, namePart: string, isExtension: boolean): void {
  this["$typeName"] = "google.protobuf.UninterpretedOption.NamePart";
  this["namePart"] = namePart;
  this["isExtension"] = isExtension;
}
madeLike(UninterpretedOption_NamePartSchema, NamePartMade);

function OneofDescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.OneofDescriptorProto";
  this["name"] = name;
}
madeLike(OneofDescriptorProtoSchema, OneofDescriptorProtoMade);

function ServiceDescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.ServiceDescriptorProto";
  this["name"] = name;
  this["method"] = [];
}
madeLike(ServiceDescriptorProtoSchema, ServiceDescriptorProtoMade);

function MethodDescriptorProtoMade(this: Own, name: string): void {
  this["$typeName"] = "google.protobuf.MethodDescriptorProto";
  this["name"] = name;
}
madeLike(MethodDescriptorProtoSchema, MethodDescriptorProtoMade);

/**
 * The maker of an options message whose one list is `uninterpretedOption`
 * (all but FieldOptions): a constructor of its own per type, so that each
 * type's objects get a layout of their own.
 */
function optionsMaker(schema: DescMessage): () => object {
  const typeName = schema.typeName;
  function OptionsMade(this: Own): void {
    this["$typeName"] = typeName;
    this["uninterpretedOption"] = [];
  }
  madeLike(schema, OptionsMade);
  const Made = OptionsMade as unknown as new () => object;
  return () => new Made();
}

/** create(FileOptionsSchema), create(MessageOptionsSchema), ... */
export const newFileOptions = optionsMaker(FileOptionsSchema) as () => FileOptions;
export const newMessageOptions = optionsMaker(MessageOptionsSchema) as () => MessageOptions;
export const newOneofOptions = optionsMaker(OneofOptionsSchema) as () => OneofOptions;
export const newEnumOptions = optionsMaker(EnumOptionsSchema) as () => EnumOptions;
export const newEnumValueOptions = optionsMaker(EnumValueOptionsSchema) as () => EnumValueOptions;
export const newServiceOptions = optionsMaker(ServiceOptionsSchema) as () => ServiceOptions;
export const newMethodOptions = optionsMaker(MethodOptionsSchema) as () => MethodOptions;

type Made<A extends unknown[], T> = new (...args: A) => T;

/** create(OneofDescriptorProtoSchema, { name }). */
export function newOneof(name: string): OneofDescriptorProto {
  return new (OneofDescriptorProtoMade as unknown as Made<[string], OneofDescriptorProto>)(name);
}

/** create(ServiceDescriptorProtoSchema, { name }). */
export function newService(name: string): ServiceDescriptorProto {
  return new (ServiceDescriptorProtoMade as unknown as Made<[string], ServiceDescriptorProto>)(name);
}

/** create(MethodDescriptorProtoSchema, { name }). */
export function newMethod(name: string): MethodDescriptorProto {
  return new (MethodDescriptorProtoMade as unknown as Made<[string], MethodDescriptorProto>)(name);
}

/** create(FileDescriptorProtoSchema, { name }). */
export function newFile(name: string): FileDescriptorProto {
  return new (FileDescriptorProtoMade as unknown as Made<[string], FileDescriptorProto>)(name);
}

/** create(DescriptorProtoSchema, { name }). */
export function newMessage(name: string): DescriptorProto {
  return new (DescriptorProtoMade as unknown as Made<[string], DescriptorProto>)(name);
}

/** create(FieldDescriptorProtoSchema). */
export function newField(): FieldDescriptorProto {
  return new (FieldDescriptorProtoMade as unknown as Made<[], FieldDescriptorProto>)();
}

/** create(FieldOptionsSchema). */
export function newFieldOptions(): FieldOptions {
  return new (FieldOptionsMade as unknown as Made<[], FieldOptions>)();
}

/** create(EnumDescriptorProtoSchema, { name }). */
export function newEnum(name: string): EnumDescriptorProto {
  return new (EnumDescriptorProtoMade as unknown as Made<[string], EnumDescriptorProto>)(name);
}

/** create(EnumValueDescriptorProtoSchema, { name, number }). */
export function newEnumValue(name: string, number: number): EnumValueDescriptorProto {
  return new (EnumValueDescriptorProtoMade as unknown as Made<[string, number], EnumValueDescriptorProto>)(name, number);
}

/** create(UninterpretedOptionSchema, { name }): `name` is kept, not copied. */
export function newUninterpretedOption(name: UninterpretedOption_NamePart[]): UninterpretedOption {
  return new (UninterpretedOptionMade as unknown as Made<[UninterpretedOption_NamePart[]], UninterpretedOption>)(name);
}

/** create(UninterpretedOption_NamePartSchema, { namePart, isExtension }). */
export function newNamePart(namePart: string, isExtension: boolean): UninterpretedOption_NamePart {
  return new (NamePartMade as unknown as Made<[string, boolean], UninterpretedOption_NamePart>)(namePart, isExtension);
}
