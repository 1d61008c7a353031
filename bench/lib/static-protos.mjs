// Shared files every generated corpus holds, shaped like their googleapis
// namesakes: the google.api annotations (custom options on methods, services,
// fields, messages and files), google.rpc, google.type and google.longrunning.
// Generated packages import them; the mutations never touch them.

const LICENSE = `// Copyright 2025 Google LLC
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.
`;

const API_OPTIONS = `option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/api/annotations;annotations";
option java_multiple_files = true;
option objc_class_prefix = "GAPI";`;

const FILES = {
  'google/api/http.proto': `syntax = "proto3";

package google.api;

${API_OPTIONS}
option java_outer_classname = "HttpProto";
option java_package = "com.google.api";

// Defines the HTTP configuration for an API service. It contains a list of
// [HttpRule][google.api.HttpRule], each specifying the mapping of an RPC method
// to one or more HTTP REST API methods.
message Http {
  // A list of HTTP configuration rules that apply to individual API methods.
  //
  // **NOTE:** All service configuration rules follow "last one wins" order.
  repeated HttpRule rules = 1;

  // When set to true, URL path parameters will be fully URI-decoded except in
  // cases of single segment matches in reserved expansion, where "%2F" will be
  // left encoded.
  //
  // The default behavior is to not decode RFC 6570 reserved characters in multi
  // segment matches.
  bool fully_decode_reserved_expansion = 2;
}

// gRPC Transcoding is a feature for mapping between a gRPC method and one or
// more HTTP REST endpoints. It allows developers to build a single API service
// that supports both gRPC APIs and REST APIs.
//
// Each mapping specifies a URL path template and an HTTP method. The path
// template may refer to one or more fields in the gRPC request message, as long
// as each field is a non-repeated field with a primitive (non-message) type.
// The path template controls how fields of the request message are mapped to
// the URL path.
message HttpRule {
  // Selects a method to which this rule applies.
  //
  // Refer to [selector][google.api.DocumentationRule.selector] for syntax
  // details.
  string selector = 1;

  // Determines the URL pattern is matched by this rules. This pattern can be
  // used with any of the {get|put|post|delete|patch} methods. A custom method
  // can be defined using the 'custom' field.
  oneof pattern {
    // Maps to HTTP GET. Used for listing and getting information about
    // resources.
    string get = 2;

    // Maps to HTTP PUT. Used for replacing a resource.
    string put = 3;

    // Maps to HTTP POST. Used for creating a resource or performing an action.
    string post = 4;

    // Maps to HTTP DELETE. Used for deleting a resource.
    string delete = 5;

    // Maps to HTTP PATCH. Used for updating a resource.
    string patch = 6;

    // The custom pattern is used for specifying an HTTP method that is not
    // included in the \`pattern\` field, such as HEAD, or "*" to leave the
    // HTTP method unspecified for this rule.
    CustomHttpPattern custom = 8;
  }

  // The name of the request field whose value is mapped to the HTTP request
  // body, or \`*\` for mapping all request fields not captured by the path
  // pattern to the HTTP body, or omitted for not having any HTTP request body.
  string body = 7;

  // Optional. The name of the response field whose value is mapped to the HTTP
  // response body. When omitted, the entire response message will be used
  // as the HTTP response body.
  string response_body = 12;

  // Additional HTTP bindings for the selector. Nested bindings must
  // not contain an \`additional_bindings\` field themselves (that is,
  // the nesting may only be one level deep).
  repeated HttpRule additional_bindings = 11;
}

// A custom pattern is used for defining custom HTTP verb.
message CustomHttpPattern {
  // The name of this custom HTTP verb.
  string kind = 1;

  // The path matched by this custom verb.
  string path = 2;
}
`,

  'google/api/annotations.proto': `syntax = "proto3";

package google.api;

import "google/api/http.proto";
import "google/protobuf/descriptor.proto";

${API_OPTIONS}
option java_outer_classname = "AnnotationsProto";
option java_package = "com.google.api";

extend google.protobuf.MethodOptions {
  // See \`HttpRule\`.
  HttpRule http = 72295728;
}
`,

  'google/api/client.proto': `syntax = "proto3";

package google.api;

import "google/protobuf/descriptor.proto";

${API_OPTIONS}
option java_outer_classname = "ClientProto";
option java_package = "com.google.api";

extend google.protobuf.MethodOptions {
  // A definition of a client library method signature.
  //
  // In client libraries, each proto RPC corresponds to one or more methods
  // which the end user is able to call, and calls the underlying RPC.
  // Normally, this method receives a single argument (a struct or instance
  // corresponding to the RPC request object). Defining this field will
  // add one or more overloads providing flattened or simpler method signatures
  // in some languages.
  repeated string method_signature = 1051;
}

extend google.protobuf.ServiceOptions {
  // The hostname for this service.
  // This should be specified with no prefix or protocol.
  //
  // Example:
  //
  //   service Foo {
  //     option (google.api.default_host) = "foo.googleapi.com";
  //     ...
  //   }
  string default_host = 1049;

  // OAuth scopes needed for the client.
  //
  // If there is more than one scope, use a comma-separated string.
  string oauth_scopes = 1050;
}
`,

  'google/api/field_behavior.proto': `syntax = "proto3";

package google.api;

import "google/protobuf/descriptor.proto";

${API_OPTIONS}
option java_outer_classname = "FieldBehaviorProto";
option java_package = "com.google.api";

extend google.protobuf.FieldOptions {
  // A designation of a specific field behavior (required, output only, etc.)
  // in protobuf messages.
  //
  // Examples:
  //
  //   string name = 1 [(google.api.field_behavior) = REQUIRED];
  //   State state = 1 [(google.api.field_behavior) = OUTPUT_ONLY];
  //   google.protobuf.Duration ttl = 1
  //     [(google.api.field_behavior) = INPUT_ONLY];
  //   google.protobuf.Timestamp expire_time = 1
  //     [(google.api.field_behavior) = OUTPUT_ONLY,
  //      (google.api.field_behavior) = IMMUTABLE];
  repeated google.api.FieldBehavior field_behavior = 1052 [packed = false];
}

// An indicator of the behavior of a given field (for example, that a field
// is required in requests, or given as output but ignored as input).
// This **does not** change the behavior in protocol buffers itself; it only
// denotes the behavior and may affect how API tooling handles the field.
enum FieldBehavior {
  // Conventional default for enums. Do not use this.
  FIELD_BEHAVIOR_UNSPECIFIED = 0;

  // Specifically denotes a field as optional.
  OPTIONAL = 1;

  // Denotes a field as required.
  REQUIRED = 2;

  // Denotes a field as output only.
  OUTPUT_ONLY = 3;

  // Denotes a field as input only.
  INPUT_ONLY = 4;

  // Denotes a field as immutable.
  IMMUTABLE = 5;

  // Denotes that a (repeated) field is an unordered list.
  UNORDERED_LIST = 6;

  // Denotes that this field returns a non-empty default value if not set.
  NON_EMPTY_DEFAULT = 7;

  // Denotes that the field in a resource (a message annotated with
  // google.api.resource) is used in the resource name to uniquely identify the
  // resource.
  IDENTIFIER = 8;
}
`,

  'google/api/resource.proto': `syntax = "proto3";

package google.api;

import "google/protobuf/descriptor.proto";

${API_OPTIONS}
option java_outer_classname = "ResourceProto";
option java_package = "com.google.api";

extend google.protobuf.FieldOptions {
  // An annotation that describes a resource reference, see
  // [ResourceReference][].
  google.api.ResourceReference resource_reference = 1055;
}

extend google.protobuf.FileOptions {
  // An annotation that describes a resource definition without a corresponding
  // message; see [ResourceDescriptor][].
  repeated google.api.ResourceDescriptor resource_definition = 1053;
}

extend google.protobuf.MessageOptions {
  // An annotation that describes a resource definition, see
  // [ResourceDescriptor][].
  google.api.ResourceDescriptor resource = 1053;
}

// A simple descriptor of a resource type.
//
// ResourceDescriptor annotates a resource message (either by means of a
// protobuf annotation or use in the service config), and associates the
// resource's schema, the resource type, and the pattern of the resource name.
message ResourceDescriptor {
  // A description of the historical or future-looking state of the
  // resource pattern.
  enum History {
    // The "unset" value.
    HISTORY_UNSPECIFIED = 0;

    // The resource originally had one pattern and launched as such, and
    // additional patterns were added later.
    ORIGINALLY_SINGLE_PATTERN = 1;

    // The resource has one pattern, but the API owner expects to add more
    // later. (This is the inverse of ORIGINALLY_SINGLE_PATTERN, and prevents
    // that from being necessary once there are multiple patterns.)
    FUTURE_MULTI_PATTERN = 2;
  }

  // A flag representing a specific style that a resource claims to conform to.
  enum Style {
    // The unspecified value. Do not use.
    STYLE_UNSPECIFIED = 0;

    // This resource is intended to be "declarative-friendly".
    DECLARATIVE_FRIENDLY = 1;
  }

  // The resource type. It must be in the format of
  // {service_name}/{resource_type_kind}.
  string type = 1;

  // Optional. The relative resource name pattern associated with this resource
  // type. The DNS prefix of the full resource name shouldn't be specified here.
  repeated string pattern = 2;

  // Optional. The field on the resource that designates the resource name
  // field. If omitted, this is assumed to be "name".
  string name_field = 3;

  // Optional. The historical or future-looking state of the resource pattern.
  History history = 4;

  // The plural name used in the resource name and permission names, such as
  // 'projects' for the resource name of 'projects/{project}'.
  string plural = 5;

  // The same concept of the \`singular\` field in k8s CRD spec
  // https://kubernetes.io/docs/tasks/access-kubernetes-api/custom-resources/custom-resource-definitions/
  // Such as "project" for the \`resourcemanager.googleapis.com/Project\` type.
  string singular = 6;

  // Style flag(s) for this resource.
  repeated Style style = 10;
}

// Defines a proto annotation that describes a string field that refers to
// an API resource.
message ResourceReference {
  // The resource type that the annotated field references.
  string type = 1;

  // The resource type of a child collection that the annotated field
  // references. This is useful for annotating the \`parent\` field that
  // doesn't have a fixed resource type.
  string child_type = 2;
}
`,

  'google/api/launch_stage.proto': `syntax = "proto3";

package google.api;

option go_package = "google.golang.org/genproto/googleapis/api;api";
option java_multiple_files = true;
option java_outer_classname = "LaunchStageProto";
option java_package = "com.google.api";
option objc_class_prefix = "GAPI";

// The launch stage as defined by [Google Cloud Platform
// Launch Stages](https://cloud.google.com/terms/launch-stages).
enum LaunchStage {
  // Do not use this default value.
  LAUNCH_STAGE_UNSPECIFIED = 0;

  // The feature is not yet implemented. Users can not use it.
  UNIMPLEMENTED = 6;

  // Prelaunch features are hidden from users and are only visible internally.
  PRELAUNCH = 7;

  // Early Access features are limited to a closed group of testers.
  EARLY_ACCESS = 1;

  // Alpha is a limited availability test for releases before they are cleared
  // for widespread use.
  ALPHA = 2;

  // Beta is the point at which we are ready to open a release for any
  // customer to use.
  BETA = 3;

  // GA features are open to all developers and are considered stable and
  // fully qualified for production use.
  GA = 4;

  // Deprecated features are scheduled to be shut down and removed.
  DEPRECATED = 5;
}
`,

  'google/rpc/code.proto': `syntax = "proto3";

package google.rpc;

option go_package = "google.golang.org/genproto/googleapis/rpc/code;code";
option java_multiple_files = true;
option java_outer_classname = "CodeProto";
option java_package = "com.google.rpc";
option objc_class_prefix = "RPC";

// The canonical error codes for gRPC APIs.
enum Code {
  // Not an error; returned on success.
  OK = 0;

  // The operation was cancelled, typically by the caller.
  CANCELLED = 1;

  // Unknown error.
  UNKNOWN = 2;

  // The client specified an invalid argument.
  INVALID_ARGUMENT = 3;

  // The deadline expired before the operation could complete.
  DEADLINE_EXCEEDED = 4;

  // Some requested entity (e.g., file or directory) was not found.
  NOT_FOUND = 5;

  // The entity that a client attempted to create already exists.
  ALREADY_EXISTS = 6;

  // The caller does not have permission to execute the specified operation.
  PERMISSION_DENIED = 7;

  // The request does not have valid authentication credentials.
  UNAUTHENTICATED = 16;

  // Some resource has been exhausted.
  RESOURCE_EXHAUSTED = 8;

  // The operation was rejected because the system is not in a state
  // required for the operation's execution.
  FAILED_PRECONDITION = 9;

  // The operation was aborted.
  ABORTED = 10;

  // The operation was attempted past the valid range.
  OUT_OF_RANGE = 11;

  // The operation is not implemented.
  UNIMPLEMENTED = 12;

  // Internal errors.
  INTERNAL = 13;

  // The service is currently unavailable.
  UNAVAILABLE = 14;

  // Unrecoverable data loss or corruption.
  DATA_LOSS = 15;
}
`,

  'google/rpc/status.proto': `syntax = "proto3";

package google.rpc;

import "google/protobuf/any.proto";

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/rpc/status;status";
option java_multiple_files = true;
option java_outer_classname = "StatusProto";
option java_package = "com.google.rpc";
option objc_class_prefix = "RPC";

// The \`Status\` type defines a logical error model that is suitable for
// different programming environments, including REST APIs and RPC APIs. It is
// used by [gRPC](https://github.com/grpc). Each \`Status\` message contains
// three pieces of data: error code, error message, and error details.
message Status {
  // The status code, which should be an enum value of
  // [google.rpc.Code][google.rpc.Code].
  int32 code = 1;

  // A developer-facing error message, which should be in English.
  string message = 2;

  // A list of messages that carry the error details.  There is a common set of
  // message types for APIs to use.
  repeated google.protobuf.Any details = 3;
}
`,

  'google/type/money.proto': `syntax = "proto3";

package google.type;

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/type/money;money";
option java_multiple_files = true;
option java_outer_classname = "MoneyProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// Represents an amount of money with its currency type.
message Money {
  // The three-letter currency code defined in ISO 4217.
  string currency_code = 1;

  // The whole units of the amount.
  // For example if \`currencyCode\` is \`"USD"\`, then 1 unit is one US dollar.
  int64 units = 2;

  // Number of nano (10^-9) units of the amount.
  // The value must be between -999,999,999 and +999,999,999 inclusive.
  int32 nanos = 3;
}
`,

  'google/type/date.proto': `syntax = "proto3";

package google.type;

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/type/date;date";
option java_multiple_files = true;
option java_outer_classname = "DateProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// Represents a whole or partial calendar date, such as a birthday. The time of
// day and time zone are either specified elsewhere or are insignificant.
message Date {
  // Year of the date. Must be from 1 to 9999, or 0 to specify a date without
  // a year.
  int32 year = 1;

  // Month of a year. Must be from 1 to 12, or 0 to specify a year without a
  // month and day.
  int32 month = 2;

  // Day of a month. Must be from 1 to 31 and valid for the year and month, or 0
  // to specify a year by itself or a year and month where the day isn't
  // significant.
  int32 day = 3;
}
`,

  'google/type/latlng.proto': `syntax = "proto3";

package google.type;

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/type/latlng;latlng";
option java_multiple_files = true;
option java_outer_classname = "LatLngProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// An object that represents a latitude/longitude pair. This is expressed as a
// pair of doubles to represent degrees latitude and degrees longitude.
message LatLng {
  // The latitude in degrees. It must be in the range [-90.0, +90.0].
  double latitude = 1;

  // The longitude in degrees. It must be in the range [-180.0, +180.0].
  double longitude = 2;
}
`,

  'google/type/dayofweek.proto': `syntax = "proto3";

package google.type;

option go_package = "google.golang.org/genproto/googleapis/type/dayofweek;dayofweek";
option java_multiple_files = true;
option java_outer_classname = "DayOfWeekProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// Represents a day of the week.
enum DayOfWeek {
  // The day of the week is unspecified.
  DAY_OF_WEEK_UNSPECIFIED = 0;

  // Monday
  MONDAY = 1;

  // Tuesday
  TUESDAY = 2;

  // Wednesday
  WEDNESDAY = 3;

  // Thursday
  THURSDAY = 4;

  // Friday
  FRIDAY = 5;

  // Saturday
  SATURDAY = 6;

  // Sunday
  SUNDAY = 7;
}
`,

  'google/type/interval.proto': `syntax = "proto3";

package google.type;

import "google/protobuf/timestamp.proto";

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/type/interval;interval";
option java_multiple_files = true;
option java_outer_classname = "IntervalProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// Represents a time interval, encoded as a Timestamp start (inclusive) and a
// Timestamp end (exclusive).
message Interval {
  // Optional. Inclusive start of the interval.
  google.protobuf.Timestamp start_time = 1;

  // Optional. Exclusive end of the interval.
  google.protobuf.Timestamp end_time = 2;
}
`,

  'google/type/postal_address.proto': `syntax = "proto3";

package google.type;

option cc_enable_arenas = true;
option go_package = "google.golang.org/genproto/googleapis/type/postaladdress;postaladdress";
option java_multiple_files = true;
option java_outer_classname = "PostalAddressProto";
option java_package = "com.google.type";
option objc_class_prefix = "GTP";

// Represents a postal address, such as for postal delivery or payments
// addresses. Given a postal address, a postal service can deliver items to a
// premise, P.O. box or similar.
message PostalAddress {
  // The schema revision of the \`PostalAddress\`. This must be set to 0, which is
  // the latest revision.
  int32 revision = 1;

  // Required. CLDR region code of the country/region of the address.
  string region_code = 2;

  // Optional. BCP-47 language code of the contents of this address (if known).
  string language_code = 3;

  // Optional. Postal code of the address.
  string postal_code = 4;

  // Optional. Additional, country-specific, sorting code.
  string sorting_code = 5;

  // Optional. Highest administrative subdivision which is used for postal
  // addresses of a country or region.
  string administrative_area = 6;

  // Optional. Generally refers to the city or town portion of the address.
  string locality = 7;

  // Optional. Sublocality of the address.
  string sublocality = 8;

  // Unstructured address lines describing the lower levels of an address.
  repeated string address_lines = 9;

  // Optional. The recipient at the address.
  repeated string recipients = 10;

  // Optional. The name of the organization at the address.
  string organization = 11;
}
`,

  'google/longrunning/operations.proto': `syntax = "proto3";

package google.longrunning;

import "google/api/annotations.proto";
import "google/api/client.proto";
import "google/protobuf/any.proto";
import "google/protobuf/descriptor.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/empty.proto";
import "google/rpc/status.proto";

option cc_enable_arenas = true;
option csharp_namespace = "Google.LongRunning";
option go_package = "cloud.google.com/go/longrunning/autogen/longrunningpb;longrunningpb";
option java_multiple_files = true;
option java_outer_classname = "OperationsProto";
option java_package = "com.google.longrunning";
option php_namespace = "Google\\\\LongRunning";

extend google.protobuf.MethodOptions {
  // Additional information regarding long-running operations.
  // In particular, this specifies the types that are returned from
  // long-running operations.
  //
  // Required for methods that return \`google.longrunning.Operation\`; invalid
  // otherwise.
  google.longrunning.OperationInfo operation_info = 1049;
}

// Manages long-running operations with an API service.
service Operations {
  option (google.api.default_host) = "longrunning.googleapis.com";

  // Lists operations that match the specified filter in the request.
  rpc ListOperations(ListOperationsRequest) returns (ListOperationsResponse) {
    option (google.api.http) = {
      get: "/v1/{name=operations}"
    };
    option (google.api.method_signature) = "name,filter";
  }

  // Gets the latest state of a long-running operation.
  rpc GetOperation(GetOperationRequest) returns (Operation) {
    option (google.api.http) = {
      get: "/v1/{name=operations/**}"
    };
    option (google.api.method_signature) = "name";
  }

  // Deletes a long-running operation.
  rpc DeleteOperation(DeleteOperationRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {
      delete: "/v1/{name=operations/**}"
    };
    option (google.api.method_signature) = "name";
  }

  // Starts asynchronous cancellation on a long-running operation.
  rpc CancelOperation(CancelOperationRequest) returns (google.protobuf.Empty) {
    option (google.api.http) = {
      post: "/v1/{name=operations/**}:cancel"
      body: "*"
    };
    option (google.api.method_signature) = "name";
  }

  // Waits until the specified long-running operation is done or reaches at
  // most a specified timeout, returning the latest state.
  rpc WaitOperation(WaitOperationRequest) returns (Operation) {}
}

// This resource represents a long-running operation that is the result of a
// network API call.
message Operation {
  // The server-assigned name, which is only unique within the same service that
  // originally returns it.
  string name = 1;

  // Service-specific metadata associated with the operation.
  google.protobuf.Any metadata = 2;

  // If the value is \`false\`, it means the operation is still in progress.
  // If \`true\`, the operation is completed, and either \`error\` or \`response\` is
  // available.
  bool done = 3;

  // The operation result, which can be either an \`error\` or a valid \`response\`.
  oneof result {
    // The error result of the operation in case of failure or cancellation.
    google.rpc.Status error = 4;

    // The normal, successful response of the operation.
    google.protobuf.Any response = 5;
  }
}

// The request message for
// [Operations.GetOperation][google.longrunning.Operations.GetOperation].
message GetOperationRequest {
  // The name of the operation resource.
  string name = 1;
}

// The request message for
// [Operations.ListOperations][google.longrunning.Operations.ListOperations].
message ListOperationsRequest {
  // The name of the operation's parent resource.
  string name = 4;

  // The standard list filter.
  string filter = 1;

  // The standard list page size.
  int32 page_size = 2;

  // The standard list page token.
  string page_token = 3;
}

// The response message for
// [Operations.ListOperations][google.longrunning.Operations.ListOperations].
message ListOperationsResponse {
  // A list of operations that matches the specified filter in the request.
  repeated Operation operations = 1;

  // The standard List next-page token.
  string next_page_token = 2;
}

// The request message for
// [Operations.CancelOperation][google.longrunning.Operations.CancelOperation].
message CancelOperationRequest {
  // The name of the operation resource to be cancelled.
  string name = 1;
}

// The request message for
// [Operations.DeleteOperation][google.longrunning.Operations.DeleteOperation].
message DeleteOperationRequest {
  // The name of the operation resource to be deleted.
  string name = 1;
}

// The request message for
// [Operations.WaitOperation][google.longrunning.Operations.WaitOperation].
message WaitOperationRequest {
  // The name of the operation resource to wait on.
  string name = 1;

  // The maximum duration to wait before timing out.
  google.protobuf.Duration timeout = 2;
}

// A message representing the message types used by a long-running operation.
message OperationInfo {
  // Required. The message name of the primary return type for this
  // long-running operation.
  string response_type = 1;

  // Required. The message name of the metadata type for this long-running
  // operation.
  string metadata_type = 2;
}
`,
};

