import { at, defineRule } from "../src/rule.js";
import { fieldSubject } from "./util/field-subject.js";

export default defineRule({
  id: "FIELD_SAME_ONEOF",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not move into, out of, or between oneofs.",
  check(comparison, { report }) {
    // Extensions cannot belong to a oneof; the synthetic oneofs of proto3 `optional` do not count.
    for (const { previous, current } of comparison.fields) {
      const before = previous.oneof?.name;
      const after = current.oneof?.name;
      if (before === after) continue;
      let change: string;
      if (before !== undefined && after !== undefined) change = `moved from oneof "${before}" to oneof "${after}"`;
      else if (after !== undefined) change = `moved into oneof "${after}"`;
      else change = `moved out of oneof "${before ?? ""}"`;
      report({ message: `${fieldSubject(current)} ${change}.`, current: at(current), previous: at(previous) });
    }
  },
});
