import { createCheckCaches, joinOutcomes, NEUTRAL_LABELS, readCheckConfig, ruleNames, runCheck, type CheckCaches, type CheckOptions, type ModuleOutcome, type SideLabels } from "./run/check.js";
import type { SuppressedFinding } from "./config/filter.js";
import type { Config } from "./config/model.js";
import type { VersionGrammar } from "./versioning/version.js";
import type { Finding } from "./model/finding.js";
import { createParseCache } from "./frontend/index.js";
import { UsageError } from "./model/errors.js";
import { loadInputs } from "./run/load.js";
import { EVIDENCE_BUDGET_MS, withEvidence } from "./run/evidence.js";
import type { Rule } from "./model/rule.js";
import { reportContext as contextOf, type ContextOptions } from "./run/context.js";
import { snapshotJson } from "./run/snapshot.js";
import { approve } from "./run/approvals.js";
import type { Approval } from "./config/approvals.js";
import { runDiff } from "./run/diff.js";
import type { CommitType, DiffChange, SemVer } from "./model/change.js";
import type { ReportContext } from "./report/context.js";
import { readPbjsRoot, ROOT_SPEC, SourceReader, type InputFormat, type PbjsRoot, type Source } from "./sources/index.js";
import { releaseTags } from "./sources/tags.js";
import { mergeReleaseFindings } from "./run/releases.js";
import { SourceTexts } from "./run/source-texts.js";
import { sortFindings } from "./model/finding.js";
import { plural } from "./report/links.js";

export type { Finding, PreviousLocation, Severity } from "./model/finding.js";
export { evidenceLine, type Evidence } from "./model/evidence.js";
export type { Category, Rule } from "./model/rule.js";
export { InputError, UsageError } from "./model/errors.js";
export { ConfigError } from "./config/yaml.js";
export type { Suppression, SuppressedFinding } from "./config/filter.js";
export { APPROVALS_FILE, APPROVE_TRAILER, parseApprovalsFile, type Approval } from "./config/approvals.js";
export { buildLedger, type LedgerOptions, type LedgerResult } from "./run/ledger-write.js";
export { listMissing } from "./run/ledger.js";
export { LEDGER_FILE, type LedgerEntry } from "./model/ledger.js";
export { findingFingerprint } from "./model/fingerprint.js";
export { SchemaError } from "./run/load.js";
export type { SideLabels } from "./run/check.js";
export { INPUT_FORMATS, type InputFormat, type PbjsRoot } from "./sources/index.js";
export { RULES } from "../rules/index.js";
export { FORMATS, formatReport, type Format, type ReportContext, type RuleInfo } from "./report/index.js";
export { exitCodeOf, FAIL_ON, FAILURE_EXIT_CODE, failingFindings, failureOf, parseFailOn, type ExitCode, type FailOn, type Failure } from "./run/outcome.js";
export { CATEGORY_SUMMARIES, explain, listRules, type Explanation, type RuleList, type RuleListOptions, type RuleRow } from "./run/catalogue.js";
export { HOOK_KINDS, init, type HookKind, type InitOptions, type InitPlan, type PlannedFile } from "./run/init/index.js";
export { packageVersion as version } from "./run/version.js";
export type { ChangeElement, ChangeKind, CommitType, DiffChange, DiffMember, Location, Place, SemVer } from "./model/change.js";
export { DIFF_FORMATS, formatDiff, type DiffFormat, type DiffReport } from "./report/diff.js";

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
  /**
   * Instead of `against`: a `git tag --list` pattern (`v*`). The schema is
   * compared with every matching release tag of the input's repository, in
   * semantic-version order, and each break is reported once with the
   * releases it breaks (`Finding.releases`). Without `against`, the
   * configuration's `releases.tags` is used the same way.
   */
  readonly againstTags?: string;
  /**
   * With `againstTags`, or the configuration's `releases`: compare with only
   * the newest `last` matching tags (overrides `releases.last`).
   */
  readonly last?: number;
  /** Compare the content staged in the git index (what `git commit` would record), not the work tree. */
  readonly staged?: boolean;
  /**
   * A configuration file (protoguard.yaml, package.json, buf.yaml), read from
   * disk, to use instead of the one found from the input upward (for an input
   * read from git, in its revision or the index).
   */
  readonly config?: string;
  /** Rule IDs and categories to run, replacing the configuration's `use` (default FILE and VERSIONING). */
  readonly use?: readonly string[];
  /** Rule IDs and categories to leave out, replacing the configuration's `except`. */
  readonly except?: readonly string[];
  /** Extra import paths; for git inputs, read as of the same revision when inside the repository. */
  readonly include?: readonly string[];
  /** Directory the inputs are relative to (default process.cwd()). */
  readonly cwd?: string;
  /** Called as each stage starts ("reading …", "parsing the current schema", "comparing"), for progress displays. */
  readonly onProgress?: (stage: string) => void;
  /**
   * How the two sides are named in errors about reading them: by default
   * "the current version" and "the previous version"; a command line passes
   * the flags its user typed (`input`, `--against`).
   */
  readonly labels?: SideLabels;
  /**
   * The approvals file (relative to `cwd`); by default protoguard.approvals.yaml
   * beside the configuration file (else in `cwd`), when there is one.
   */
  readonly approvals?: string;
  /** Read `Protoguard-Approve:` trailers of the commits between the two sides (default true). */
  readonly trailers?: boolean;
  /** Further approvals, given by the caller (the GitHub Action passes pull request comments). */
  readonly approve?: readonly Approval[];
  /** The day approvals' expiry dates are compared with (default: now). */
  readonly now?: Date;
  /**
   * Add evidence to each finding of a WIRE or WIRE_JSON rule: an example
   * message written with one version's schema and read with the other's
   * (`Finding.evidence`). Bounded by a time budget; never fails the run.
   */
  readonly evidence?: boolean;
  /**
   * "pbjs": read `input` as a protobufjs JSON bundle, whatever its shape
   * (a file that is not one is an InputError). By default the shape decides.
   */
  readonly inputFormat?: InputFormat;
  /** "pbjs": read `against` as a protobufjs JSON bundle, as `inputFormat` does for `input`. */
  readonly againstFormat?: InputFormat;
  /**
   * The current schema as a protobufjs `Root` (or namespace) built in code,
   * instead of `input`; read through `toJSON()` like a JSON bundle. Its
   * findings point at line 1 of a file named after each package.
   */
  readonly inputRoot?: PbjsRoot;
  /** The previous schema as a protobufjs `Root`, instead of `against`; read as `inputRoot` is. */
  readonly againstRoot?: PbjsRoot;
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
  /**
   * True when this version has no schema where it was read: a previous git
   * revision from before the schema was added. It was compared as empty:
   * there was nothing to compare against.
   */
  readonly absent: boolean;
}

