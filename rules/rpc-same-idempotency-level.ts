import { isFieldSet } from "@bufbuild/protobuf";
import { MethodOptions_IdempotencyLevel as IdempotencyLevel, MethodOptionsSchema } from "@bufbuild/protobuf/wkt";
import type { MethodEl } from "../src/image/model.js";
import { defineRule, type Where } from "../src/model/rule.js";
import { addRpcInstead, restoreOptionStatement } from "./util/fix.js";
import { METHOD, METHOD_OPTIONS } from "../src/model/source-path.js";
import { enumName } from "./util/enum-name.js";

/** MethodDescriptorProto.options, then MethodOptions.idempotency_level. */
const IDEMPOTENCY_LEVEL = [METHOD.options, METHOD_OPTIONS.idempotencyLevel];

/** The effective level (unset is IDEMPOTENCY_UNKNOWN), its name, whether the RPC sets it, and its text for messages. */
function level(method: MethodEl): { value: IdempotencyLevel; name: string; isSet: boolean; text: string } {
  const options = method.proto.options;
  const isSet = options !== undefined && isFieldSet(options, MethodOptionsSchema.field.idempotencyLevel);
  const value = isSet ? options.idempotencyLevel : IdempotencyLevel.IDEMPOTENCY_UNKNOWN;
  const name = enumName(IdempotencyLevel, value);
  return { value, name, isSet, text: isSet ? JSON.stringify(name) : `${JSON.stringify(name)} (unset)` };
}

/** The option statement only: without one, the file as a whole (buf does not fall back to the method). */
function atOption(method: MethodEl): Where {
  return { file: method.file, candidates: [{ file: method.file, path: [...method.path, ...IDEMPOTENCY_LEVEL] }] };
}

export default defineRule({
  id: "RPC_SAME_IDEMPOTENCY_LEVEL",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their idempotency_level option.",
  messages: {
    changed: {
      text: "RPC \"{name}\" on service {service} changed option \"idempotency_level\" from {before} to {after}.",
      buf: "RPC \"{name}\" on service \"{serviceName}\" changed option \"idempotency_level\" from \"{bufBefore}\" to \"{bufAfter}\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      const before = level(previous);
      const after = level(current);
      if (before.value === after.value) continue;
      report({
        messageId: "changed",
        data: {
          name: current.name,
          service: current.service.fullName,
          serviceName: current.service.name,
          before: before.text,
          after: after.text,
          bufBefore: before.name,
          bufAfter: after.name,
        },
        current: atOption(current),
        previous: atOption(previous),
        fix: addRpcInstead(
          restoreOptionStatement(
            `RPC "${current.name}"`,
            "idempotency_level",
            before.name,
            after.isSet ? after.name : undefined,
            before.isSet ? undefined : IdempotencyLevel[IdempotencyLevel.IDEMPOTENCY_UNKNOWN],
          ),
        ),
      });
    }
  },
});
