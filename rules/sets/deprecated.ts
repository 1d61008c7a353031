import type { BufVersion } from "../../src/model/rule.js";

/** A breaking rule ID buf has retired: it has no rule file, only replacements. */
export interface DeprecatedRule {
  readonly id: string;
  /** The rules that run in its place; none when it never reported anything. */
  readonly replacements: readonly string[];
  /** The buf.yaml versions that still accept the ID. */
  readonly versions: readonly BufVersion[];
}

/** buf's deprecated breaking rule IDs (buf 1.75.0, `buf config ls-breaking-rules --include-deprecated`). */
export const DEPRECATED_RULES: readonly DeprecatedRule[] = [
  { id: "FIELD_SAME_CTYPE", replacements: ["FIELD_SAME_CPP_STRING_TYPE"], versions: ["v1beta1", "v1"] },
  {
    id: "FIELD_SAME_LABEL",
    replacements: ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
    versions: ["v1beta1", "v1"],
  },
  {
    id: "FILE_SAME_JAVA_STRING_CHECK_UTF8",
    replacements: ["FIELD_SAME_JAVA_UTF8_VALIDATION"],
    versions: ["v1beta1", "v1"],
  },
  { id: "FILE_SAME_PHP_GENERIC_SERVICES", replacements: [], versions: ["v1beta1", "v1"] },
  { id: "MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", replacements: [], versions: ["v1beta1", "v1", "v2"] },
];