export interface BreakingResult {
  /** Breaking changes and warnings, sorted by file, line, column and rule. */
  readonly findings: readonly Finding[];
  /** Findings a `// protoguard:ignore` comment or the configuration's ignores dropped, with why. */
  readonly suppressed: readonly SuppressedFinding[];
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
  /** The package of each file of the previous schema, by path ("" for none). */
  readonly previousPackages: ReadonlyMap<string, string>;
  /** How package versions are written under the configuration (what the summary's advice reads). */
  readonly versions: VersionGrammar;
  /** The configuration used. */
  readonly config: ConfigInfo;
  /** The rule IDs and categories in effect, as named (`FILE`, `VERSIONING`). */
  readonly use: readonly string[];
}

function info(source: Source): InputInfo {
  return {
    kind: source.kind,
    spec: source.spec,
    description: source.description,
    positionsKnown: source.kind !== "descriptor-set" || source.positionsKnown,
    absent: source.absent,
  };
}

async function readCurrent(reader: SourceReader, input: string, staged: boolean, label: string): Promise<Source> {
  return staged ? reader.readStaged(input, label) : reader.read(input, label);
}

/** The runner's options from the library's: the same for breaking and lint, plus how a side is named and progress. */
function checkOptions(
  options: BreakingOptions | LintOptions,
  labels: SideLabels | undefined,
  onProgress: ((stage: string) => void) | undefined,
): CheckOptions {
  return {
    input: options.input ?? ".",
    cwd: options.cwd ?? process.cwd(),
    staged: options.staged === true,
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(options.use === undefined ? {} : { use: options.use }),
    ...(options.except === undefined ? {} : { except: options.except }),
    ...(options.include === undefined ? {} : { include: options.include }),
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(labels === undefined ? {} : { labels }),
  };
}

