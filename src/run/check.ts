import { relative, sep } from "node:path";
import { RULES } from "../../rules/index.js";
import { compareImages, type Comparison } from "../compare/pair.js";
import { applyIgnores, rulesOf, severityOf, type SuppressedFinding } from "../config/apply.js";
import { CONFIG_FILES, resolveConfig } from "../config/find.js";
import type { CheckConfig, Config } from "../config/model.js";
import { inputDirectory, moduleSpec, planModules, withoutExcluded, type ModuleRun } from "../config/plan.js";
import type { NameRef } from "../config/select.js";
import { applySuppressions, DIRECTIVE, Suppressions } from "../config/suppress.js";
import { displayPath, runRulesLocated, type Located } from "./engine.js";
import { sortFindings, type Finding } from "../model/finding.js";
import { createParseCache, type ParseCache } from "../frontend/index.js";
import { buildImage, createImageCache, type ImageCache } from "../image/build.js";
import type { FileEl, Image } from "../image/model.js";
import { loadImage } from "./load.js";
import type { Rule } from "../model/rule.js";
import { SourceReader, type Source } from "../sources/index.js";
import { FILE } from "../model/source-path.js";

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

/**
 * Reads a check's configuration and splits its input into modules. The
 * configuration is the current side's own: for an input read from git (a
 * revision, or the index with --staged), it is read from the same version.
 */
export async function prepare(options: CheckOptions): Promise<{
  config: Config;
  runs: ModuleRun[];
  inputDir: string | undefined;
  reader: SourceReader;
  include: string[];
}> {
  const inputDir = inputDirectory(options.cwd, options.input);
  const reader = new SourceReader({ cwd: options.cwd });
  const names = options.config === undefined ? CONFIG_FILES : [];
  const tree =
    options.staged || inputDir === undefined
      ? await reader.filesAbove(options.input, options.staged ? "--staged" : "input", options.staged, names)
      : undefined;
  const config = resolveConfig({
    cwd: options.cwd,
    start: inputDir ?? options.cwd,
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(tree === undefined ? {} : { tree }),
  });
  const start = inputDir ?? tree?.place(tree.prefix) ?? options.cwd;
  const runs = planModules(config, start, inputDir !== undefined);
  // Other modules of a workspace are import paths, so imports across modules resolve.
  const include = [
    ...(options.include ?? []),
    ...config.include.map((p) => moduleSpec(options.cwd, p)),
    ...(runs.length > 1 ? runs.map((r) => moduleSpec(options.cwd, r.root)) : []),
  ];
  return { config, runs, inputDir, reader: reader.withInclude(include), include };
}

/** The input spec that reads a run's directory. */
export function runSpec(options: CheckOptions, inputDir: string | undefined, run: ModuleRun): string {
  return inputDir === undefined || run.root === inputDir ? options.input : moduleSpec(options.cwd, run.root);
}

function textOf(source: Source): (file: FileEl) => string | undefined {
  if (source.kind === "descriptor-set") return () => undefined;
  const bytes = new Map(source.files.map((f) => [f.path, f.bytes]));
  const decoder = new TextDecoder("utf-8");
  return (file) => {
    const b = bytes.get(file.path);
    return b === undefined ? undefined : decoder.decode(b);
  };
}

function mayHoldDirectives(source: Source): (file: FileEl) => boolean {
  if (source.kind === "descriptor-set") return () => true;
  const needle = Buffer.from(DIRECTIVE);
  const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const has = new Set(source.files.filter((f) => view(f.bytes).includes(needle)).map((f) => f.path));
  return (file) => has.has(file.path);
}

/**
 * Filters one module's findings: config ignores, then inline suppressions
 * (which add warnings about themselves).
 */
export function filterFindings(
  located: readonly Located[],
  check: CheckConfig,
  run: ModuleRun,
  config: Config,
  current: Source,
  image: Image,
  rules: readonly Rule[],
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const ignored = applyIgnores(located, check, { root: run.root, ignoreBase: run.ignoreBase, globs: config.format === "protoguard" });
  const suppressions = new Suppressions(mayHoldDirectives(current), textOf(current));
  const own = image.files.filter((f) => !f.isImport);
  const outcome = applySuppressions(
    ignored.kept,
    suppressions,
    own,
    new Set(rules.map((r) => r.id)),
    RULES.map((r) => r.id),
    (file) => displayPath(current.display, file.path),
  );
  const suppressed: SuppressedFinding[] = [
    ...ignored.suppressed,
    ...outcome.suppressed.map(({ located: l, directive: d }) => ({
      ...l.finding,
      suppression: {
        by: "comment" as const,
        ...(d.reason === "" ? {} : { reason: d.reason }),
        at: `${displayPath(current.display, d.subject.file.path)}:${d.line}:${d.column}`,
      },
    })),
  ];
  // Warnings about directives go through the same path ignores as findings.
  const warnings = applyIgnores(
    outcome.warnings.map((finding) => ({ finding, current: { file: image.filesByPath.get(finding.path) as FileEl, element: undefined }, previous: undefined })),
    { ...check, ignoreOnly: [], ignoreUnstablePackages: false },
    { root: run.root, ignoreBase: run.ignoreBase, globs: config.format === "protoguard" },
  ).kept.map((l) => l.finding);
  return { findings: [...outcome.kept.map((l) => l.finding), ...warnings], suppressed };
}

