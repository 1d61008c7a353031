import { at, defineRule } from "../src/rule.js";

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
        });
      }
    }
  },
});
