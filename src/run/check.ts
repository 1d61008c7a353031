import { relative, sep } from "node:path";
import { compareImages, type Comparison } from "../compare/pair.js";
import { reuseFiles } from "../compare/reuse.js";
import { filterFindings, type FilterSource, type SuppressedFinding } from "../config/filter.js";
import { CONFIG_FILES, resolveConfig } from "../config/find.js";
import type { CheckConfig, Config } from "../config/model.js";
import { rulesOf, severityOf, type NameRef } from "../config/select.js";
import { DIRECTIVE } from "../config/suppress.js";
import { createParseCache, type ParseCache, type SourceFile } from "../frontend/index.js";
import { buildImage, createImageCache, type ImageCache } from "../image/build.js";
import type { FileEl, Image } from "../image/model.js";
import { sortFindings, type Finding } from "../model/finding.js";
import type { Rule } from "../model/rule.js";
import { SourceReader, type GitFiles, type InputFormat, type Source } from "../sources/index.js";
import type { Locator } from "../sources/locate.js";
import { CATALOGUE } from "./catalogue.js";
import { displayPath, runRulesLocated } from "./engine.js";
import type { FileSummary } from "./incremental.js";
import { planFromSources } from "./incremental-read.js";
import { placeBeside, placeFindings, type BesidePlaces } from "./beside.js";
import { ledgerForCheck } from "./ledger-check.js";
import { createHistoryCache, type HistoryCache } from "./ledger.js";
import { loadImage } from "./load.js";
import { checkConfigPaths, inputDirectory, moduleSpec, planModules, withoutExcluded, type ModuleRun } from "./plan.js";
import { breakingRules } from "../versioning/breaking-rules.js";

/** What a check is told, beside the inputs. */
export interface CheckOptions {
  readonly input: string;
  readonly cwd: string;
  readonly staged: boolean;
  /** A config file that replaces the one found from the input. */
  readonly config?: string;
  readonly use?: readonly string[];
  readonly except?: readonly string[];
  readonly include?: readonly string[];
  readonly onProgress?: (stage: string) => void;
  /** How the two sides are named in messages about reading them (NEUTRAL_LABELS when not given). */
  readonly labels?: SideLabels;
  /**
   * Whether breaking may compile only what the change can affect (see
   * planIncremental); it then finds what the full comparison finds. Default:
   * yes, unless the environment sets PROTOGUARD_INCREMENTAL=0.
   */
  readonly incremental?: boolean;
  /** How a side's input file is read when its name does not decide it (`--input-format`, `--against-format`). */
  readonly formats?: SideValues<InputFormat>;
  /** A side already read, by the library (a protobufjs Root): used instead of reading its spec. */
  readonly given?: SideValues<Source>;
  /**
   * Parses and images to reuse, for a caller that runs several checks of the
   * same schema (one per release tag); a fresh pair per run when not given.
   */
  readonly caches?: CheckCaches;
}

/** Something given for either side of a comparison. */
export interface SideValues<T> {
  readonly current?: T;
  readonly previous?: T;
}

/** What a run keeps of files it parsed and images it built, by content, and of the histories it read. */
export interface CheckCaches {
  readonly parse: ParseCache;
  readonly images: ImageCache;
  readonly history: HistoryCache;
}

export function createCheckCaches(): CheckCaches {
  return { parse: createParseCache(), images: createImageCache(), history: createHistoryCache() };
}

/** How the current and the previous version are named in messages about reading them. */
export interface SideLabels {
  readonly current: string;
  readonly previous: string;
}

/** The names of the sides for a caller that has no flags to name: a library call, the GitHub Action. */
export const NEUTRAL_LABELS: SideLabels = { current: "the current version", previous: "the previous version" };

function labelsOf(options: CheckOptions): SideLabels {
  return options.labels ?? NEUTRAL_LABELS;
}

/** Reads the current version of one run: the git index below it with `staged`, else the input. */
function readCurrent(reader: SourceReader, options: CheckOptions, spec: string): Promise<Source> {
  const label = labelsOf(options).current;
  if (options.given?.current !== undefined) return Promise.resolve(options.given.current);
  return options.staged ? reader.readStaged(spec, label) : reader.read(spec, label, undefined, options.formats?.current);
}

