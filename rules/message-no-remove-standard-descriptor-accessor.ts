import { isFieldSet } from "@bufbuild/protobuf";
import { MessageOptionsSchema } from "@bufbuild/protobuf/wkt";
import type { MessageEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";
import { restoreOptionStatement } from "./util/fix.js";
import { MESSAGE, MESSAGE_OPTIONS } from "../src/model/source-path.js";

/** DescriptorProto.options, then MessageOptions.no_standard_descriptor_accessor. */
const NO_STANDARD_DESCRIPTOR_ACCESSOR = [MESSAGE.options, MESSAGE_OPTIONS.noStandardDescriptorAccessor];

function noAccessor(message: MessageEl): boolean {
  return message.proto.options?.noStandardDescriptorAccessor === true;
}

/**
 * Turns the option off again: back to `= false` where the previous version
 * wrote that, else the statement goes (unset is false).
 */
function restore(previous: MessageEl, current: MessageEl): string {
  const options = previous.proto.options;
  const field = MessageOptionsSchema.field.noStandardDescriptorAccessor;
  const wroteFalse = options !== undefined && isFieldSet(options, field);
  const where = `message ${current.name}`;
  return restoreOptionStatement(where, field.name, "false", "true", wroteFalse ? undefined : "false");
}

export default defineRule({
  id: "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Messages may not turn on no_standard_descriptor_accessor.",
  messages: {
    changed: {
      text: "Message {message} changed option \"no_standard_descriptor_accessor\" from \"false\" to \"true\".",
      buf: "Message option \"no_standard_descriptor_accessor\" changed from \"false\" to \"true\".",
    },
  },
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      if (noAccessor(previous) || !noAccessor(current)) continue;
      report({
        messageId: "changed",
        data: { message: current.fullName },
        current: at(current, NO_STANDARD_DESCRIPTOR_ACCESSOR),
        previous: at(previous, NO_STANDARD_DESCRIPTOR_ACCESSOR),
        fix: restore(previous, current),
      });
    }
  },
});
