import type { BufVersion, Rule } from "./rule.js";

export type { BufVersion };

export interface BufRuleSet {
  /** Every rule ID the version accepts, deprecated ones included, with its categories (none for a deprecated one). */
  readonly rules: Readonly<Record<string, readonly string[]>>;
  /** The categories the version accepts. */
  readonly categories: readonly string[];
  /** Deprecated IDs and the rules that replace them (none: the rule checks nothing). */
  readonly deprecated: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the names in a configuration are resolved against: every rule
 * protoguard has, and buf's rule sets per buf.yaml version. The runner hands
 * it to the configuration reader, which imports no rules of its own.
 */
export interface RuleCatalogue {
  /** Every rule, sorted by ID. */
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  /**
   * buf's deprecated rule IDs and the rules that replaced them; an empty list
   * means the rule never reported anything and is dropped.
   */
  readonly deprecated: ReadonlyMap<string, readonly string[]>;
  /** buf's breaking rules and categories, per buf.yaml version. */
  readonly bufBreaking: Readonly<Record<BufVersion, BufRuleSet>>;
  /** buf's lint rule IDs and categories, per buf.yaml version. */
  readonly bufLint: Readonly<Record<BufVersion, BufRuleSet>>;
}