/** The outcome of one comparison (one module), before the results of all modules are joined. */
export interface ModuleOutcome {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly rules: readonly Rule[];
  readonly warnings: readonly string[];
  readonly current: Source;
  readonly previous: Source | undefined;
  readonly image: Image;
  /** The previous version's image (undefined for lint). */
  readonly previousImage: Image | undefined;
  /**
   * Every file of each side with its package, imports excluded: the images
   * hold only part of them when the comparison was incremental.
   */
  readonly files: { readonly current: readonly FileSummary[]; readonly previous: readonly FileSummary[] };
  /**
   * The module's directory relative to the input directory ("" when it is the
   * input): prefixed to the module's paths, so findings name files as buf does
   * in a workspace (`proto/acme/v1/a.proto`).
   */
  readonly prefix: string;
}

/** A module's finding with its path relative to the input directory. */
function rebase<T extends Finding>(f: T, prefix: string): T {
  return prefix === "" || f.deleted ? f : { ...f, path: `${prefix}/${f.path}` };
}

function modulePrefix(inputDir: string | undefined, run: ModuleRun): string {
  return inputDir === undefined ? "" : relative(inputDir, run.root).split(sep).join("/");
}

function refs(names: readonly string[] | undefined, where: string): NameRef[] | undefined {
  return names === undefined || names.length === 0 ? undefined : names.map((name) => ({ name, where }));
}

/** The configuration of a check's current side, and the git files it was looked for in (undefined for an input on disk). */
async function findConfig(options: CheckOptions, reader: SourceReader, inputDir: string | undefined): Promise<{ config: Config; tree: GitFiles | undefined }> {
  const names = options.config === undefined ? CONFIG_FILES : [];
  // A file read as a protobufjs bundle is on disk, not in git: its configuration is found from cwd, as for a descriptor set.
  const tree =
    options.staged || (inputDir === undefined && options.formats?.current === undefined)
      ? await reader.filesAbove(options.input, labelsOf(options).current, options.staged, names)
      : undefined;
  const config = resolveConfig({
    catalogue: CATALOGUE,
    cwd: options.cwd,
    start: inputDir ?? options.cwd,
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(tree === undefined ? {} : { tree }),
  });
  return { config, tree };
}

/** The configuration a check of these options reads, found as the check finds it (for settings read before comparing). */
export async function readCheckConfig(options: CheckOptions): Promise<Config> {
  return (await findConfig(options, new SourceReader({ cwd: options.cwd }), inputDirectory(options.cwd, options.input))).config;
}

/**
 * Reads a check's configuration and splits its input into modules. The
 * configuration is the current side's own: for an input read from git (a
 * revision, or the index), it is read from the same version.
 */
async function prepare(options: CheckOptions): Promise<{
  config: Config;
  runs: ModuleRun[];
  inputDir: string | undefined;
  reader: SourceReader;
  include: string[];
}> {
  const inputDir = inputDirectory(options.cwd, options.input);
  const reader = new SourceReader({ cwd: options.cwd });
  const { config, tree } = await findConfig(options, reader, inputDir);
  const start = inputDir ?? tree?.place(tree.prefix) ?? options.cwd;
  const runs = planModules(config, start, inputDir !== undefined);
  if (inputDir !== undefined) checkConfigPaths(config, runs);
  // Other modules of a workspace are import paths, so imports across modules resolve.
  const include = [
    ...(options.include ?? []),
    ...config.include.map((p) => moduleSpec(options.cwd, p.path)),
    ...(runs.length > 1 ? runs.map((r) => moduleSpec(options.cwd, r.root)) : []),
  ];
  return { config, runs, inputDir, reader: reader.withInclude(include), include };
}

/** The input spec that reads a run's directory. */
function runSpec(options: CheckOptions, inputDir: string | undefined, run: ModuleRun): string {
  return inputDir === undefined || run.root === inputDir ? options.input : moduleSpec(options.cwd, run.root);
}

/** What a check compares: the current version with a previous one (breaking), or the current version alone (lint). */
export type Comparing = { readonly kind: "breaking"; readonly against: string } | { readonly kind: "lint" };

/** The result of a check over every module of the input. */
export interface CheckRun {
  readonly config: Config;
  readonly runs: readonly ModuleRun[];
  readonly outcomes: readonly ModuleOutcome[];
  /** Where the inputs were found, with the repositories opened: for what else the run asks of git. */
  readonly locator: Locator;
}

