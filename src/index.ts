import { compareImages } from "./compare/pair.js";
import { selectRules } from "./config/select.js";
import { runRules } from "./engine.js";
import type { Finding } from "./finding.js";
import { createParseCache } from "./frontend/index.js";
import { loadImage } from "./load.js";
import type { Rule } from "./rule.js";
import { readSource, type Source } from "./sources/index.js";

export type { Finding, PreviousLocation, Severity } from "./finding.js";
export type { Category, Rule } from "./rule.js";
export { InputError, UsageError } from "./errors.js";
export { SchemaError } from "./load.js";
export { RULES } from "../rules/index.js";

export interface BreakingOptions {
  /** The current schema: a directory or a descriptor set. Default ".". */
  readonly input?: string;
  /** The previous schema to compare with. */
  readonly against: string;
  /** Rule IDs and categories to run (default FILE). */
  readonly use?: readonly string[];
  /** Rule IDs and categories to leave out. */
  readonly except?: readonly string[];
  /** Extra import paths. */
  readonly include?: readonly string[];
  /** Directory the inputs are relative to (default process.cwd()). */
  readonly cwd?: string;
}

export interface BreakingResult {
  /** Breaking changes, sorted by file, line, column and rule. */
  readonly findings: readonly Finding[];
  /** The rules that ran. */
  readonly rules: readonly Rule[];
  /** Files of the current schema that were compared (imports excluded). */
  readonly filesCompared: number;
  /** Notes for the user (deprecated rule IDs, ...). */
  readonly warnings: readonly string[];
  readonly input: Source["kind"];
  readonly against: Source["kind"];
}

/**
 * Compares two versions of a schema and returns the breaking changes.
 * Throws InputError (or SchemaError) on bad input and UsageError on bad options.
 */
export function breaking(options: BreakingOptions): BreakingResult {
  const cwd = options.cwd ?? process.cwd();
  const inputSpec = options.input ?? ".";
  const selection = selectRules(options.use, options.except);
  const currentSource = readSource(inputSpec, cwd, "input");
  const previousSource = readSource(options.against, cwd, "--against");
  const cache = createParseCache();
  const include = options.include ?? [];
  const current = loadImage(currentSource, { include, cwd, cache, side: "current" });
  const previous = loadImage(previousSource, { include, cwd, cache, side: "previous" });
  const comparison = compareImages(previous, current);
  const root = (source: Source): string => (source.kind === "dir" ? source.spec : "");
  const findings = runRules(comparison, selection.rules, {
    current: root(currentSource),
    previous: root(previousSource),
  });
  return {
    findings,
    rules: selection.rules,
    filesCompared: current.files.filter((f) => !f.isImport).length,
    warnings: selection.warnings,
    input: currentSource.kind,
    against: previousSource.kind,
  };
}
