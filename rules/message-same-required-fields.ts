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
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      const name = pair.current.fullName;
      for (const previous of pair.previous.fields) {
        if (previous.label !== "required") continue;
        const current = pair.current.fieldsByNumber.get(previous.number);
        if (current?.label === "required") continue;
        report({
          message:
            current === undefined
              ? `Required field ${previous.number} "${previous.name}" was deleted from message ${name}.`
              : `Field ${current.number} "${current.name}" on message ${name} is no longer required.`,
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
          message:
            previous === undefined
              ? `Required field ${current.number} "${current.name}" was added to message ${name}.`
              : `Field ${current.number} "${current.name}" on message ${name} became required.`,
          current: at(current),
          previous: at(previous ?? pair.previous),
          fix: relaxFix(previous),
        });
      }
    }
  },
});
