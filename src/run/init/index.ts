import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { loadConfigFile } from "../../config/find.js";
import { convertedConfigText, defaultConfigText } from "../../config/init.js";
import { InputError } from "../../model/errors.js";
import { CATALOGUE } from "../catalogue.js";
import { packageVersion } from "../version.js";
import { planHook, type HookKind, type PlannedFile } from "./hooks.js";
import { findSchemaLayout } from "./layout.js";
import { workflowText } from "./workflow.js";

export { HOOK_COMMAND, HOOK_KINDS, type HookKind, type PlannedFile } from "./hooks.js";
export { findSchemaLayout, type SchemaLayout } from "./layout.js";
export { workflowText } from "./workflow.js";

/** What `init` is asked for, as the library takes it. */
export interface InitOptions {
  /** The directory to set up (default "."), relative to `cwd`: the repository's top, where protoguard.yaml and the hook files go. */
  readonly dir?: string;
  /** Directory `dir` is relative to, and files are named from in messages (default process.cwd()). */
  readonly cwd?: string;
  /** Overwrite protoguard.yaml and the workflow when they exist. */
  readonly force?: boolean;
  /** Also add the git hook for this hook manager (merged into its existing file). */
  readonly hook?: HookKind;
  /** Also write the pull request workflow. */
  readonly githubAction?: boolean;
  /** Plan only: write nothing (the CLI's --print). */
  readonly dryRun?: boolean;
}

/** The options with everything decided: absolute directories and protoguard's version. */
interface Settled {
  readonly dir: string;
  readonly cwd: string;
  /** protoguard's version, for the pre-commit `rev` (unknown only outside a package). */
  readonly version: string | undefined;
  readonly force?: boolean;
  readonly hook?: HookKind;
  readonly githubAction?: boolean;
}

export interface InitPlan {
  readonly files: readonly PlannedFile[];
  /** One sentence per file: what is written, updated or left as it is. */
  readonly said: readonly string[];
  /** What to run next, one line each. */
  readonly next: readonly string[];
}

const WORKFLOW = ".github/workflows/protoguard.yml";

/** protoguard.yaml for the schema as it is laid out below the directory, and the sentence that reports it. */
function configFile(options: Settled, keepExisting: boolean): { file?: PlannedFile; said: string } {
  const path = "protoguard.yaml";
  const name = shown(options, path);
  const exists = existsSync(join(options.dir, path));
  if (exists && options.force !== true) {
    if (keepExisting) return { said: `${name} exists already: kept as it is.` };
    throw new InputError(`${name} exists already (--force overwrites it)`);
  }
  const status = exists ? "update" : "create";
  const wrote = `${exists ? "Overwrote" : "Wrote"} ${name}`;
  const layout = findSchemaLayout(options.dir);
  switch (layout.kind) {
    case "buf.yaml":
      return {
        file: { path, status, text: convertedConfigText(loadConfigFile(layout.file, options.cwd, CATALOGUE)) },
        said: `${wrote}, converted from ${shown(options, "buf.yaml")}.`,
      };
    case "buf.work.yaml":
      return {
        file: { path, status, text: defaultConfigText(layout.roots) },
        said: `${wrote}, with the directories of ${shown(options, "buf.work.yaml")} as roots: ${names(layout.roots)}.`,
      };
    case "directories": {
      const roots = layout.roots.filter((r) => r !== ".");
      return {
        file: { path, status, text: defaultConfigText(roots) },
        said: roots.length === 0 ? `${wrote}.` : `${wrote}, with the schema in ${names(roots)}.`,
      };
    }
    default:
      return layout satisfies never;
  }
}

/** The top of the git repository a directory is in (the nearest directory above it with a .git), if any. */
function gitTop(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** Directory names as printed: quoted when they hold anything but letters, digits and `_ . / -`. */
function names(dirs: readonly string[]): string {
  return dirs.map((d) => (/^[\w./-]+$/.test(d) ? d : JSON.stringify(d))).join(", ");
}

function shown(options: Settled, path: string): string {
  return relative(options.cwd, join(options.dir, path)) || path;
}

function workflow(options: Settled): PlannedFile {
  const layout = findSchemaLayout(options.dir);
  const text = workflowText(layout.kind === "buf.yaml" ? ["."] : layout.roots);
  if (!existsSync(join(options.dir, WORKFLOW))) return { path: WORKFLOW, text, status: "create" };
  if (options.force === true) return { path: WORKFLOW, text, status: "update" };
  throw new InputError(`${shown(options, WORKFLOW)} exists already (--force overwrites it, --print shows what would be written)`);
}

/**
 * What `protoguard init` writes, without writing it: protoguard.yaml (kept
 * when it exists and an integration is asked for), the hook's files and the
 * workflow. Throws InputError (exit 2) rather than overwrite a file it cannot
 * merge into.
 */
function planInit(options: Settled): InitPlan {
  const integrations = options.hook !== undefined || options.githubAction === true;
  const top = gitTop(options.dir);
  if (integrations && top !== undefined && top !== options.dir) {
    throw new InputError(
      `${options.hook !== undefined ? "--hook" : "--github-action"} writes files at the top of the git repository, ${relative(options.cwd, top) || "."}: run protoguard init there`,
    );
  }
  const config = configFile(options, integrations);
  const files: PlannedFile[] = config.file ? [config.file] : [];
  const next: string[] = [];
  if (options.hook !== undefined) {
    const hook = planHook(options.dir, options.hook, options.version);
    files.push(...hook.files);
    next.push(...hook.notes);
  }
  if (options.githubAction === true) {
    files.push(workflow(options));
    next.push(`Next: commit ${WORKFLOW}; pull requests that change the schema are checked from then on.`);
  }
  const said = [config.said];
  for (const file of files) {
    if (file.path === "protoguard.yaml") continue;
    const name = shown(options, file.path);
    if (file.status === "unchanged") said.push(`${name} has what protoguard needs already: left as it is.`);
    else said.push(`${file.status === "create" ? "Wrote" : "Updated"} ${name}.`);
  }
  return { files, said, next };
}

/** Writes the files of a plan that change. */
function writePlan(plan: InitPlan, options: Settled): void {
  for (const file of plan.files) {
    if (file.status === "unchanged") continue;
    const target = join(options.dir, file.path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text, file.path === ".husky/pre-commit" ? { mode: 0o755 } : {});
    } catch (err) {
      throw new InputError(`cannot write ${shown(options, file.path)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/**
 * Sets a repository up: protoguard.yaml for the schema as it is laid out
 * (converted from its buf.yaml, or with the roots of its buf.work.yaml or
 * the directories that hold .proto files), and the hook or workflow asked
 * for. Returns the plan, written unless `dryRun`. Throws InputError (exit 2)
 * rather than overwrite a file it cannot merge into.
 */
export function init(options: InitOptions = {}): InitPlan {
  const cwd = options.cwd ?? process.cwd();
  const settled: Settled = {
    dir: resolve(cwd, options.dir ?? "."),
    cwd,
    version: packageVersion(),
    ...(options.force === undefined ? {} : { force: options.force }),
    ...(options.hook === undefined ? {} : { hook: options.hook }),
    ...(options.githubAction === undefined ? {} : { githubAction: options.githubAction }),
  };
  const plan = planInit(settled);
  if (options.dryRun !== true) writePlan(plan, settled);
  return plan;
}
