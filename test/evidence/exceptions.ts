/**
 * Where the bytes and buf's verdict disagree, each with why; docs/evidence.md
 * lists the same. The oracle test fails when an entry no longer applies, so
 * the lists only shrink.
 */

const TYPE_NAME = "buf compares the type's full name; the two types write the same bytes and the same JSON";

/** Rule IDs, or RULE/case, whose findings have no example message that reads back differently. */
export const UNPROVABLE: ReadonlyMap<string, string> = new Map([
  ["ENUM_SAME_JSON_FORMAT", "json_format changes which schemas are valid (JSON name conflicts), not how a value is written"],
  ["MESSAGE_SAME_JSON_FORMAT", "json_format changes which schemas are valid (JSON name conflicts), not how a value is written"],
  ["FILE_SAME_PACKAGE", "a package change renames every type (gRPC paths, Any type URLs); no message of the file pairs with one of the other"],
  ["RESERVED_ENUM_NO_DELETE", "deleting a reservation changes no bytes; it allows a later change that reuses the number or name"],
  ["RESERVED_MESSAGE_NO_DELETE", "deleting a reservation changes no bytes; it allows a later change that reuses the number or name"],
  ["RPC_SAME_CLIENT_STREAMING", "streaming changes the RPC's framing and call shape, not the bytes of its messages"],
  ["RPC_SAME_SERVER_STREAMING", "streaming changes the RPC's framing and call shape, not the bytes of its messages"],
  ["RPC_SAME_IDEMPOTENCY_LEVEL", "the idempotency level changes how clients and proxies may retry (HTTP GET), not the bytes"],
  ["RPC_SAME_REQUEST_TYPE", `${TYPE_NAME} here; gRPC reflection and Any URLs name it`],
  ["RPC_SAME_RESPONSE_TYPE", `${TYPE_NAME} here; gRPC reflection and Any URLs name it`],
  ["FIELD_WIRE_COMPATIBLE_TYPE/enum-not-compatible", `${TYPE_NAME} for the renamed enum with the same values`],
  ["FIELD_WIRE_COMPATIBLE_TYPE/message-renamed", TYPE_NAME],
  ["FIELD_WIRE_COMPATIBLE_TYPE/proto2-groups", `${TYPE_NAME}: a group is written under its field number`],
  ["FIELD_WIRE_COMPATIBLE_TYPE/types-moved-to-imported-file", TYPE_NAME],
  ["FIELD_WIRE_JSON_COMPATIBLE_TYPE/message-renamed", TYPE_NAME],
  ["FIELD_WIRE_JSON_COMPATIBLE_TYPE/types-moved-to-imported-file", TYPE_NAME],
  ["FIELD_SAME_ONEOF/oneof-renamed", "a oneof's name is on neither the wire nor JSON"],
  ["FIELD_SAME_ONEOF/moved-into-oneof", "a oneof of one field only adds presence: the same bytes read back the same"],
  ["FIELD_SAME_ONEOF/proto3-optional-and-real-oneofs", "proto3 optional is a oneof of one field: moving between it and a one-field oneof writes the same bytes"],
  ["MESSAGE_SAME_REQUIRED_FIELDS/proto2-to-editions", "buf reads only proto2's `required` label; the field stays required as LEGACY_REQUIRED"],
  ["FIELD_NO_RENAME/renamed-json-name-kept", "a json_name that keeps the JSON key leaves the wire and JSON unchanged; the rename breaks generated code and the text format"],
]);

const OTHER_RULE = "the case also changes what another rule judges";

/** RULE/case pairs the rule accepts although an example reads back differently. */
export const ACCEPTED_DIVERGENCES: ReadonlyMap<string, string> = new Map([
  ["FIELD_WIRE_COMPATIBLE_TYPE/compatible-kinds", "buf accepts the pairs the proto spec calls compatible (int32/uint32/int64/uint64/bool, sint32/sint64, string/bytes, fixed32/sfixed32, …), which truncate or reinterpret values such as -2 or 0xff"],
  ["FIELD_WIRE_JSON_COMPATIBLE_TYPE/compatible-kinds", "buf accepts int32 to int64 and similar pairs for JSON; a negative value or one above 2^53 is rejected or reads as a string"],
  ["ENUM_VALUE_SAME_NAME/alias-added", "buf accepts a new alias; a JSON writer prints the first name of a number, which old readers do not know"],
  ["MESSAGE_SAME_REQUIRED_FIELDS/editions-legacy-required", "buf reads only proto2's `required` label, not editions' LEGACY_REQUIRED: a new required field is missing from old messages"],
  ["ENUM_VALUE_SAME_NAME/moved-or-deleted", `${OTHER_RULE} (a deleted value: ENUM_VALUE_NO_DELETE)`],
  ["FIELD_NO_RENAME/near-miss-names-swapped", `${OTHER_RULE} (two names swapped, not one renamed: FIELD_SAME_NAME, FIELD_SAME_JSON_NAME)`],
  ["FIELD_NO_RENAME/near-miss-type-changed", `${OTHER_RULE} (a new type under the number is no rename: FIELD_SAME_TYPE)`],
  ["ENUM_VALUE_NO_RENAME/near-miss-names-swapped", `${OTHER_RULE} (two names swapped, not one renamed: ENUM_VALUE_SAME_NAME)`],
  ["ENUM_VALUE_NO_RENAME/near-miss-old-name-kept-as-alias", `${OTHER_RULE} (the old name kept as an alias: a JSON writer prints the first name, as ENUM_VALUE_SAME_NAME/alias-added)`],
  ["FIELD_SAME_DEFAULT/same-value-across-types", `${OTHER_RULE} (types: FIELD_WIRE_COMPATIBLE_TYPE)`],
  ["FIELD_SAME_NAME/same-names", `${OTHER_RULE} (a json_name: FIELD_SAME_JSON_NAME)`],
  ["FIELD_SAME_ONEOF/same-oneofs", `${OTHER_RULE} (types: FIELD_WIRE_COMPATIBLE_TYPE)`],
  ["MESSAGE_SAME_REQUIRED_FIELDS/unchanged", `${OTHER_RULE} (a renumbered field: FIELD_NO_RENUMBER)`],
]);
