import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Rule } from "../src/rule.js";
import enumValueNoDelete from "./enum-value-no-delete.js";
import enumValueNoDeleteUnlessNameReserved from "./enum-value-no-delete-unless-name-reserved.js";
import enumValueNoDeleteUnlessNumberReserved from "./enum-value-no-delete-unless-number-reserved.js";
import enumValueSameName from "./enum-value-same-name.js";
import extensionMessageNoDelete from "./extension-message-no-delete.js";
import fieldNoDelete from "./field-no-delete.js";
import fieldNoDeleteUnlessNameReserved from "./field-no-delete-unless-name-reserved.js";
import fieldNoDeleteUnlessNumberReserved from "./field-no-delete-unless-number-reserved.js";
import fileSameGoPackage from "./file-same-go-package.js";
import messageSameRequiredFields from "./message-same-required-fields.js";
import reservedEnumNoDelete from "./reserved-enum-no-delete.js";
import reservedMessageNoDelete from "./reserved-message-no-delete.js";

/** Every breaking rule, sorted by ID. The one list. */
export const RULES: readonly Rule[] = [
  enumValueNoDelete,
  enumValueNoDeleteUnlessNameReserved,
  enumValueNoDeleteUnlessNumberReserved,
  enumValueSameName,
  extensionMessageNoDelete,
  fieldNoDelete,
  fieldNoDeleteUnlessNameReserved,
  fieldNoDeleteUnlessNumberReserved,
  fileSameGoPackage,
  messageSameRequiredFields,
  reservedEnumNoDelete,
  reservedMessageNoDelete,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The path of a rule's doc (rules/<rule-id>.md), from the sources or from the build. */
export function ruleDocPath(id: string): string {
  const name = `${id.toLowerCase().replaceAll("_", "-")}.md`;
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../../rules/${name}`, import.meta.url));
}
