import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Rule } from "../src/model/rule.js";
import enumNoDelete from "./enum-no-delete.js";
import enumSameJsonFormat from "./enum-same-json-format.js";
import enumSameType from "./enum-same-type.js";
import enumValueNoDelete from "./enum-value-no-delete.js";
import enumValueNoDeleteUnlessNameReserved from "./enum-value-no-delete-unless-name-reserved.js";
import enumValueNoDeleteUnlessNumberReserved from "./enum-value-no-delete-unless-number-reserved.js";
import enumValueNoRenumber from "./enum-value-no-renumber.js";
import enumValueSameName from "./enum-value-same-name.js";
import extensionMessageNoDelete from "./extension-message-no-delete.js";
import extensionNoDelete from "./extension-no-delete.js";
import fieldNoDelete from "./field-no-delete.js";
import fieldNoDeleteUnlessNameReserved from "./field-no-delete-unless-name-reserved.js";
import fieldNoDeleteUnlessNumberReserved from "./field-no-delete-unless-number-reserved.js";
import fieldNoRenumber from "./field-no-renumber.js";
import fieldSameCardinality from "./field-same-cardinality.js";
import fieldSameCppStringType from "./field-same-cpp-string-type.js";
import fieldSameDefault from "./field-same-default.js";
import fieldSameJavaUtf8Validation from "./field-same-java-utf8-validation.js";
import fieldSameJsonName from "./field-same-json-name.js";
import fieldSameJstype from "./field-same-jstype.js";
import fieldSameName from "./field-same-name.js";
import fieldSameOneof from "./field-same-oneof.js";
import fieldSameType from "./field-same-type.js";
import fieldSameUtf8Validation from "./field-same-utf8-validation.js";
import fieldWireCompatibleCardinality from "./field-wire-compatible-cardinality.js";
import fieldWireCompatibleType from "./field-wire-compatible-type.js";
import fieldWireJsonCompatibleCardinality from "./field-wire-json-compatible-cardinality.js";
import fieldWireJsonCompatibleType from "./field-wire-json-compatible-type.js";
import fileNoDelete from "./file-no-delete.js";
import fileSameCcEnableArenas from "./file-same-cc-enable-arenas.js";
import fileSameCcGenericServices from "./file-same-cc-generic-services.js";
import fileSameCsharpNamespace from "./file-same-csharp-namespace.js";
import fileSameGoPackage from "./file-same-go-package.js";
import fileSameJavaGenericServices from "./file-same-java-generic-services.js";
import fileSameJavaMultipleFiles from "./file-same-java-multiple-files.js";
import fileSameJavaOuterClassname from "./file-same-java-outer-classname.js";
import fileSameJavaPackage from "./file-same-java-package.js";
import fileSameObjcClassPrefix from "./file-same-objc-class-prefix.js";
import fileSameOptimizeFor from "./file-same-optimize-for.js";
import fileSamePackage from "./file-same-package.js";
import fileSamePhpClassPrefix from "./file-same-php-class-prefix.js";
import fileSamePhpMetadataNamespace from "./file-same-php-metadata-namespace.js";
import fileSamePhpNamespace from "./file-same-php-namespace.js";
import fileSamePyGenericServices from "./file-same-py-generic-services.js";
import fileSameRubyPackage from "./file-same-ruby-package.js";
import fileSameSwiftPrefix from "./file-same-swift-prefix.js";
import fileSameSyntax from "./file-same-syntax.js";
import messageNoDelete from "./message-no-delete.js";
import messageNoRemoveStandardDescriptorAccessor from "./message-no-remove-standard-descriptor-accessor.js";
import messageSameJsonFormat from "./message-same-json-format.js";
import messageSameRequiredFields from "./message-same-required-fields.js";
import oneofNoDelete from "./oneof-no-delete.js";
import packageEnumNoDelete from "./package-enum-no-delete.js";
import packageExtensionNoDelete from "./package-extension-no-delete.js";
import packageMessageNoDelete from "./package-message-no-delete.js";
import packageNoDelete from "./package-no-delete.js";
import packageNoNewUnversioned from "./package-no-new-unversioned.js";
import packageServiceNoDelete from "./package-service-no-delete.js";
import packageVersionNoDowngrade from "./package-version-no-downgrade.js";
import packageVersionSuffix from "./package-version-suffix.js";
import reservedEnumNoDelete from "./reserved-enum-no-delete.js";
import reservedMessageNoDelete from "./reserved-message-no-delete.js";
import rpcNoDelete from "./rpc-no-delete.js";
import rpcSameClientStreaming from "./rpc-same-client-streaming.js";
import rpcSameIdempotencyLevel from "./rpc-same-idempotency-level.js";
import rpcSameRequestType from "./rpc-same-request-type.js";
import rpcSameResponseType from "./rpc-same-response-type.js";
import rpcSameServerStreaming from "./rpc-same-server-streaming.js";
import serviceNoDelete from "./service-no-delete.js";
import stablePackageNoDelete from "./stable-package-no-delete.js";

