import type { Comparison } from "../compare/pair.js";
import type { AnyEl, FileEl, Loc, MessageEl } from "../image/model.js";
import { FIELD } from "./source-path.js";

/**
 * buf's rule categories, from strictest to most lenient, plus CSR (Confluent
 * Schema Registry), and protoguard's VERSIONING (package versions).
 */
export type Category = "FILE" | "PACKAGE" | "WIRE_JSON" | "WIRE" | "CSR" | "VERSIONING";

export const CATEGORIES: readonly Category[] = ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR", "VERSIONING"];

/**
 * Where a finding points: candidate places tried in order, the first one that
 * has a span wins (buf's "most specific location, with fallback"). With no
 * candidate that has a span, the finding points at the file, line 1 column 1.
 */
export interface Where {
  readonly file: FileEl;
  readonly candidates: readonly Loc[];
}

/**
 * The `map<K, V>` type token of the map field a synthetic map-entry message
 * stands for. Map entries have no source positions of their own, so buf
 * points there for the entry and its key and value fields.
 */
function mapEntryFallback(element: AnyEl): Loc | undefined {
  let entry: MessageEl | undefined;
  if (element.kind === "message") entry = element;
  else if (element.kind === "field" && !element.isExtension) entry = element.parent;
  if (entry === undefined || !entry.isMapEntry) return undefined;
  const mapField = entry.parent?.fields.find((f) => f.isMap && f.typeName === entry.fullName);
  return mapField ? { file: mapField.file, path: [...mapField.path, FIELD.typeName] } : undefined;
}

/**
 * Points at an element, or at one of its parts (a SourceCodeInfo sub-path) with
 * the element as fallback (and, for a synthetic map entry or its fields, the map field's type).
 */
export function at(element: AnyEl, ...parts: (readonly number[])[]): Where {
  const file = element.kind === "file" ? element : element.file;
  const base = element.kind === "file" ? [] : element.path;
  const candidates: Loc[] = parts.map((p) => ({ file, path: [...base, ...p] }));
  if (element.kind !== "file") candidates.push({ file, path: base });
  const mapField = mapEntryFallback(element);
  if (mapField) candidates.push(mapField);
  return { file, candidates };
}

/** Points at a file as a whole: line 1, column 1. */
export function atFile(file: FileEl): Where {
  return { file, candidates: [] };
}

/**
 * One finding, as a rule reports it: a place in the current version, or for
 * something deleted as a whole (a file, a package) only its previous place.
 */
export type Report = (
  | {
      readonly message: string;
      /** The place in the current version. */
      readonly current: Where;
      /** The place in the previous version; absent for a rule that reads only the current version. */
      readonly previous?: Where;
    }
  | {
      readonly message: string;
      /** No place in the current version (a deleted file or package). */
      readonly current: null;
      readonly previous: Where;
    }
) & {
  /**
   * A suggested change that keeps old clients working, one sentence with code
   * in backticks (`add \`reserved 4;\` to message Order`); shown as `fix:`.
   */
  readonly fix?: string | undefined;
};

/** What configuration tells rules: how package versions are written. */
export interface RuleSettings {
  /** Accept `v0` as a package version (buf does not). */
  readonly allowV0: boolean;
  /** Further last package components accepted as versions (whole-component regular expressions). */
  readonly versionPatterns: readonly RegExp[];
}

export const DEFAULT_SETTINGS: RuleSettings = { allowV0: false, versionPatterns: [] };

export interface RuleContext {
  report(report: Report): void;
  readonly settings: RuleSettings;
}

export interface Rule {
  /** buf's rule ID, e.g. FIELD_NO_DELETE. */
  readonly id: string;
  /** The categories the rule belongs to (buf's v2 configuration). */
  readonly categories: readonly Category[];
  /** One line: what the rule forbids. */
  readonly summary: string;
  /**
   * Where the rule comes from: buf's breaking rules (the default); one of buf's
   * lint rules ("buf-lint", run as `buf lint` runs it); or protoguard's own
   * rules, which buf has no equivalent for. A buf.yaml's breaking section never
   * selects the last two.
   */
  readonly origin?: "buf" | "buf-lint" | "protoguard";
  /** True for a rule that reads only the current version: `protoguard lint` runs it. */
  readonly singleVersion?: boolean;
  /** Checks a comparison. Pure: reads the pairs, reports findings, keeps no state. */
  check(comparison: Comparison, context: RuleContext): void;
}

/** Declares a rule; the identity function, typed. */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