/** Compares one module of the current schema with the previous version. */
async function compareModule(
  options: CheckOptions,
  against: string,
  prepared: Awaited<ReturnType<typeof prepare>>,
  run: ModuleRun,
  caches: { parse: ParseCache; images: ImageCache },
): Promise<ModuleOutcome> {
  const { config, inputDir, reader, include } = prepared;
  const stage = options.onProgress ?? (() => {});
  const { rules, warnings } = rulesOf(run.breaking, { use: refs(options.use, "--use"), except: refs(options.except, "--except") });
  const spec = runSpec(options, inputDir, run);
  stage(`reading ${spec}`);
  const current = withoutExcluded(options.staged ? await reader.readStaged(spec) : await reader.read(spec, "input"), run);
  // A previous directory has the same layout: a module is the same subdirectory of it.
  const sub = inputDir === undefined ? "" : relative(inputDir, run.root);
  const againstDir = sub !== "" ? inputDirectory(options.cwd, against) : undefined;
  const againstSpec = againstDir === undefined ? against : moduleSpec(options.cwd, `${againstDir}/${sub}`);
  stage(`reading ${againstSpec}`);
  const previous = withoutExcluded(await reader.read(againstSpec, "--against", current), run);
  stage("parsing the current schema");
  const currentImage = loadImage(current, { include, cache: caches.parse, images: caches.images, side: "current" });
  stage("parsing the previous schema");
  const previousImage = loadImage(previous, { include, cache: caches.parse, images: caches.images, side: "previous" });
  stage("comparing");
  const comparison = compareImages(previousImage, currentImage);
  const located = runRulesLocated(
    comparison,
    rules,
    { current: current.display, previous: previous.display },
    severityOf(run.breaking),
    config.versions,
  );
  const filtered = filterFindings(located, run.breaking, run, config, current, currentImage, rules);
  const prefix = modulePrefix(inputDir, run);
  return {
    findings: filtered.findings.map((f) => rebase(f, prefix)),
    suppressed: filtered.suppressed.map((f) => rebase(f, prefix)),
    rules,
    warnings,
    current,
    previous,
    image: currentImage,
    prefix,
  };
}

/** Runs the breaking check over every module of the input. */
export async function checkBreaking(
  options: CheckOptions,
  against: string,
): Promise<{ config: Config; runs: readonly ModuleRun[]; outcomes: ModuleOutcome[] }> {
  const prepared = await prepare(options);
  const caches = { parse: createParseCache(), images: createImageCache() };
  const outcomes: ModuleOutcome[] = [];
  for (const run of prepared.runs) outcomes.push(await compareModule(options, against, prepared, run, caches));
  return { config: prepared.config, runs: prepared.runs, outcomes };
}

/** The rule names in effect, for the report's header: `--use`, else the configuration's, else the default. */
export function ruleNames(options: CheckOptions, config: Config, runs: readonly ModuleRun[], section: "breaking" | "lint"): string[] {
  if (options.use !== undefined && options.use.length > 0) return [...options.use];
  const check = runs[0]?.[section] ?? config.fallback[section];
  return (check.use ?? check.universe.defaultUse.map((name) => ({ name }))).map((r) => r.name);
}

/** An empty previous version, for rules that read only the current one. */
export function aloneComparison(current: Image, images: ImageCache): Comparison {
  return compareImages(buildImage([], images), current);
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
    rules: RULES.filter((r) => rules.has(r.id)),
    warnings: [...new Set(outcomes.flatMap((o) => o.warnings))],
  };
}

/** `// buf:lint:ignore RULE_ID` in a leading comment of the finding's element (buf lint's comment ignores). */
function bufLintIgnored(l: Located): boolean {
  if (l.current === undefined) return false;
  const { file, element } = l.current;
  const paths = element === undefined ? [[FILE.package], [FILE.syntax], [FILE.edition]] : [element.path];
  return paths.some((path) =>
    (file.leadingComments(path) ?? "")
      .split("\n")
      .some((line) => {
        const words = line.trim().split(/\s+/);
        return words[0] === "buf:lint:ignore" && words[1] === l.finding.rule;
      }),
  );
}

/**
 * Runs the rules that read only the current version over every module of the
 * input: with a buf.yaml, the `lint:` section decides (and buf's comment
 * ignores count when it allows them); otherwise the configuration's rules.
 */
export async function checkLint(options: CheckOptions): Promise<{ config: Config; runs: readonly ModuleRun[]; outcomes: ModuleOutcome[] }> {
  const prepared = await prepare(options);
  const { config, inputDir, reader, include } = prepared;
  const caches = { parse: createParseCache(), images: createImageCache() };
  const stage = options.onProgress ?? (() => {});
  const outcomes: ModuleOutcome[] = [];
  for (const run of prepared.runs) {
    const selected = rulesOf(run.lint, { use: refs(options.use, "--use"), except: refs(options.except, "--except") });
    const rules = selected.rules.filter((r) => r.singleVersion === true);
    const spec = runSpec(options, inputDir, run);
    stage(`reading ${spec}`);
    const current = withoutExcluded(options.staged ? await reader.readStaged(spec) : await reader.read(spec, "input"), run);
    stage("parsing the schema");
    const image = loadImage(current, { include, cache: caches.parse, images: caches.images, side: "current" });
    const located = runRulesLocated(
      aloneComparison(image, caches.images),
      rules,
      { current: current.display, previous: "" },
      severityOf(run.lint),
      config.versions,
    ).filter((l) => !(run.lint.commentIgnores && bufLintIgnored(l)));
    const filtered = filterFindings(located, run.lint, run, config, current, image, rules);
    const prefix = modulePrefix(inputDir, run);
    outcomes.push({
      findings: filtered.findings.map((f) => rebase(f, prefix)),
      suppressed: filtered.suppressed.map((f) => rebase(f, prefix)),
      rules,
      warnings: selected.warnings,
      current,
      previous: undefined,
      image,
      prefix,
    });
  }
  return { config, runs: prepared.runs, outcomes };
}
