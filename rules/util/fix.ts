import { Edition } from "@bufbuild/protobuf/wkt";
import type { Comparison } from "../../src/compare/pair.js";
import type { EnumEl, FileEl, MessageEl } from "../../src/image/model.js";
import { formatRange, type NumberRange } from "./ranges.js";
import { andList } from "./words.js";
import { enumName } from "./enum-name.js";

/** A reserved name as the file writes it: quoted before editions, a bare identifier in editions. */
function reservedName(file: FileEl, name: string): string {
  return file.syntax === "editions" ? name : `"${name}"`;
}

/** `reserved 4; reserved "coupon_code";`: the statements that keep numbers and names from reuse. */
export function reservedStatements(file: FileEl, numbers: readonly number[], names: readonly string[]): string {
  const out: string[] = [];
  if (numbers.length > 0) out.push(`reserved ${numbers.join(", ")};`);
  if (names.length > 0) out.push(`reserved ${names.map((n) => reservedName(file, n)).join(", ")};`);
  return out.join(" ");
}

/**
 * The fix for a deleted field or enum value under a rule that takes no
 * reservation: keep it, deprecated, and delete it (reserved) only in a new
 * major version.
 */
export function keepDeprecated(what: string, file: FileEl, numbers: readonly number[], names: readonly string[]): string {
  const [it, its] = names.length > 1 ? ["them", "their"] : ["it", "its"];
  return (
    `restore ${what} with \`[deprecated = true]\` instead; delete ${it} only in a new major version, ` +
    `with \`${reservedStatements(file, numbers, names)}\` in ${its} place`
  );
}

/** The fix for a deleted message, enum, service or RPC: keep it, deprecated. */
export function keepDeclarationDeprecated(what: string): string {
  return `restore ${what} with \`option deprecated = true;\` instead, until a new major version drops it`;
}

/** The fix for a changed field (type, label, oneof): keep it, and add the new shape under a new number. */
export function addFieldInstead(restore: string): string {
  return `${restore}; to change it, add a new field with a new number and deprecate this one`;
}

/** The fix for a changed RPC (signature, options): keep it, and add the new shape as a new RPC. */
export function addRpcInstead(restore: string): string {
  return `${restore}; to change it, add an RPC with a new name and deprecate this one`;
}

/** The fix for a changed RPC signature. */
export const ADD_RPC_INSTEAD = addRpcInstead("restore the previous signature");

/** The statement that opens a file: `syntax = "proto3";`, or `edition = "2023";` for editions. */
export function syntaxStatement(file: FileEl): string {
  if (file.syntax !== "editions") return `syntax = "${file.syntax}";`;
  const name = enumName(Edition, file.proto.edition);
  return `edition = "${name.replace(/^EDITION_/, "")}";`;
}

/**
 * The fix for a value that follows from a file's syntax alone (proto2 or
 * proto3, which cannot set features): the previous syntax statement back, when
 * the file kept its path and that syntax decided the previous value.
 */
export function restoreSyntax(previous: FileEl, current: FileEl): string | undefined {
  if (previous.path !== current.path || previous.syntax === current.syntax) return undefined;
  if (previous.syntax === "editions") return undefined;
  return `restore \`${syntaxStatement(previous)}\``;
}

/** `set \`jstype = JS_STRING\` in the field's options` (`whose` names another holder, e.g. a map field). */
export function setFieldOption(option: string, whose = "the field's"): string {
  return `set \`${option}\` in ${whose} options`;
}

/** `remove \`jstype = JS_STRING\` from the field's options`. */
export function removeFieldOption(option: string, whose = "the field's"): string {
  return `remove \`${option}\` from ${whose} options`;
}

/**
 * The fix for a field option or feature whose previous value is wanted back:
 * remove the field's own setting when what it inherits is that value, else set it.
 * `own` is the field's own setting as written (`features.utf8_validation = NONE`), if any.
 */