/** The file texts and names the filter reads, from the source the current version was read from. */
function filterSource(source: Source): FilterSource {
  const display = (file: FileEl): string => displayPath(source.display, file.path);
  if (source.kind === "descriptor-set") return { text: () => undefined, mayHoldDirectives: () => true, display };
  // Bytes are asked for only of the files the filter reads: a source read from git reads them on demand.
  const files = new Map(source.files.map((f) => [f.path, f]));
  const decoder = new TextDecoder("utf-8");
  const needle = Buffer.from(DIRECTIVE);
  const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const holding = new Map<string, boolean>();
  return {
    text: (file) => {
      const f = files.get(file.path);
      return f === undefined ? undefined : decoder.decode(f.bytes);
    },
    mayHoldDirectives: (file) => {
      let holds = holding.get(file.path);
      if (holds === undefined) {
        const f = files.get(file.path);
        holds = f !== undefined && view(f.bytes).includes(needle);
        holding.set(file.path, holds);
      }
      return holds;
    },
    display,
  };
}

/** The previous version's spec for a module: a previous directory has the same layout, so a module is the same subdirectory of it. */
function previousSpec(options: CheckOptions, against: string, inputDir: string | undefined, run: ModuleRun): string {
  const sub = inputDir === undefined ? "" : relative(inputDir, run.root);
  const againstDir = sub !== "" ? inputDirectory(options.cwd, against) : undefined;
  return againstDir === undefined ? against : moduleSpec(options.cwd, `${againstDir}/${sub}`);
}

/**
 * Checks one module: reads the current version (and the previous one for
 * breaking), builds the images, pairs them (with an empty previous version
 * for lint), runs the section's rules (for lint, those that read one version
 * only) and filters the findings.
 */
/** The rule IDs and categories named for a check: by `--use`, else by the configuration's `use`. */
function namedRules(options: CheckOptions, section: CheckConfig): ReadonlySet<string> {
  const names = options.use !== undefined && options.use.length > 0 ? options.use : (section.use ?? []).map((r) => r.name);
  return new Set(names.map((n) => n.trim()));
}

async function checkModule(
  options: CheckOptions,
  comparing: Comparing,
  prepared: Awaited<ReturnType<typeof prepare>>,
  run: ModuleRun,
  caches: CheckCaches,
): Promise<ModuleOutcome> {
  const { config, inputDir, reader, include } = prepared;
  const stage = options.onProgress ?? (() => {});
  const section = comparing.kind === "breaking" ? run.breaking : run.lint;
  const selected = rulesOf(section, { use: refs(options.use, "--use"), except: refs(options.except, "--except") });
  const rules =
    comparing.kind === "breaking"
      ? breakingRules(selected.rules, namedRules(options, section), config.unversioned)
      : selected.rules.filter((r) => r.singleVersion === true);
  const spec = runSpec(options, inputDir, run);
  stage(`reading ${spec}`);
  const current = withoutExcluded(await readCurrent(reader, options, spec), run);
  let previous: Source | undefined;
  let againstSpec = "";
  const warnings = [...selected.warnings];
  if (comparing.kind === "breaking") {
    againstSpec = previousSpec(options, comparing.against, inputDir, run);
    stage(`reading ${againstSpec}`);
    previous = withoutExcluded(
      options.given?.previous ?? (await reader.read(againstSpec, labelsOf(options).previous, current, options.formats?.previous)),
      run,
    );
  }
  const plan =
    previous !== undefined && incrementalAllowed(options, rules, include) && previous.kind !== "descriptor-set" && current.kind !== "descriptor-set"
      ? await planFromSources(previous, current)
      : undefined;
  stage(previous === undefined ? "parsing the schema" : "parsing the current schema");
  const placedCurrent = placeBeside(current, caches.parse);
  const image = loadImage(part(placedCurrent.source, plan?.current), {
    include,
    cache: caches.parse,
    images: caches.images,
    side: "current",
    ...(plan === undefined ? {} : { wellKnown: plan.wellKnown.current }),
  });
  let comparison: Comparison;
  let previousImage: Image | undefined;
  let previousPlaces: BesidePlaces | undefined;
  if (previous === undefined) {
    comparison = compareImages(buildImage([], caches.images), image);
  } else {
    stage("parsing the previous schema");
    const placedPrevious = placeBeside(previous, caches.parse);
    previousPlaces = placedPrevious.places;
    previousImage = loadImage(part(placedPrevious.source, plan?.previous), {
      include,
      cache: caches.parse,
      images: caches.images,
      side: "previous",
      ...(plan === undefined ? {} : { wellKnown: plan.wellKnown.previous }),
    });
    stage("comparing");
    comparison = compareImages(previousImage, image, { sharedDescriptorsUnchanged: true });
    // The history is read only where the change adds what a reuse rule looks at: a field, an enum value or an extension.
    const scope = comparing.kind === "breaking" && rules.some((r) => r.readsLedger === true) ? reuseFiles(comparison) : [];
    if (scope.length > 0) {
      stage("reading the ledger");
      const found = await ledgerForCheck(
        scope,
        reader,
        options.cwd,
        { spec, label: labelsOf(options).current, staged: options.staged, source: options.given?.current === undefined ? current : undefined },
        { spec: againstSpec, label: labelsOf(options).previous, staged: false, source: options.given?.previous === undefined ? previous : undefined },
        caches.history,
      );
      comparison = { ...comparison, ledger: found.ledger };
      warnings.push(...found.warnings);
    }
  }
  const located = placeFindings(
    runRulesLocated(comparison, rules, { current: current.display, previous: previous?.display ?? "" }, severityOf(section), config.versions),
    placedCurrent.places,
    previousPlaces,
  );
  const filtered = filterFindings(located, {
    check: section,
    base: { root: run.root, ignoreBase: run.ignoreBase, globs: config.format === "protoguard" },
    image,
    source: filterSource(current),
    ran: rules,
    known: CATALOGUE.rules.map((r) => r.id),
  });
  const prefix = modulePrefix(inputDir, run);
  return {
    findings: filtered.findings.map((f) => rebase(f, prefix)),
    suppressed: filtered.suppressed.map((f) => rebase(f, prefix)),
    rules,
    warnings,
    current,
    previous,
    image,
    previousImage,
    files: plan?.files ?? { current: ownFiles(image), previous: previousImage === undefined ? [] : ownFiles(previousImage) },
    prefix,
  };
}