/** The previous side's spec: `against`, a protobufjs Root, or HEAD for a staged check. */
function againstOf(options: BreakingOptions): string {
  const spec = options.against ?? (options.againstRoot !== undefined ? ROOT_SPEC : options.staged === true ? "HEAD" : undefined);
  if (spec === undefined) throw new UsageError("Missing required argument: against");
  if (options.against !== undefined && options.againstRoot !== undefined) throw new UsageError("against and againstRoot name the same side: give one");
  if (options.input !== undefined && options.inputRoot !== undefined) throw new UsageError("input and inputRoot name the same side: give one");
  if (options.staged === true && (options.inputRoot !== undefined || options.inputFormat !== undefined)) {
    throw new UsageError("staged reads the git index below input: it takes no inputRoot or inputFormat");
  }
  return spec;
}

/** The runner's options for a comparison: the shared ones, each side's format, and the sides given as protobufjs Roots. */
function breakingCheckOptions(options: BreakingOptions): CheckOptions {
  const labels = options.labels ?? NEUTRAL_LABELS;
  const given = {
    ...(options.inputRoot === undefined ? {} : { current: readPbjsRoot(options.inputRoot, labels.current) }),
    ...(options.againstRoot === undefined ? {} : { previous: readPbjsRoot(options.againstRoot, labels.previous) }),
  };
  const formats = {
    ...(options.inputFormat === undefined ? {} : { current: options.inputFormat }),
    ...(options.againstFormat === undefined ? {} : { previous: options.againstFormat }),
  };
  return {
    ...checkOptions(options, options.labels, options.onProgress),
    ...(Object.keys(given).length === 0 ? {} : { given }),
    ...(Object.keys(formats).length === 0 ? {} : { formats }),
  };
}

/** A lint run names only its one side. */
function lintLabels(label: string | undefined): SideLabels | undefined {
  return label === undefined ? undefined : { ...NEUTRAL_LABELS, current: label };
}

/**
 * Compares two versions of a schema and returns the breaking changes.
 * Rejects with InputError (or SchemaError) on bad input and UsageError on bad options.
 */
export async function breaking(options: BreakingOptions): Promise<BreakingResult> {
  const releases = await releasesOf(options);
  if (releases !== undefined) return breakingReleases(options, releases);
  if (options.last !== undefined) throw new UsageError("--last needs --against-tags");
  return breakingOnce(options);
}

/** The release tags a comparison is with, and how they are named in errors. */
interface Releases {
  readonly pattern: string;
  readonly last: number | undefined;
  /** `--against-tags`, or where the configuration sets them (`protoguard.yaml:3:9: releases.tags`). */
  readonly name: string;
}

/**
 * The release tags to compare with: `againstTags`, else the configuration's
 * `releases` when no previous version is given (no `against`, `againstRoot`
 * or `staged`). `last` overrides the configuration's `last` in both cases.
 */
async function releasesOf(options: BreakingOptions): Promise<Releases | undefined> {
  const tags = options.againstTags;
  const previousGiven = options.against !== undefined || options.againstRoot !== undefined || options.staged === true;
  if (tags === undefined && previousGiven) return undefined;
  if (tags !== undefined && options.last !== undefined) return { pattern: tags, last: options.last, name: "--against-tags" };
  const check = {
    ...checkOptions(options, options.labels, undefined),
    ...(options.inputFormat === undefined ? {} : { formats: { current: options.inputFormat } }),
  };
  const configured = (await readCheckConfig(check)).releases;
  const last = options.last ?? configured?.last;
  if (tags !== undefined) return { pattern: tags, last, name: "--against-tags" };
  return configured === undefined ? undefined : { pattern: configured.tags, last, name: `${configured.where}: releases.tags` };
}

/** Compares with every release tag that matches the pattern and merges the findings by fingerprint. */
async function breakingReleases(options: BreakingOptions, releases: Releases): Promise<BreakingResult> {
  if (options.against !== undefined) throw new UsageError("--against and --against-tags are exclusive: give one of them");
  const { pattern, last } = releases;
  if (last !== undefined && (!Number.isSafeInteger(last) || last < 1)) throw new UsageError("--last takes a whole number of tags, 1 or more");
  const tags = await releaseTags(options.cwd ?? process.cwd(), options.input ?? ".", pattern, last, releases.name);
  const runs: { release: string; result: BreakingResult }[] = [];
  // The current schema is the same in every comparison: it is parsed once.
  const caches = createCheckCaches();
  for (const tag of tags) {
    runs.push({ release: tag, result: await breakingOnce({ ...options, against: tag }, caches) });
  }
  const newest = (runs[runs.length - 1] as { result: BreakingResult }).result;
  const findings = mergeReleaseFindings(runs.map((r) => ({ release: r.release, findings: r.result.findings })));
  const suppressed = mergeReleaseFindings(runs.map((r) => ({ release: r.release, findings: r.result.suppressed })));
  const against = newest.inputs.against;
  return {
    ...newest,
    findings: sortFindings(findings),
    suppressed: sortFindings(suppressed) as SuppressedFinding[],
    warnings: [...new Set(runs.flatMap((r) => r.result.warnings))],
    inputs: {
      current: newest.inputs.current,
      against: {
        ...against,
        spec: pattern,
        description: `${plural(tags.length, "release")} matching ${JSON.stringify(pattern)} (${tags.join(", ")})`,
        absent: runs.every((r) => r.result.inputs.against.absent),
      },
    },
    sources: SourceTexts.join(runs.map((r) => r.result.sources)),
    previousPackages: new Map(runs.flatMap((r) => [...r.result.previousPackages])),
  };
}