export function restoreFieldSetting(
  option: string,
  value: string,
  own: string | undefined,
  inherited: string | undefined,
  whose = "the field's",
): string {
  const wanted = `${option} = ${value}`;
  if (own !== undefined && inherited === value) return removeFieldOption(`${option} = ${own}`, whose);
  return setFieldOption(wanted, whose);
}

/**
 * The fix for an option statement of a message, enum, service or RPC whose
 * previous value is wanted back: `add \`option features.enum_type = OPEN;\` to
 * enum Status`; remove the current statement when the default (or what the
 * element inherits) is that value; replace it otherwise.
 */
export function restoreOptionStatement(
  where: string,
  option: string,
  value: string,
  own: string | undefined,
  inherited: string | undefined,
): string {
  const wanted = `option ${option} = ${value};`;
  if (own === undefined) return `add \`${wanted}\` to ${where}`;
  const written = `option ${option} = ${own};`;
  if (inherited === value) return `remove \`${written}\` from ${where}`;
  return `replace \`${written}\` with \`${wanted}\` in ${where}`;
}

/** The fix for a field moved into, out of or between oneofs: move it back. */
export function moveBackToOneof(current: string | undefined, previous: string | undefined): string {
  if (previous === undefined) return `move it back out of oneof "${current ?? ""}"`;
  if (current === undefined) return `move it back into oneof "${previous}"`;
  return `move it from oneof "${current}" back to oneof "${previous}"`;
}

/** The fix for a deleted extension: keep it, deprecated. */
export function keepExtensionDeprecated(what: string): string {
  return `restore ${what} with \`[deprecated = true]\` instead, until a new major version drops it`;
}

/** `reserved 5, 8 to 10;` or `extensions 100 to max;`: a statement covering the ranges. */
export function rangeStatement(
  keyword: "reserved" | "extensions",
  ranges: readonly NumberRange[],
  max: number,
): string {
  return `${keyword} ${ranges.map((r) => formatRange(r, max)).join(", ")};`;
}

/** A field or enum value that stands in the way of a restored reservation or range. */
export interface Taken {
  readonly kind: "field" | "value";
  readonly number: number;
  readonly name: string;
}

/**
 * `add \`reserved 5;\` to message Order`, and for what now uses those numbers
 * (or names), a new number (or name): it was added since, so old clients know
 * nothing of it.
 */
export function addStatement(statement: string, where: string, taken: readonly Taken[], by: "number" | "name"): string {
  const fix = `add \`${statement}\` to ${where}`;
  if (taken.length === 0) return fix;
  const kind = taken[0]?.kind ?? "field";
  const noun = taken.length > 1 ? `${kind}s` : kind;
  const list = andList(taken.map((t) => `${t.number} "${t.name}"`));
  if (by === "name") return `${fix}, and rename ${noun} ${list}`;
  return `${fix}, and give ${noun} ${list} ${taken.length > 1 ? "unused numbers" : "an unused number"}`;
}

/**
 * The fix for a standard feature of a message or enum that changed
 * (`enum_type`, `json_format`): in editions, the element's own
 * `option features.X = V;` (see restoreOptionStatement); in proto2 and proto3,
 * where the syntax decides, the previous syntax, or for an element that moved
 * to another file, the move back. None for a map entry in editions, which
 * takes no options.
 */
export function restoreDeclarationFeature(
  comparison: Comparison,
  previous: MessageEl | EnumEl,
  current: MessageEl | EnumEl,
  feature: string,
  value: string,
  own: string | undefined,
  inherited: string,
): string | undefined {
  if (current.file.syntax === "editions") {
    if (current.kind === "message" && current.isMapEntry) return undefined;
    return restoreOptionStatement(`${current.kind} ${current.name}`, `features.${feature}`, value, own, inherited);
  }
  if (previous.file.path === current.file.path) return restoreSyntax(previous.file, current.file);
  const home = comparison.current.filesByPath.get(previous.file.path);
  if (previous.file.syntax === "editions" || home?.syntax !== previous.file.syntax) return undefined;
  return `move ${current.kind} "${current.name}" back to "${previous.file.path}"`;
}
