import type { DescMessage } from "@bufbuild/protobuf";
import {
  CppFeaturesSchema,
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  DescriptorProtoSchema,
  EnumDescriptorProtoSchema,
  EnumOptionsSchema,
  EnumValueDescriptorProtoSchema,
  FeatureSetSchema,
  FieldDescriptorProtoSchema,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  FileOptionsSchema,
  JavaFeaturesSchema,
  MessageOptionsSchema,
  MethodDescriptorProtoSchema,
  MethodOptionsSchema,
  OneofDescriptorProtoSchema,
  ServiceDescriptorProtoSchema,
  cpp,
  java,
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import {
  CPP_FEATURES,
  ENUM,
  ENUM_OPTIONS,
  ENUM_VALUE,
  FEATURE_SET,
  FEATURE_SET_EXTENSION,
  FIELD,
  FIELD_OPTIONS,
  FILE,
  FILE_OPTIONS,
  JAVA_FEATURES,
  MESSAGE,
  MESSAGE_OPTIONS,
  METHOD,
  METHOD_OPTIONS,
  ONEOF,
  RANGE,
  SERVICE,
  sourcePath,
} from "../../src/model/source-path.js";

/** Each named number is the field of that name in the descriptor message. */
function expectFieldNumbers(schema: DescMessage, numbers: Readonly<Record<string, number>>): void {
  for (const [localName, number] of Object.entries(numbers)) {
    const field = schema.fields.find((f) => f.localName === localName);
    expect(field?.number, `${schema.typeName}.${localName}`).toBe(number);
  }
}

describe("source path constants", () => {
  it.each([
    [FileDescriptorProtoSchema, FILE],
    [DescriptorProtoSchema, MESSAGE],
    [FieldDescriptorProtoSchema, FIELD],
    [OneofDescriptorProtoSchema, ONEOF],
    [EnumDescriptorProtoSchema, ENUM],
    [EnumValueDescriptorProtoSchema, ENUM_VALUE],
    [ServiceDescriptorProtoSchema, SERVICE],
    [MethodDescriptorProtoSchema, METHOD],
    [DescriptorProto_ExtensionRangeSchema, RANGE],
    [FileOptionsSchema, FILE_OPTIONS],
    [MessageOptionsSchema, MESSAGE_OPTIONS],
    [FieldOptionsSchema, FIELD_OPTIONS],
    [EnumOptionsSchema, ENUM_OPTIONS],
    [MethodOptionsSchema, METHOD_OPTIONS],
    [FeatureSetSchema, FEATURE_SET],
    [CppFeaturesSchema, CPP_FEATURES],
    [JavaFeaturesSchema, JAVA_FEATURES],
  ] as const)("match the field numbers of %s", (schema, numbers) => {
    expectFieldNumbers(schema, numbers);
  });

  it("number the language feature extensions as descriptor.proto's", () => {
    expect(cpp.number).toBe(FEATURE_SET_EXTENSION.cpp);
    expect(java.number).toBe(FEATURE_SET_EXTENSION.java);
  });

  it("name the start and end of a reserved range as of an extension range", () => {
    expectFieldNumbers(DescriptorProto_ReservedRangeSchema, { start: RANGE.start, end: RANGE.end });
  });
});

describe("sourcePath", () => {
  it("builds element paths from the file down", () => {
    expect(sourcePath.message(0).field(1)).toEqual([4, 0, 2, 1]);
    expect(sourcePath.message(2).message(0).enum(1).value(3)).toEqual([4, 2, 3, 0, 4, 1, 2, 3]);
    expect(sourcePath.message(1).oneof(0)).toEqual([4, 1, 8, 0]);
    expect(sourcePath.message(1).extension(2)).toEqual([4, 1, 6, 2]);
    expect(sourcePath.enum(1).value(0)).toEqual([5, 1, 2, 0]);
    expect(sourcePath.service(0).method(4)).toEqual([6, 0, 2, 4]);
    expect(sourcePath.extension(3)).toEqual([7, 3]);
    expect(sourcePath.messageAt([4, 0, 3, 1]).field(0)).toEqual([4, 0, 3, 1, 2, 0]);
  });
});