/** The source with only these of its files (all of them when `files` is undefined). */
function part(source: Source, files: readonly SourceFile[] | undefined): Source {
  return files === undefined || source.kind === "descriptor-set" ? source : { ...source, files };
}

function ownFiles(image: Image): FileSummary[] {
  return image.files.filter((f) => !f.isImport).map((f) => ({ path: f.path, package: f.package }));
}

/**
 * Whether a breaking check may be incremental: not when asked for the full
 * run, not with import paths outside the input (their files are not compared
 * path by path), and not when a rule reads every current file (the lint rule
 * PACKAGE_VERSION_SUFFIX, run by breaking when named).
 */
function incrementalAllowed(options: CheckOptions, rules: readonly Rule[], include: readonly string[]): boolean {
  const wanted = options.incremental ?? process.env["PROTOGUARD_INCREMENTAL"] !== "0";
  return wanted && include.length === 0 && !rules.some((r) => r.singleVersion === true);
}

/**
 * The one runner, for breaking and lint: reads the configuration, splits the
 * input into modules and checks each. With a buf.yaml, breaking runs its
 * `breaking:` section and lint its `lint:` section (buf's comment ignores
 * count when it allows them); otherwise the configuration's rules.
 */
export async function runCheck(options: CheckOptions, comparing: Comparing): Promise<CheckRun> {
  const prepared = await prepare(options);
  const caches = options.caches ?? createCheckCaches();
  const outcomes: ModuleOutcome[] = [];
  for (const run of prepared.runs) outcomes.push(await checkModule(options, comparing, prepared, run, caches));
  return { config: prepared.config, runs: prepared.runs, outcomes, locator: prepared.reader.locator };
}

/** The rule names in effect, for the report's header: `--use`, else the configuration's, else the default. */
export function ruleNames(options: CheckOptions, config: Config, runs: readonly ModuleRun[], section: "breaking" | "lint"): string[] {
  if (options.use !== undefined && options.use.length > 0) return [...options.use];
  const check = runs[0]?.[section] ?? config.fallback[section];
  return (check.use ?? check.universe.defaultUse.map((name) => ({ name }))).map((r) => r.name);
}

/** Joins the outcomes of all modules: findings sorted, rules and warnings once each. */
export function joinOutcomes(outcomes: readonly ModuleOutcome[]): {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  rules: Rule[];
  warnings: string[];
} {
  const rules = new Map<string, Rule>();
  for (const o of outcomes) for (const r of o.rules) rules.set(r.id, r);
  const suppressed = outcomes.flatMap((o) => o.suppressed);
  return {
    findings: sortFindings(outcomes.flatMap((o) => o.findings)),
    suppressed: sortFindings(suppressed) as SuppressedFinding[],
    rules: CATALOGUE.rules.filter((r) => rules.has(r.id)),
    warnings: [...new Set(outcomes.flatMap((o) => o.warnings))],
  };
}
