import { at, defineRule } from "../src/model/rule.js";
import { quotedNames } from "./util/deletions.js";
import { ENUM_VALUE } from "../src/model/source-path.js";

/** SourceCodeInfo sub-path of an enum value's number token. */
const VALUE_NUMBER = [ENUM_VALUE.number];

export default defineRule({
  id: "ENUM_VALUE_SAME_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Enum values may not lose a name: every name a number had must still name it.",
  messages: {
    changed: {
      text: "Enum value {number} on enum {enum} changed {nameWord} from {before} to {after}.",
      buf: "Enum value \"{number}\" on enum \"{enumName}\" changed {bufNameWord} from {bufBefore} to {bufAfter}.",
    },
  },
  check(comparison, { report }) {
    for (const pair of comparison.enums) {
      for (const values of pair.values) {
        const currentNames = values.current.map((v) => v.name);
        const previousNames = values.previous.map((v) => v.name);
        if (previousNames.every((n) => currentNames.includes(n))) continue;
        const data = {
          number: values.number,
          enum: pair.current.fullName,
          enumName: pair.current.name,
          nameWord: previousNames.length > 1 || currentNames.length > 1 ? "names" : "name",
          before: quotedNames(previousNames),
          after: quotedNames(currentNames),
          // buf lists the names sorted, and says "names" only when both sides have several.
          bufNameWord: previousNames.length > 1 && currentNames.length > 1 ? "names" : "name",
          bufBefore: quotedNames([...previousNames].sort()),
          bufAfter: quotedNames([...currentNames].sort()),
        };
        const lost = previousNames.filter((n) => !currentNames.includes(n));
        const fix =
          `keep ${quotedNames(lost)} on ${values.number}; to add a new name, ` +
          `declare it as an alias of the old one (\`option allow_alias = true;\`)`;
        for (const value of values.current) {
          const previous = values.previous.find((v) => v.name === value.name) ?? values.previous[0];
          if (previous === undefined) continue;
          report({ messageId: "changed", data, current: at(value, VALUE_NUMBER), previous: at(previous, VALUE_NUMBER), fix });
        }
      }
    }
  },
});
