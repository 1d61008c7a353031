import type { FieldEl } from "../src/image/model.js";
import { at, defineRule } from "../src/model/rule.js";
import { fieldSubject } from "./util/field-subject.js";
import { addFieldInstead, moveBackToOneof } from "./util/fix.js";
import { bufFieldSubject } from "./util/buf-words.js";

/**
 * A oneof renamed as a whole: the current oneof has a name the previous message
 * did not use, and holds every field of the previous oneof.
 */
function renamedOneof(previous: FieldEl, current: FieldEl): boolean {
  const before = previous.oneof;
  const after = current.oneof;
  if (before === undefined || after === undefined) return false;
  if (previous.parent?.oneofs.some((o) => o.name === after.name) === true) return false;
  if (current.parent?.oneofs.some((o) => o.name === before.name) === true) return false;
  return before.fields.every((f) => after.fields.some((g) => g.number === f.number));
}

/** The label a field moved out of a oneof needs back: proto2 `optional`, or proto3 `optional` if it had it. */
function labelOutsideOneof(previous: FieldEl, current: FieldEl): string | undefined {
  if (current.file.syntax === "proto2") return previous.label === "required" ? "required" : "optional";
  if (current.file.syntax === "proto3" && previous.proto.proto3Optional) return "optional";
  return undefined;
}

function restoreOneof(previous: FieldEl, current: FieldEl): string {
  const before = previous.oneof?.name;
  const after = current.oneof?.name;
  if (before !== undefined && after !== undefined && renamedOneof(previous, current)) {
    return `rename oneof "${after}" back to "${before}"`;
  }
  let move = moveBackToOneof(after, before);
  const label = before === undefined ? labelOutsideOneof(previous, current) : undefined;
  if (label !== undefined) move += `, with the \`${label}\` label`;
  return addFieldInstead(move);
}

export default defineRule({
  id: "FIELD_SAME_ONEOF",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not move into, out of, or between oneofs.",
  messages: {
    movedBetween: {
      text: "{field} moved from oneof \"{before}\" to oneof \"{after}\".",
      // buf's text has a stray "q" after the message name.
      buf: "{bufField}q moved from oneof \"{before}\" to oneof \"{after}\".",
    },
    movedInto: { text: "{field} moved into oneof \"{after}\".", buf: "{bufField} moved from outside to inside a oneof." },
    movedOutOf: { text: "{field} moved out of oneof \"{before}\".", buf: "{bufField} moved from inside to outside a oneof." },
  },
  check(comparison, { report }) {
    // Extensions cannot belong to a oneof; the synthetic oneofs of proto3 `optional` do not count.
    for (const { previous, current } of comparison.fields) {
      const before = previous.oneof?.name;
      const after = current.oneof?.name;
      if (before === after) continue;
      const located = { current: at(current), previous: at(previous), fix: restoreOneof(previous, current) };
      const field = fieldSubject(current);
      const bufField = bufFieldSubject(current);
      if (before !== undefined && after !== undefined) {
        report({ messageId: "movedBetween", data: { field, bufField, before, after }, ...located });
      } else if (after !== undefined) {
        report({ messageId: "movedInto", data: { field, bufField, after }, ...located });
      } else {
        report({ messageId: "movedOutOf", data: { field, bufField, before: before ?? "" }, ...located });
      }
    }
  },
});
