import type { FileEl } from "../../src/image/model.js";

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

/** The fix for a changed RPC signature: keep it, and add the new signature as a new RPC. */
export const ADD_RPC_INSTEAD = "restore the previous signature; to change it, add an RPC with a new name and deprecate this one";
