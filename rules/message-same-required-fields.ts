import type { FieldEl, MessageEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";

/** Whether a message can declare the `required` label: only in proto2 (editions' LEGACY_REQUIRED is no label). */
function writesRequired(message: MessageEl): boolean {
  return message.file.syntax === "proto2";
}

/** The fix for a field that became required, or a required field that was added. */
function relaxFix(previous: FieldEl | undefined): string {
  if (previous?.label === "repeated") return "restore the `repeated` label";
  const optional = previous === undefined ? "declare it `optional`" : "restore the `optional` label";
  return `${optional} and check for presence in application code instead`;
}

export default defineRule({
  id: "MESSAGE_SAME_REQUIRED_FIELDS",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Messages may not gain or lose required fields.",
  messages: {
    requiredDeleted: {
      text: "Required field {number} \"{name}\" was deleted from message {message}.",
      buf: "Message \"{messageName}\" had required field \"{number}\" deleted. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.",
    },
    noLongerRequired: {
      text: "Field {number} \"{name}\" on message {message} is no longer required.",
      buf: "Message \"{messageName}\" had required field \"{number}\" deleted. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.",
    },
    requiredAdded: {
      text: "Required field {number} \"{name}\" was added to message {message}.",
      buf: "Message \"{messageName}\" had required field \"{number}\" added. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.",
    },
    becameRequired: {
      text: "Field {number} \"{name}\" on message {message} became required.",
      buf: "Message \"{messageName}\" had required field \"{number}\" added. Required fields must always be sent, so if one side does not know about the required field, this will result in a breakage.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      const names = { message: pair.current.fullName, messageName: pair.current.name };
      for (const previous of pair.previous.fields) {
        if (previous.label !== "required") continue;
        const current = pair.current.fieldsByNumber.get(previous.number);
        if (current?.label === "required") continue;
        report({
          messageId: current === undefined ? "requiredDeleted" : "noLongerRequired",
          data: { ...names, number: previous.number, name: (current ?? previous).name },
          current: at(pair.current),
          previous: at(previous),
          fix: !writesRequired(pair.current)
            ? undefined
            : current === undefined
              ? `restore required field ${previous.number} "${previous.name}"`
              : `restore the \`required\` label of field ${current.number} "${current.name}"`,
        });
      }
      for (const current of pair.current.fields) {
        if (current.label !== "required") continue;
        const previous = pair.previous.fieldsByNumber.get(current.number);
        if (previous?.label === "required") continue;
        report({
          messageId: previous === undefined ? "requiredAdded" : "becameRequired",
          data: { ...names, number: current.number, name: current.name },
          current: at(current),
          previous: at(previous ?? pair.previous),
          fix: relaxFix(previous),
        });
      }
    }
  },
});