async function breakingOnce(options: BreakingOptions, caches?: CheckCaches): Promise<BreakingResult> {
  const staged = options.staged === true;
  const againstSpec = againstOf(options);
  const check = { ...breakingCheckOptions(options), ...(caches === undefined ? {} : { caches }) };
  const checked = await runCheck(check, { kind: "breaking", against: againstSpec });
  const { config, runs } = checked;
  const deadline = Date.now() + EVIDENCE_BUDGET_MS;
  const outcomes = options.evidence === true ? checked.outcomes.map((o) => withEvidence(o, deadline)) : checked.outcomes;
  const joined = joinOutcomes(outcomes);
  const approved = await approve(joined.findings, joined.suppressed, {
    config,
    locator: checked.locator,
    cwd: check.cwd,
    input: check.input,
    against: againstSpec,
    staged,
    file: options.approvals,
    trailers: options.againstRoot === undefined && options.inputRoot === undefined ? options.trailers : false,
    extra: options.approve,
    now: options.now,
  });
  const first = outcomes[0] as ModuleOutcome;
  const currentSource = first.current;
  const previousSource = first.previous as Source;
  const own = outcomes.flatMap((o) => o.files.current);
  return {
    findings: approved.findings,
    suppressed: approved.suppressed,
    rules: joined.rules,
    filesCompared: own.length,
    warnings: [...config.warnings, ...joined.warnings],
    input: currentSource.kind,
    against: previousSource.kind,
    inputs: { current: info(currentSource), against: info(previousSource) },
    sources: new SourceTexts(outcomes.flatMap((o) => sourceFiles(o, [...o.findings, ...o.suppressed]))),
    packages: new Map(outcomes.flatMap((o) => o.files.current.map((f) => [prefixed(o.prefix, f.path), f.package]))),
    previousPackages: new Map(outcomes.flatMap((o) => o.files.previous.map((f) => [prefixed(o.prefix, f.path), f.package]))),
    versions: config.versions,
    config: configInfo(config),
    use: ruleNames(check, config, runs, "breaking"),
  };
}

/** What `diff` returns: every change, the bump it calls for, and `breaking`'s findings for the same inputs. */
export interface DiffResult {
  readonly semver: SemVer;
  /** The conventional-commit type for the bump (null when nothing changed). */
  readonly commit: CommitType | null;
  /** Every change, breaking or not, sorted by file and position; breaking ones carry their findings. */
  readonly changes: readonly DiffChange[];
  /** The findings `breaking` reports for the same options. */
  readonly findings: readonly Finding[];
  readonly inputs: { readonly current: InputInfo; readonly against: InputInfo };
}

/**
 * Lists every change between two versions of a schema, breaking or not, and
 * classifies the whole as a SemVer bump. Takes the same options as `breaking`.
 */
export async function diff(options: BreakingOptions): Promise<DiffResult> {
  const run = await runDiff(breakingCheckOptions(options), againstOf(options));
  const first = run.check.outcomes[0] as ModuleOutcome;
  return {
    semver: run.semver,
    commit: run.commit,
    changes: run.changes,
    findings: run.findings,
    inputs: { current: info(first.current), against: info(first.previous as Source) },
  };
}

export interface LintOptions {
  /** The schema: a directory, a descriptor set or a git revision. Default ".". */
  readonly input?: string;
  /** Check the content staged in the git index below `input`. */
  readonly staged?: boolean;
  /** A configuration file to use instead of the one found from the input upward. */
  readonly config?: string;
  /** Rule IDs and categories, replacing the configuration's (`lint:` for a buf.yaml). */
  readonly use?: readonly string[];
  readonly except?: readonly string[];
  readonly include?: readonly string[];
  readonly cwd?: string;
  /** How the schema is named in errors about reading it (default "the current version"). */
  readonly label?: string;
}

