import { compareImages } from "./compare/pair.js";
import { selectRules } from "./config/select.js";
import { runRules } from "./engine.js";
import type { Finding } from "./finding.js";
import { createParseCache } from "./frontend/index.js";
import { createImageCache } from "./image/build.js";
import { UsageError } from "./errors.js";
import { loadImage, loadInputs } from "./load.js";
import type { Rule } from "./rule.js";
import { snapshotJson } from "./snapshot.js";
import { SourceReader, type Source } from "./sources/index.js";

export type { Finding, PreviousLocation, Severity } from "./finding.js";
export type { Category, Rule } from "./rule.js";
export { InputError, UsageError } from "./errors.js";
export { SchemaError } from "./load.js";
export { RULES } from "../rules/index.js";
export { FORMATS, formatReport, type Format, type ReportContext, type RuleInfo } from "./report/index.js";

export interface BreakingOptions {
  /**
   * The current schema: a directory, a descriptor set (`.binpb`, `.pb`, `.bin`,
   * `.json`), a git revision or buf's `.git#branch=…` input. Default ".".
   * With `staged`, the directory whose staged content is compared.
   */
  readonly input?: string;
  /**
   * The previous schema, in any of the forms of `input`; a git revision is
   * read at the subdirectory the current schema sits in. Required unless
   * `staged` is set (then HEAD).
   */
  readonly against?: string;
  /** Compare the content staged in the git index (what `git commit` would record), not the work tree. */
  readonly staged?: boolean;
  /** Rule IDs and categories to run (default FILE). */
  readonly use?: readonly string[];
  /** Rule IDs and categories to leave out. */
  readonly except?: readonly string[];
  /** Extra import paths; for git inputs, read as of the same revision when inside the repository. */
  readonly include?: readonly string[];
  /** Directory the inputs are relative to (default process.cwd()). */
  readonly cwd?: string;
  /** Called as each stage starts ("reading …", "parsing the current schema", "comparing"), for progress displays. */
  readonly onProgress?: (stage: string) => void;
}

/** What one side of a comparison was read from. */
export interface InputInfo {
  readonly kind: Source["kind"];
  /** The input as given. */
  readonly spec: string;
  /** The input named for people, with what it was read as: `main (git revision 3f9c2e1)`. */
  readonly description: string;
  /** False for a descriptor set without SourceCodeInfo: its findings point at line 1 of their file. */
  readonly positionsKnown: boolean;
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
  /** Both sides, described. */
  readonly inputs: { readonly current: InputInfo; readonly against: InputInfo };
  /**
   * The text of each current-side file a finding points at, by `path` (as in
   * findings): reporters show code frames from it. Empty for a descriptor set.
   */
  readonly sources: ReadonlyMap<string, string>;
  /** The package of each file of the current schema, by path ("" for none). */
  readonly packages: ReadonlyMap<string, string>;
}

function info(source: Source): InputInfo {
  return {
    kind: source.kind,
    spec: source.spec,
    description: source.description,
    positionsKnown: source.kind !== "descriptor-set" || source.positionsKnown,
  };
}

async function readCurrent(reader: SourceReader, input: string, staged: boolean): Promise<Source> {
  return staged ? reader.readStaged(input) : reader.read(input, "input");
}

/**
 * Compares two versions of a schema and returns the breaking changes.
 * Rejects with InputError (or SchemaError) on bad input and UsageError on bad options.
 */
export async function breaking(options: BreakingOptions): Promise<BreakingResult> {
  const staged = options.staged === true;
  const againstSpec = options.against ?? (staged ? "HEAD" : undefined);
  if (againstSpec === undefined) throw new UsageError("Missing required argument: against");
  const selection = selectRules(options.use, options.except);
  const include = options.include ?? [];
  const reader = new SourceReader({ cwd: options.cwd ?? process.cwd(), include });
  const stage = options.onProgress ?? (() => {});
  stage(`reading ${options.input ?? "."}`);
  const currentSource = await readCurrent(reader, options.input ?? ".", staged);
  stage(`reading ${againstSpec}`);
  const previousSource = await reader.read(againstSpec, "--against", currentSource);
  const cache = createParseCache();
  const images = createImageCache();
  stage("parsing the current schema");
  const current = loadImage(currentSource, { include, cache, images, side: "current" });
  stage("parsing the previous schema");
  const previous = loadImage(previousSource, { include, cache, images, side: "previous" });
  stage("comparing");
  const comparison = compareImages(previous, current);
  const findings = runRules(comparison, selection.rules, {
    current: currentSource.display,
    previous: previousSource.display,
  });
  return {
    findings,
    rules: selection.rules,
    filesCompared: current.files.filter((f) => !f.isImport).length,
    warnings: selection.warnings,
    input: currentSource.kind,
    against: previousSource.kind,
    inputs: { current: info(currentSource), against: info(previousSource) },
    sources: sourceTexts(currentSource, findings),
    packages: new Map(current.files.filter((f) => !f.isImport).map((f) => [f.path, f.package])),
  };
}

/** The texts of the current-side files that findings point at (a BOM is dropped, as the parser drops it). */
function sourceTexts(source: Source, findings: readonly Finding[]): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  if (source.kind === "descriptor-set") return texts;
  const wanted = new Set(findings.filter((f) => !f.deleted).map((f) => f.path));
  const decoder = new TextDecoder("utf-8");
  for (const file of source.files) if (wanted.has(file.path)) texts.set(file.path, decoder.decode(file.bytes));
  return texts;
}

export interface SnapshotOptions {
  /** The schema, in any form `breaking` takes. Default ".". */
  readonly input?: string;
  /** Snapshot the content staged in the git index below `input`. */
  readonly staged?: boolean;
  /** Extra import paths. */
  readonly include?: readonly string[];
  /** Directory the input is relative to (default process.cwd()). */
  readonly cwd?: string;
}

export interface SnapshotResult {
  /** The snapshot: a deterministic JSON FileDescriptorSet of the schema's own files. */
  readonly json: string;
  /** Files in the snapshot. */
  readonly files: number;
  readonly input: InputInfo;
}

/**
 * Writes a schema as a snapshot to commit and later compare with
 * (`breaking({against: "proto.lock.json"})`): the JSON form of a
 * FileDescriptorSet, files sorted by name, with positions.
 */
export async function snapshot(options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const include = options.include ?? [];
  const reader = new SourceReader({ cwd: options.cwd ?? process.cwd(), include });
  const source = await readCurrent(reader, options.input ?? ".", options.staged === true);
  const inputs = loadInputs(source, { include, cache: createParseCache(), side: "current" });
  return { json: snapshotJson(inputs), files: inputs.filter((i) => !i.isImport).length, input: info(source) };
}
