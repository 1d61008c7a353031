/**
 * Custom (language) features as the model resolves them: `(pb.cpp).string_type`
 * and `(pb.java).utf8_validation`, read from interpreted FeatureSets or from
 * the uninterpreted options the frontend leaves, inherited from messages and
 * file, with the edition defaults; and the legacy options they replace.
 */
import { create, createFileRegistry, getExtension, hasExtension, isFieldSet } from "@bufbuild/protobuf";
import type { GenExtension } from "@bufbuild/protobuf/codegenv2";
import {
  CppFeatures_StringType as CppStringType,
  Edition,
  FieldOptions_CType as CType,
  FieldOptionsSchema,
  FileDescriptorSetSchema,
  FileOptionsSchema,
  JavaFeatures_Utf8Validation as JavaUtf8Validation,
  type CppFeatures,
  type FeatureSet,
  type FileDescriptorProto,
  type JavaFeatures,
  type UninterpretedOption,
} from "@bufbuild/protobuf/wkt";
import { wellKnownProto } from "../model/well-known.js";
import { Utf8Validation } from "./features.js";
import type { FieldEl, FileEl, MessageEl } from "./model.js";

export { CType, CppStringType, JavaUtf8Validation };

/** The options of a file, message or field: standard features, and custom options the parser left uninterpreted. */
interface OptionsLike {
  readonly features?: FeatureSet | undefined;
  readonly uninterpretedOption: readonly UninterpretedOption[];
}

/** A custom feature: an extension of google.protobuf.FeatureSet and one field of its message. */
interface CustomFeature<T extends number> {
  /** The extension's full name, as written in `features.(pb.cpp).string_type`. */
  readonly extension: string;
  /** The feature's field name in the extension's message. */
  readonly name: string;
  /** Reads the value from a FeatureSet whose extensions are binary-encoded (a descriptor set). */
  read(features: FeatureSet): T | undefined;
  /** The number of an enum value name. */
  valueOf(name: string): T | undefined;
}

function enumValue<T extends number>(values: Readonly<Record<string, string | T>>, name: string): T | undefined {
  const value = values[name];
  return typeof value === "number" ? value : undefined;
}

interface LanguageExtensions {
  readonly cpp: GenExtension<FeatureSet, CppFeatures>;
  readonly java: GenExtension<FeatureSet, JavaFeatures>;
}

let languageExtensions: LanguageExtensions | undefined;

/**
 * The extensions pb.cpp and pb.java, made from the embedded well-known files
 * when a FeatureSet of a descriptor set is first read: @bufbuild/protobuf's
 * own would decode their files at every start.
 */
function extensions(): LanguageExtensions {
  if (languageExtensions !== undefined) return languageExtensions;
  const file = ["google/protobuf/descriptor.proto", "google/protobuf/cpp_features.proto", "google/protobuf/java_features.proto"].map((path) => wellKnownProto(path) as FileDescriptorProto);
  const registry = createFileRegistry(create(FileDescriptorSetSchema, { file }));
  const extension = (name: string) => {
    const found = registry.getExtension(name);
    if (found === undefined) throw new Error(`the embedded well-known files lack the extension ${name}`);
    return found;
  };
  languageExtensions = {
    cpp: extension("pb.cpp") as GenExtension<FeatureSet, CppFeatures>,
    java: extension("pb.java") as GenExtension<FeatureSet, JavaFeatures>,
  };
  return languageExtensions;
}

const CPP_STRING_TYPE: CustomFeature<CppStringType> = {
  extension: "pb.cpp",
  name: "string_type",
  read(features) {
    const { cpp } = extensions();
    if (!hasExtension(features, cpp)) return undefined;
    const value = getExtension(features, cpp).stringType;
    return value === CppStringType.STRING_TYPE_UNKNOWN ? undefined : value;
  },
  valueOf: (name) => enumValue(CppStringType, name),
};

const JAVA_UTF8_VALIDATION: CustomFeature<JavaUtf8Validation> = {
  extension: "pb.java",
  name: "utf8_validation",
  read(features) {
    const { java } = extensions();
    if (!hasExtension(features, java)) return undefined;
    const value = getExtension(features, java).utf8Validation;
    return value === JavaUtf8Validation.UTF8_VALIDATION_UNKNOWN ? undefined : value;
  },
  valueOf: (name) => enumValue(JavaUtf8Validation, name),
};

function bareName(part: string): string {
  return part.replace(/^\(/, "").replace(/\)$/, "").replace(/^\./, "");
}

/**
 * A custom feature left as an uninterpreted option: either
 * `features.(pb.cpp).string_type = CORD` or `features.(pb.cpp) = { string_type: CORD }`.
 */