/** Every breaking rule, sorted by ID. The one list. */
export const RULES: readonly Rule[] = [
  enumNoDelete,
  enumSameJsonFormat,
  enumSameType,
  enumValueNoDelete,
  enumValueNoDeleteUnlessNameReserved,
  enumValueNoDeleteUnlessNumberReserved,
  enumValueNoRenumber,
  enumValueSameName,
  extensionMessageNoDelete,
  extensionNoDelete,
  fieldNoDelete,
  fieldNoDeleteUnlessNameReserved,
  fieldNoDeleteUnlessNumberReserved,
  fieldNoRenumber,
  fieldSameCardinality,
  fieldSameCppStringType,
  fieldSameDefault,
  fieldSameJavaUtf8Validation,
  fieldSameJsonName,
  fieldSameJstype,
  fieldSameName,
  fieldSameOneof,
  fieldSameType,
  fieldSameUtf8Validation,
  fieldWireCompatibleCardinality,
  fieldWireCompatibleType,
  fieldWireJsonCompatibleCardinality,
  fieldWireJsonCompatibleType,
  fileNoDelete,
  fileSameCcEnableArenas,
  fileSameCcGenericServices,
  fileSameCsharpNamespace,
  fileSameGoPackage,
  fileSameJavaGenericServices,
  fileSameJavaMultipleFiles,
  fileSameJavaOuterClassname,
  fileSameJavaPackage,
  fileSameObjcClassPrefix,
  fileSameOptimizeFor,
  fileSamePackage,
  fileSamePhpClassPrefix,
  fileSamePhpMetadataNamespace,
  fileSamePhpNamespace,
  fileSamePyGenericServices,
  fileSameRubyPackage,
  fileSameSwiftPrefix,
  fileSameSyntax,
  messageNoDelete,
  messageNoRemoveStandardDescriptorAccessor,
  messageSameJsonFormat,
  messageSameRequiredFields,
  oneofNoDelete,
  packageEnumNoDelete,
  packageExtensionNoDelete,
  packageMessageNoDelete,
  packageNoDelete,
  packageNoNewUnversioned,
  packageServiceNoDelete,
  packageVersionNoDowngrade,
  packageVersionSuffix,
  reservedEnumNoDelete,
  reservedMessageNoDelete,
  rpcNoDelete,
  rpcSameClientStreaming,
  rpcSameIdempotencyLevel,
  rpcSameRequestType,
  rpcSameResponseType,
  rpcSameServerStreaming,
  serviceNoDelete,
  stablePackageNoDelete,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The path of a rule's doc (rules/<rule-id>.md), from the sources or from the build. */
export function ruleDocPath(id: string): string {
  const name = `${id.toLowerCase().replaceAll("_", "-")}.md`;
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../../rules/${name}`, import.meta.url));
}