export interface LintResult {
  /** Findings of the rules that need only one version (PACKAGE_VERSION_SUFFIX), and warnings. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  /** The rules that ran. */
  readonly rules: readonly Rule[];
  /** Files checked (imports excluded). */
  readonly filesChecked: number;
  readonly warnings: readonly string[];
  readonly input: InputInfo;
  readonly sources: ReadonlyMap<string, string>;
  readonly config: ConfigInfo;
}

/**
 * Checks one version of a schema with the rules that need no previous
 * version: package versioning. With a buf.yaml, its `lint:` section decides
 * whether PACKAGE_VERSION_SUFFIX runs, and the findings are `buf lint`'s.
 */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const { config, outcomes } = await runCheck(checkOptions(options, lintLabels(options.label), undefined), { kind: "lint" });
  const joined = joinOutcomes(outcomes);
  return {
    findings: joined.findings,
    suppressed: joined.suppressed,
    rules: joined.rules,
    filesChecked: outcomes.reduce((n, o) => n + o.image.files.filter((f) => !f.isImport).length, 0),
    warnings: [...config.warnings, ...joined.warnings],
    input: info((outcomes[0] as ModuleOutcome).current),
    sources: new SourceTexts(outcomes.flatMap((o) => sourceFiles(o, o.findings))),
    config: configInfo(config),
  };
}

/** The configuration a result was made with. */
export interface ConfigInfo {
  /** "protoguard" (protoguard.yaml or package.json), "buf" (a buf.yaml) or "default" (none found). */
  readonly format: "protoguard" | "buf" | "default";
  /** The file as named in messages; absent for the defaults. */
  readonly file?: string;
  /** For a buf.yaml, its version. */
  readonly bufVersion?: string;
}

function configInfo(config: Config): ConfigInfo {
  return {
    format: config.format,
    ...(config.file === undefined ? {} : { file: config.display }),
    ...(config.bufVersion === undefined ? {} : { bufVersion: config.bufVersion }),
  };
}

function prefixed(prefix: string, path: string): string {
  return prefix === "" ? path : `${prefix}/${path}`;
}

/**
 * The current-side files that findings point at, by finding path, whose
 * texts a result holds (SourceTexts decodes them when read, dropping a BOM
 * as the parser does).
 */
function sourceFiles(outcome: ModuleOutcome, findings: readonly Finding[]): [string, Uint8Array][] {
  const source = outcome.current;
  if (source.kind === "descriptor-set") return [];
  const wanted = new Set(findings.filter((f) => !f.deleted).map((f) => f.path));
  const out: [string, Uint8Array][] = [];
  for (const file of source.files) {
    const path = prefixed(outcome.prefix, file.path);
    if (wanted.has(path)) out.push([path, file.bytes]);
  }
  return out;
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
  /** How the schema is named in errors about reading it (default "the current version"). */
  readonly label?: string;
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
  const source = await readCurrent(reader, options.input ?? ".", options.staged === true, options.label ?? NEUTRAL_LABELS.current);
  const inputs = loadInputs(source, { include, cache: createParseCache(), side: "current" });
  return { json: snapshotJson(inputs), files: inputs.filter((i) => !i.isImport).length, input: info(source) };
}

/**
 * The context every report format takes beside the findings
 * (`formatReport(format, result.findings, reportContext(result))`), for a
 * breaking or a lint result: what was compared, the rules, the source texts
 * for code frames, the suppressed findings.
 */
export function reportContext(result: BreakingResult | LintResult, options: ContextOptions = {}): ReportContext {
  if ("inputs" in result) {
    return contextOf(
      {
        filesCompared: result.filesCompared,
        current: result.inputs.current,
        previous: result.inputs.against,
        sources: result.sources,
        packages: result.packages,
        previousPackages: result.previousPackages,
        versions: result.versions,
        rules: result.rules,
        suppressed: result.suppressed,
      },
      options,
    );
  }
  return contextOf(
    {
      filesCompared: result.filesChecked,
      current: result.input,
      sources: result.sources,
      rules: result.rules,
      suppressed: result.suppressed,
    },
    options,
  );
}

export type { ContextOptions } from "./run/context.js";
