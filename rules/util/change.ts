import type { Where } from "../../src/model/rule.js";

/**
 * What a check shared by several rules found: the data for the message
 * templates, which live in each rule, and the places and fix. The rule
 * reports it with its own message ID: `report({ messageId: "changed", ...change })`.
 */
export interface Change<D> {
  readonly data: D;
  readonly current: Where;
  readonly previous: Where;
  readonly fix: string | undefined;
}