export const STATIC_FILES = Object.entries(FILES).map(([path, body]) => ({
  path,
  text: `${LICENSE}\n${body}`,
}));

// Types of the static files that generated fields may use.
export const STATIC_TYPES = [
  { full: 'google.type.Money', path: 'google/type/money.proto', kind: 'message', weight: 4 },
  { full: 'google.type.Date', path: 'google/type/date.proto', kind: 'message', weight: 3 },
  { full: 'google.type.LatLng', path: 'google/type/latlng.proto', kind: 'message', weight: 2 },
  { full: 'google.type.Interval', path: 'google/type/interval.proto', kind: 'message', weight: 2 },
  { full: 'google.type.PostalAddress', path: 'google/type/postal_address.proto', kind: 'message', weight: 2 },
  { full: 'google.type.DayOfWeek', path: 'google/type/dayofweek.proto', kind: 'enum', weight: 1 },
  { full: 'google.rpc.Status', path: 'google/rpc/status.proto', kind: 'message', weight: 3 },
  { full: 'google.rpc.Code', path: 'google/rpc/code.proto', kind: 'enum', weight: 1 },
  { full: 'google.api.LaunchStage', path: 'google/api/launch_stage.proto', kind: 'enum', weight: 1 },
];

// Well-known types, built into every compiler (not part of the corpus).
export const WKT_TYPES = [
  { full: 'google.protobuf.Timestamp', path: 'google/protobuf/timestamp.proto', weight: 12 },
  { full: 'google.protobuf.Duration', path: 'google/protobuf/duration.proto', weight: 5 },
  { full: 'google.protobuf.FieldMask', path: 'google/protobuf/field_mask.proto', weight: 1 },
  { full: 'google.protobuf.Struct', path: 'google/protobuf/struct.proto', weight: 2 },
  { full: 'google.protobuf.Value', path: 'google/protobuf/struct.proto', weight: 1 },
  { full: 'google.protobuf.ListValue', path: 'google/protobuf/struct.proto', weight: 0.3 },
  { full: 'google.protobuf.Any', path: 'google/protobuf/any.proto', weight: 2 },
  { full: 'google.protobuf.Empty', path: 'google/protobuf/empty.proto', weight: 0.2 },
  { full: 'google.protobuf.StringValue', path: 'google/protobuf/wrappers.proto', weight: 1 },
  { full: 'google.protobuf.Int64Value', path: 'google/protobuf/wrappers.proto', weight: 0.6 },
  { full: 'google.protobuf.Int32Value', path: 'google/protobuf/wrappers.proto', weight: 0.6 },
  { full: 'google.protobuf.BoolValue', path: 'google/protobuf/wrappers.proto', weight: 0.8 },
  { full: 'google.protobuf.DoubleValue', path: 'google/protobuf/wrappers.proto', weight: 0.5 },
  { full: 'google.protobuf.FloatValue', path: 'google/protobuf/wrappers.proto', weight: 0.2 },
  { full: 'google.protobuf.UInt32Value', path: 'google/protobuf/wrappers.proto', weight: 0.2 },
  { full: 'google.protobuf.UInt64Value', path: 'google/protobuf/wrappers.proto', weight: 0.2 },
  { full: 'google.protobuf.BytesValue', path: 'google/protobuf/wrappers.proto', weight: 0.2 },
];

export const IMPORT_HTTP = 'google/api/annotations.proto';
export const IMPORT_CLIENT = 'google/api/client.proto';
export const IMPORT_FIELD_BEHAVIOR = 'google/api/field_behavior.proto';
export const IMPORT_RESOURCE = 'google/api/resource.proto';
export const IMPORT_LRO = 'google/longrunning/operations.proto';
