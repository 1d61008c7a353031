import {
  Edition,
  FeatureSet_EnumType as EnumType,
  FeatureSet_FieldPresence as FieldPresence,
  FeatureSet_JsonFormat as JsonFormat,
  FeatureSet_MessageEncoding as MessageEncoding,
  FeatureSet_RepeatedFieldEncoding as RepeatedFieldEncoding,
  FeatureSet_Utf8Validation as Utf8Validation,
  type FeatureSet,
} from "@bufbuild/protobuf/wkt";

/** The standard features in force at one element, after inheritance and edition defaults. */
export interface ResolvedFeatures {
  readonly fieldPresence: FieldPresence;
  readonly enumType: EnumType;
  readonly repeatedFieldEncoding: RepeatedFieldEncoding;
  readonly utf8Validation: Utf8Validation;
  readonly messageEncoding: MessageEncoding;
  readonly jsonFormat: JsonFormat;
}

export { EnumType, FieldPresence, JsonFormat, MessageEncoding, RepeatedFieldEncoding, Utf8Validation };

const PROTO2: ResolvedFeatures = Object.freeze({
  fieldPresence: FieldPresence.EXPLICIT,
  enumType: EnumType.CLOSED,
  repeatedFieldEncoding: RepeatedFieldEncoding.EXPANDED,
  utf8Validation: Utf8Validation.NONE,
  messageEncoding: MessageEncoding.LENGTH_PREFIXED,
  jsonFormat: JsonFormat.LEGACY_BEST_EFFORT,
});

const PROTO3: ResolvedFeatures = Object.freeze({
  fieldPresence: FieldPresence.IMPLICIT,
  enumType: EnumType.OPEN,
  repeatedFieldEncoding: RepeatedFieldEncoding.PACKED,
  utf8Validation: Utf8Validation.VERIFY,
  messageEncoding: MessageEncoding.LENGTH_PREFIXED,
  jsonFormat: JsonFormat.ALLOW,
});

const EDITION_2023: ResolvedFeatures = Object.freeze({
  ...PROTO3,
  fieldPresence: FieldPresence.EXPLICIT,
});

/** The defaults a file starts from, by syntax or edition. */
export function editionDefaults(syntax: string, edition: Edition): ResolvedFeatures {
  if (syntax === "proto3") return PROTO3;
  if (syntax === "editions") {
    if (edition === Edition.EDITION_PROTO2) return PROTO2;
    if (edition === Edition.EDITION_PROTO3) return PROTO3;
    return EDITION_2023;
  }
  return PROTO2;
}

/** Applies the features declared on an element over those inherited from its parent. */
export function mergeFeatures(parent: ResolvedFeatures, declared: FeatureSet | undefined): ResolvedFeatures {
  if (declared === undefined) return parent;
  const out = {
    fieldPresence: declared.fieldPresence || parent.fieldPresence,
    enumType: declared.enumType || parent.enumType,
    repeatedFieldEncoding: declared.repeatedFieldEncoding || parent.repeatedFieldEncoding,
    utf8Validation: declared.utf8Validation || parent.utf8Validation,
    messageEncoding: declared.messageEncoding || parent.messageEncoding,
    jsonFormat: declared.jsonFormat || parent.jsonFormat,
  };
  return out;
}
