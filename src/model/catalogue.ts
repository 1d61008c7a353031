import type { Rule } from "./rule.js";

/** The versions of buf.yaml. */
export type BufVersion = "v1beta1" | "v1" | "v2";

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
  /** buf's breaking rules and categories, per buf.yaml version. */
  readonly bufBreaking: Readonly<Record<BufVersion, BufRuleSet>>;
  /** buf's lint rule IDs and categories, per buf.yaml version. */
  readonly bufLint: Readonly<Record<BufVersion, BufRuleSet>>;
}