function readUninterpreted<T extends number>(options: readonly UninterpretedOption[], feature: CustomFeature<T>): T | undefined {
  for (const option of options) {
    const parts = option.name.map((p) => ({ name: bareName(p.namePart), isExtension: p.isExtension }));
    const [features, extension, field] = parts;
    if (features?.name !== "features" || features.isExtension) continue;
    if (extension?.name !== feature.extension || !extension.isExtension) continue;
    if (parts.length === 3 && field?.name === feature.name && !field.isExtension) {
      const value = feature.valueOf(option.identifierValue);
      if (value !== undefined) return value;
    }
    if (parts.length === 2 && option.aggregateValue !== "") {
      const match = new RegExp(`(?:^|[\\s,;{])${feature.name}\\s*:\\s*([A-Za-z_][A-Za-z0-9_]*)`).exec(option.aggregateValue);
      const value = match?.[1] === undefined ? undefined : feature.valueOf(match[1]);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The value of a custom feature declared in one element's own options, if any. */
function declared<T extends number>(options: OptionsLike | undefined, feature: CustomFeature<T>): T | undefined {
  if (options === undefined) return undefined;
  if (options.features !== undefined) {
    const value = feature.read(options.features);
    if (value !== undefined) return value;
  }
  return readUninterpreted(options.uninterpretedOption, feature);
}

/** The edition a file is in, proto2 and proto3 files included (EDITION_PROTO2, EDITION_PROTO3). */
export function editionOf(file: FileEl): Edition {
  if (file.syntax === "proto3") return Edition.EDITION_PROTO3;
  if (file.syntax === "proto2") return Edition.EDITION_PROTO2;
  return file.proto.edition;
}

/**
 * A custom feature a field inherits: declared on the messages around it
 * (innermost first), else on the file. Files in proto2 or proto3 syntax cannot
 * declare features, so they get the default. Oneofs are not part of the chain, as in buf.
 */
function inheritedForField<T extends number>(field: FieldEl, feature: CustomFeature<T>, fallback: T): T {
  const file = field.file;
  if (file.syntax !== "editions") return fallback;
  for (let m: MessageEl | undefined = field.parent; m !== undefined; m = m.parent) {
    const value = declared(m.proto.options, feature);
    if (value !== undefined) return value;
  }
  return declared(file.proto.options, feature) ?? fallback;
}

/** A custom feature in force at a field: declared on the field, else inherited (see inheritedForField). */
function resolveForField<T extends number>(field: FieldEl, feature: CustomFeature<T>, fallback: T): T {
  if (field.file.syntax !== "editions") return fallback;
  return declared(field.proto.options, feature) ?? inheritedForField(field, feature, fallback);
}

/** The C++ string type of a string or bytes field, and whether it is the legacy STRING_PIECE. */
export interface CppStringTypeOf {
  readonly type: CppStringType;
  readonly isStringPiece: boolean;
}

/** The C++ string type of a file's edition: STRING up to edition 2023, VIEW from edition 2024. */
function cppStringTypeDefault(file: FileEl): CppStringType {
  return editionOf(file) >= Edition.EDITION_2024 ? CppStringType.VIEW : CppStringType.STRING;
}

/**
 * The C++ string type of a field: from `ctype` (before edition 2024), else from
 * the `(pb.cpp).string_type` feature, whose default is STRING up to edition
 * 2023 and VIEW from edition 2024.
 */
export function cppStringType(field: FieldEl): CppStringTypeOf {
  const edition = editionOf(field.file);
  const options = field.proto.options;
  if (edition < Edition.EDITION_2024 && options !== undefined && isFieldSet(options, FieldOptionsSchema.field.ctype)) {
    switch (options.ctype) {
      case CType.CORD:
        return { type: CppStringType.CORD, isStringPiece: false };
      case CType.STRING_PIECE:
        return { type: CppStringType.STRING, isStringPiece: true };
      case CType.STRING:
        return { type: CppStringType.STRING, isStringPiece: false };
      default:
        if (field.file.syntax !== "editions") return { type: CppStringType.STRING, isStringPiece: false };
    }
  }
  return { type: resolveForField(field, CPP_STRING_TYPE, cppStringTypeDefault(field.file)), isStringPiece: false };
}

/** What a field's own options say about its C++ string type, and what it gets from its messages and file. */
export interface CppStringTypeSetting {
  /** The field's `ctype` option, if set. */
  readonly ctype: CType | undefined;
  /** The field's own `(pb.cpp).string_type` feature, if set (editions only). */
  readonly feature: CppStringType | undefined;
  /** The string type the field gets without its own ctype or feature. */
  readonly inherited: CppStringType;
}

export function cppStringTypeSetting(field: FieldEl): CppStringTypeSetting {
  const options = field.proto.options;
  const hasCtype = options !== undefined && isFieldSet(options, FieldOptionsSchema.field.ctype);
  const ctype = hasCtype ? options.ctype : undefined;
  const feature = field.file.syntax === "editions" ? declared(options, CPP_STRING_TYPE) : undefined;
  return { ctype, feature, inherited: inheritedForField(field, CPP_STRING_TYPE, cppStringTypeDefault(field.file)) };
}


/**
 * Whether Java checks UTF-8 in a string field: VERIFY when the file option
 * `java_string_check_utf8` is true, or (in editions files without that option)
 * when `(pb.java).utf8_validation` is VERIFY; otherwise the standard
 * `utf8_validation` feature in force.
 */
export function javaUtf8Validation(field: FieldEl): Utf8Validation {
  const standard = field.features.utf8Validation;
  const options = field.file.proto.options;
  const hasFileOption = options !== undefined && isFieldSet(options, FileOptionsSchema.field.javaStringCheckUtf8);
  if (field.file.syntax !== "editions" || hasFileOption) {
    return options?.javaStringCheckUtf8 === true ? Utf8Validation.VERIFY : standard;
  }
  const java = resolveForField(field, JAVA_UTF8_VALIDATION, JavaUtf8Validation.DEFAULT);
  return java === JavaUtf8Validation.VERIFY ? Utf8Validation.VERIFY : standard;
}

/**
 * A field's own `(pb.java).utf8_validation` feature, if set, and what it
 * inherits (editions only; DEFAULT elsewhere).
 */
export function javaUtf8ValidationSetting(field: FieldEl): {
  readonly own: JavaUtf8Validation | undefined;
  readonly inherited: JavaUtf8Validation;
} {
  const own = field.file.syntax === "editions" ? declared(field.proto.options, JAVA_UTF8_VALIDATION) : undefined;
  return { own, inherited: inheritedForField(field, JAVA_UTF8_VALIDATION, JavaUtf8Validation.DEFAULT) };
}
