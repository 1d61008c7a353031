import type { Comparison } from "../compare/pair.js";
import type { AnyEl, FileEl, Loc, MessageEl } from "../image/model.js";
import { FIELD } from "./source-path.js";

/**
 * buf's rule categories, from strictest to most lenient, plus CSR (Confluent
 * Schema Registry), and protoguard's VERSIONING (package versions).
 */
export type Category = "FILE" | "PACKAGE" | "WIRE_JSON" | "WIRE" | "CSR" | "VERSIONING";

export const CATEGORIES: readonly Category[] = ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR", "VERSIONING"];

/** The versions of buf.yaml, oldest first. */
export type BufVersion = "v1beta1" | "v1" | "v2";

export const BUF_VERSIONS: readonly BufVersion[] = ["v1beta1", "v1", "v2"];

/** The buf.yaml versions before v2, whose breaking categories have no CSR. */
export type OlderBufVersion = Exclude<BufVersion, "v2">;

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
  /** For buf's rules: the message `buf breaking` prints for the same finding (`--format buf-json`). */
  readonly bufMessage?: string | undefined;
};

/** What configuration tells rules: how package versions are written. */
export interface RuleSettings {
  /** Accept `v0` as a package version (buf does not). */
  readonly allowV0: boolean;
  /** Further package components accepted as versions (whole-component patterns, matched in linear time). */
  readonly versionPatterns: readonly { test(component: string): boolean }[];
}

export const DEFAULT_SETTINGS: RuleSettings = { allowV0: false, versionPatterns: [] };

export interface RuleContext {
  /** A function property, not a method: rules destructure it (`check(comparison, { report })`). */
  readonly report: (report: Report) => void;
  readonly settings: RuleSettings;
}

/**
 * One message template: protoguard's text, or for buf's rules protoguard's
 * text and the one `buf breaking` prints for the same finding. `{name}` stands
 * for `data.name` in both.
 */
export type MessageTemplate = string | { readonly text: string; readonly buf: string };

/** A rule's message templates by message ID. */
export type Messages = Readonly<Record<string, MessageTemplate>>;

/** The template strings of one message: the text, and buf's text when there is one. */
type TemplateStrings<T extends MessageTemplate> = T extends string ? T : T extends { readonly text: infer A extends string; readonly buf: infer B extends string } ? A | B : never;

/** The placeholder names of a template: `"Field {number} \"{name}\"."` → `"number" | "name"`. */
export type Placeholders<T extends string> = T extends `${string}{${infer Key}}${infer Rest}`
  ? Key | Placeholders<Rest>
  : never;

/** The data a template needs: one value per placeholder, no more, no fewer. */
export type MessageData<T extends string> = { readonly [K in Placeholders<T>]: string | number };

/** A report's places and fix: each member of Report without its messages, kept apart so `current` still tells them apart. */
type WithoutMessage<T> = T extends unknown ? { [K in keyof T as K extends "message" | "bufMessage" ? never : K]: T[K] } : never;

/**
 * A report by message ID: TypeScript checks that the ID is one of the rule's
 * messages and that `data` fills exactly its placeholders (typescript-eslint's
 * createRule model). A template known only as `string` (one a rule factory
 * takes from each rule) takes any data.
 */
export type MessageReport<M extends Messages> = WithoutMessage<Report> &
  {
    [K in keyof M & string]: string extends TemplateStrings<M[K]>
      ? { readonly messageId: K; readonly data: Readonly<Record<string, string | number>> }
      : [Placeholders<TemplateStrings<M[K]>>] extends [never]
      ? { readonly messageId: K; readonly data?: undefined }
      : { readonly messageId: K; readonly data: MessageData<TemplateStrings<M[K]>> };
  }[keyof M & string];

/** What a rule's check sees: `report` takes a message ID and its data; every message text lives in `messages`. */
export interface TypedRuleContext<M extends Messages> {
  readonly report: (report: MessageReport<M>) => void;
  readonly settings: RuleSettings;
}

/** The metadata every rule carries; everything else (category sets, docs tables, file names) derives from it. */
export interface RuleMeta {
  /** buf's rule ID, e.g. FIELD_NO_DELETE. */
  readonly id: string;
  /** The categories the rule belongs to: protoguard's, which are buf's v2 configuration's for buf's rules. */
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
  /** For buf's rules: the first buf.yaml version whose breaking rules include it (v1beta1 when absent). */
  readonly bufSince?: BufVersion;
  /**
   * For buf's rules: the categories in a buf.yaml version before v2 where they
   * are not `categories` less CSR (CSR exists only in v2).
   */
  readonly bufCategories?: Readonly<Partial<Record<OlderBufVersion, readonly Category[]>>>;
  /** True for a rule that reads only the current version: `protoguard lint` runs it. */
  readonly singleVersion?: boolean;
  /**
   * True for a rule that reads the ledger (`comparison.ledger`): the runner
   * reads the schema's history only for a check that runs such a rule.
   */
  readonly readsLedger?: boolean;
}

export interface Rule extends RuleMeta {
  /** The rule's message templates by ID: every text it reports. */
  readonly messages: Messages;
  /** Checks a comparison. Pure: reads the pairs, reports findings, keeps no state. */
  check(comparison: Comparison, context: RuleContext): void;
}

/** A rule as written in rules/<kebab-id>.ts: metadata, message templates, and the check. */
export interface RuleSpec<M extends Messages> extends RuleMeta {
  readonly messages: M;
  check(comparison: Comparison, context: TypedRuleContext<M>): void;
}

/** Fills a template's `{placeholders}` from data. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data?.[key];
    return value === undefined ? whole : String(value);
  });
}

/** Declares a rule: its reports by message ID become finished messages (and buf's); frozen. */
export function defineRule<const M extends Messages>(spec: RuleSpec<M>): Rule {
  const messages: Messages = spec.messages;
  return Object.freeze({
    ...spec,
    check(comparison: Comparison, context: RuleContext): void {
      spec.check(comparison, {
        settings: context.settings,
        report: (r) => {
          const { messageId, data, ...located } = r;
          const template = messages[messageId];
          if (template === undefined) throw new Error(`${spec.id}: no message "${messageId}"`);
          if (typeof template === "string") {
            context.report({ ...located, message: formatMessage(template, data) } as Report);
            return;
          }
          context.report({ ...located, message: formatMessage(template.text, data), bufMessage: formatMessage(template.buf, data) } as Report);
        },
      });
    },
  });
}

/** The file name of a rule, its doc and its fixture folder: FIELD_NO_DELETE → field-no-delete. */
export function ruleSlug(id: string): string {
  return id.toLowerCase().replaceAll("_", "-");
}
