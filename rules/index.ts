import type { Rule } from "../src/rule.js";
import fieldNoDelete from "./field-no-delete.js";

/** Every breaking rule, sorted by ID. The one list. */
export const RULES: readonly Rule[] = [
  fieldNoDelete,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
