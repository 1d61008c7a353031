import { create, equals, isFieldSet, isMessage, toBinary, type DescMessage } from "@bufbuild/protobuf";
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
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import * as made from "../../src/frontend/made.js";

const { newEnum, newEnumValue, newField, newFieldOptions, newFile, newMessage, newMethod, newNamePart, newOneof, newService, newUninterpretedOption } = made;

/** Each factory beside the create() call it stands for. */
const CASES: [string, DescMessage, () => object, () => object][] = [
  ["FileDescriptorProto", FileDescriptorProtoSchema, () => newFile("a/b.proto"), () => create(FileDescriptorProtoSchema, { name: "a/b.proto" })],
  ["DescriptorProto", DescriptorProtoSchema, () => newMessage("Order"), () => create(DescriptorProtoSchema, { name: "Order" })],
  ["FieldDescriptorProto", FieldDescriptorProtoSchema, () => newField(), () => create(FieldDescriptorProtoSchema)],
  ["FieldOptions", FieldOptionsSchema, () => newFieldOptions(), () => create(FieldOptionsSchema)],
  ["EnumDescriptorProto", EnumDescriptorProtoSchema, () => newEnum("Status"), () => create(EnumDescriptorProtoSchema, { name: "Status" })],
  ["EnumValueDescriptorProto", EnumValueDescriptorProtoSchema, () => newEnumValue("STATUS_UNSPECIFIED", 0), () => create(EnumValueDescriptorProtoSchema, { name: "STATUS_UNSPECIFIED", number: 0 })],
  ["UninterpretedOption.NamePart", UninterpretedOption_NamePartSchema, () => newNamePart("acme.opt", true), () => create(UninterpretedOption_NamePartSchema, { namePart: "acme.opt", isExtension: true })],
  ["OneofDescriptorProto", OneofDescriptorProtoSchema, () => newOneof("kind"), () => create(OneofDescriptorProtoSchema, { name: "kind" })],
  ["ServiceDescriptorProto", ServiceDescriptorProtoSchema, () => newService("Orders"), () => create(ServiceDescriptorProtoSchema, { name: "Orders" })],
  ["MethodDescriptorProto", MethodDescriptorProtoSchema, () => newMethod("Get"), () => create(MethodDescriptorProtoSchema, { name: "Get" })],
  ["FileOptions", FileOptionsSchema, () => made.newFileOptions(), () => create(FileOptionsSchema)],
  ["MessageOptions", MessageOptionsSchema, () => made.newMessageOptions(), () => create(MessageOptionsSchema)],
  ["OneofOptions", OneofOptionsSchema, () => made.newOneofOptions(), () => create(OneofOptionsSchema)],
  ["EnumOptions", EnumOptionsSchema, () => made.newEnumOptions(), () => create(EnumOptionsSchema)],
  ["EnumValueOptions", EnumValueOptionsSchema, () => made.newEnumValueOptions(), () => create(EnumValueOptionsSchema)],
  ["ServiceOptions", ServiceOptionsSchema, () => made.newServiceOptions(), () => create(ServiceOptionsSchema)],
  ["MethodOptions", MethodOptionsSchema, () => made.newMethodOptions(), () => create(MethodOptionsSchema)],
  [
    "UninterpretedOption",
    UninterpretedOptionSchema,
    () => newUninterpretedOption([newNamePart("acme.opt", true), newNamePart("x", false)]),
    () => create(UninterpretedOptionSchema, { name: [{ namePart: "acme.opt", isExtension: true }, { namePart: "x", isExtension: false }] }),
  ],
];

describe("the parser's descriptor messages", () => {
  it.each(CASES)("a %s is what create() makes: prototype, own properties in order, values, presence", (_, schema, made, created) => {
    const a = made() as Record<string, unknown>;
    const b = created() as Record<string, unknown>;
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a).toEqual(b);
    expect(isMessage(a, schema)).toBe(true);
    expect(equals(schema, a as never, b as never)).toBe(true);
    for (const field of schema.fields) expect([field.name, isFieldSet(a as never, field)]).toEqual([field.name, isFieldSet(b as never, field)]);
    expect(toBinary(schema, a as never)).toEqual(toBinary(schema, b as never));
    // Lists are each message's own.
    for (const key of Object.keys(a)) if (Array.isArray(a[key]) && key !== "name") expect(a[key]).not.toBe((made() as Record<string, unknown>)[key]);
  });

  it("covers every maker the module exports", () => {
    const named = new Set(CASES.map(([name]) => name));
    expect(Object.keys(made).length).toBe(named.size);
  });

  it("keeps fields set later as create()'s messages do, defaults read from the prototype", () => {
    const a = newField();
    const b = create(FieldDescriptorProtoSchema);
    for (const m of [a, b]) {
      m.name = "total";
      m.number = 2;
      m.options = newFieldOptions();
      m.options.deprecated = true;
    }
    expect(a).toEqual(b);
    expect(a.jsonName).toBe("");
    expect(isFieldSet(a, FieldDescriptorProtoSchema.field.jsonName)).toBe(false);
    expect(isFieldSet(a, FieldDescriptorProtoSchema.field.number)).toBe(true);
    expect(toBinary(FieldDescriptorProtoSchema, a)).toEqual(toBinary(FieldDescriptorProtoSchema, b));
  });
});
