import { isFieldSet, ScalarType, type DescField } from "@bufbuild/protobuf";
import { FileOptionsSchema } from "@bufbuild/protobuf/wkt";
import type { FileEl } from "../../src/image/model.js";
import { at, defineRule, type Category, type Rule } from "../../src/model/rule.js";
import { FILE } from "../../src/model/source-path.js";
import { goQuote } from "./buf-words.js";

export interface FileOptionRuleSpec {
  readonly id: string;
  readonly categories: readonly Category[];
  /** The option's field name in google.protobuf.FileOptions, e.g. `go_package`. */
  readonly option: string;
  /** Its field number in google.protobuf.FileOptions (the option statement's path is [FILE.options, fieldNumber]). */
  readonly fieldNumber: number;
  /**
   * The value an unset option compares as (the descriptor.proto default that buf
   * reads): "" for strings, false (or true for cc_enable_arenas) for booleans,
   * the value name for enums.
   */
  readonly defaultValue: string | boolean;
  /**
   * The rule's message: protoguard's text, with `{path}`, `{before}` and
   * `{after}` (quoted, marked `(unset)` where the file does not set the
   * option), and buf's, with `{bufBefore}` and `{bufAfter}` (quoted as buf quotes).
   */
  readonly messages: { readonly changed: { readonly text: string; readonly buf: string } };
}

/** An option's effective value on one side, as text, and whether the file sets it. */
interface OptionValue {
  readonly text: string;
  readonly isSet: boolean;
}

function optionValue(file: FileEl, field: DescField, defaultValue: string | boolean): OptionValue {
  const options = file.proto.options;
  if (options === undefined || !isFieldSet(options, field)) return { text: String(defaultValue), isSet: false };
  // A set scalar or enum field of a message is the property of its local name (a reflection of every file, for every rule, costs more).
  const value: unknown = (options as unknown as Record<string, unknown>)[field.localName];
  if (field.fieldKind === "enum" && typeof value === "number") {
    const name = field.enum.values.find((v) => v.number === value)?.name;
    return { text: name ?? String(value), isSet: true };
  }
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "number" || typeof value === "bigint") {
    return { text: String(value), isSet: true };
  }
  throw new Error(`FileOptions.${field.name} is not a scalar or enum option`);
}

/** The fix: the previous option statement back, or none if the previous file did not set it. */
function restore(option: string, field: DescField, previous: OptionValue): string {
  if (!previous.isSet) return `remove \`option ${option}\`: the previous version did not set it`;
  const literal = field.fieldKind === "scalar" && field.scalar === ScalarType.STRING ? JSON.stringify(previous.text) : previous.text;
  return `restore \`option ${option} = ${literal};\``;
}

function show(value: OptionValue): string {
  return value.isSet ? JSON.stringify(value.text) : `${JSON.stringify(value.text)} (unset)`;
}

/**
 * A rule that reports a file whose effective value of one file option changed
 * (unset compares as the option's default), pointing at the option statement,
 * or at the file when the current version does not set the option.
 */
export function fileOptionRule(spec: FileOptionRuleSpec): Rule {
  const field = FileOptionsSchema.fields.find((f) => f.number === spec.fieldNumber);
  if (field === undefined || field.name !== spec.option) {
    throw new Error(`google.protobuf.FileOptions has no field ${spec.fieldNumber} named "${spec.option}".`);
  }
  const path = [FILE.options, spec.fieldNumber];
  return defineRule({
    id: spec.id,
    categories: spec.categories,
    summary: `Files may not change the value of option "${spec.option}".`,
    messages: spec.messages,
    check(comparison, { report }) {
      for (const pair of comparison.files) {
        const previous = optionValue(pair.previous, field, spec.defaultValue);
        const current = optionValue(pair.current, field, spec.defaultValue);
        if (previous.text === current.text) continue;
        report({
          messageId: "changed",
          data: { path: pair.current.path, before: show(previous), after: show(current), bufBefore: goQuote(previous.text), bufAfter: goQuote(current.text) },
          current: at(pair.current, path),
          previous: at(pair.previous, path),
          fix: restore(spec.option, field, previous),
        });
      }
    },
  });
}
