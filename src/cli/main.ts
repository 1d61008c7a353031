import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yargs from "yargs";
import { RULES, RULES_BY_ID, ruleDocPath } from "../../rules/index.js";
import { levelOf, rulesOf } from "../config/apply.js";
import { loadConfigFile, resolveConfig } from "../config/find.js";
import { convertedConfigText, defaultConfigText } from "../config/init.js";
import { DEFAULT_USE, isDefaultRule } from "../config/select.js";
import { closest } from "../config/suggest.js";
import { SUPPRESSION_WARNINGS, suppressionDocPath } from "../config/suppress.js";
import { ConfigError } from "../config/yaml.js";
import { InputError, UsageError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import { breaking, lint, snapshot } from "../index.js";
import { SchemaError } from "../run/load.js";
import { palette, wantsColor } from "../report/color.js";
import { FORMATS, formatReport, type Format } from "../report/index.js";
import { ciWorkspace, relativeToWorkspace, ROOT_RELATIVE_FORMATS } from "../report/workspace.js";

/** Where the CLI writes; injectable for tests. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** How long a run goes before progress is shown on a terminal (default 1000 ms). */
  readonly progressDelayMs?: number;
}

/** protoguard's version, from the package.json above this module (sources, build or bundle). */
export function packageVersion(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "protoguard") return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Writes a report to a file (`--output`), or to standard output for none or "-". */
function writeOutput(output: unknown, text: string, io: Io): void {
  if (output === undefined || output === "-") {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, String(output)), text);
  } catch (err) {
    throw new InputError(`cannot write ${String(output)}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Progress on stderr, only on a terminal and only once a run has taken a
 * while: the stage being worked on, overwritten in place and cleared at the end.
 */
function progress(io: Io): { stage(name: string): void; done(): void } {
  if (io.stderr.isTTY !== true) return { stage: () => {}, done: () => {} };
  const start = Date.now();
  const delay = io.progressDelayMs ?? 1000;
  let current = "";
  let shown = false;
  const show = (): void => {
    if (current === "" || Date.now() - start < delay) return;
    io.stderr.write(`\r\u001b[Kprotoguard: ${current}…`);
    shown = true;
  };
  const timer = setInterval(show, 250);
  timer.unref();
  return {
    stage(name) {
      current = name;
      show();
    },
    done() {
      clearInterval(timer);
      if (shown) io.stderr.write("\r\u001b[K");
    },
  };
}

/** Splits repeated and comma-separated list options: `--use FILE,WIRE --use X`. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

/** Every long option of every command: what a mistyped flag is matched against. */
const FLAGS = [
  "against",
  "staged",
  "format",
  "output",
  "use",
  "except",
  "include",
  "config",
  "fail-on",
  "show-suppressed",
  "force",
  "help",
  "version",
];

/** Adds "did you mean" to yargs' unknown-argument message: `Unknown argument: --formt (did you mean --format?)`. */
function suggestFlag(message: string): string {
  const match = /^Unknown arguments?: (.+)$/.exec(message);
  if (match === null) return message;
  const all = (match[1] as string).split(", ");
  // yargs names a hyphenated flag twice, also camel-cased (fail-on, failOn).
  const kebab = (n: string): string => n.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
  const names = all.filter((n) => !/[A-Z]/.test(n) || !all.includes(kebab(n)));
  const parts = names.map((name) => {
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    const hint = name.length > 1 ? closest(name, FLAGS) : undefined;
    return hint === undefined ? flag : `${flag} (did you mean --${hint}?)`;
  });
  return `${names.length === 1 ? "unknown option" : "unknown options"}: ${parts.join(", ")}`;
}

async function runBreaking(args: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(args["format"]) as Format;
  const staged = args["staged"] === true;
  const against = args["against"] === undefined ? undefined : String(args["against"]);
  if (against === undefined && !staged) throw new UsageError("Missing required argument: against");
  const shown = progress(io);
  let result;
  try {
    result = await breaking({
      input: String(args["input"] ?? "."),
      ...(against === undefined ? {} : { against }),
      staged,
      use: list(args["use"]),
      except: list(args["except"]),
      include: list(args["include"]),
      ...(args["config"] === undefined ? {} : { config: String(args["config"]) }),
      cwd: io.cwd,
      onProgress: shown.stage,
    });
  } finally {
    shown.done();
  }
  for (const w of result.warnings) io.stderr.write(`protoguard: ${w}\n`);
  const { current, against: previous } = result.inputs;
  const workspace = ciWorkspace(io.env);
  const rooted = workspace !== undefined && current.kind === "dir" && ROOT_RELATIVE_FORMATS.includes(format);
  const findings = rooted ? relativeToWorkspace(result.findings, io.cwd, workspace) : result.findings;
  const suppressed = rooted ? relativeToWorkspace(result.suppressed, io.cwd, workspace) : result.suppressed;
  const positionsUnknown = [
    ...(current.positionsKnown ? [] : ["current" as const]),
    ...(previous.positionsKnown ? [] : ["previous" as const]),
  ];
  const version = packageVersion();
  const context = {
    filesCompared: result.filesCompared,
    against: previous.description,
    input: current.description,
    positionsUnknown,
    sources: result.sources,
    packages: result.packages,
    previousPackages: result.previousPackages,
    versions: result.versions,
    ...(current.kind === "dir" && !staged ? { bufInput: String(args["input"] ?? ".") } : {}),
    rules: result.rules,
    suppressed,
    showSuppressed: args["show-suppressed"] === true,
    ...(version === undefined ? {} : { version }),
  };
  const toFile = args["output"] !== undefined && args["output"] !== "-";
  if (format === "text") {
    const c = palette(!toFile && wantsColor(io.stdout, io.env));
    const configured = result.config.file === undefined ? "" : ` (${result.config.file})`;
    const header =
      result.findings.length > 0
        ? c.dim(
            `protoguard breaking: ${current.description} against ${previous.description}, ${result.filesCompared} files, rules: ${result.use.join(", ")}${configured}\n\n`,
          )
        : "";
    writeOutput(args["output"], header + formatReport("text", result.findings, context, c), io);
  } else {
    writeOutput(args["output"], formatReport(format, findings, context), io);
  }
  return exitCode(result.findings, args["fail-on"]);
}

/** 1 when a finding is at or above `--fail-on` (error: errors only; warning: any finding), else 0. */
function exitCode(findings: readonly Finding[], failOn: unknown): number {
  const failing = failOn === "warning" ? findings : findings.filter((f) => f.severity === "error");
  return failing.length > 0 ? 1 : 0;
}

async function runSnapshot(args: Record<string, unknown>, io: Io): Promise<number> {
  const result = await snapshot({
    input: String(args["input"] ?? "."),
    staged: args["staged"] === true,
    include: list(args["include"]),
    cwd: io.cwd,
  });
  const output = args["output"] === undefined ? undefined : String(args["output"]);
  writeOutput(output, result.json, io);
  if (output === undefined || output === "-") return 0;
  const files = `${result.files} ${result.files === 1 ? "file" : "files"}`;
  io.stdout.write(`Wrote ${output}: ${files} of ${result.input.description}.\n`);
  return 0;
}

/** The rules under the configuration in effect: default set, severity (off: not selected), origin. */
function runRulesList(args: Record<string, unknown>, io: Io): number {
  const config = resolveConfig({
    cwd: io.cwd,
    start: io.cwd,
    ...(args["config"] === undefined ? {} : { config: String(args["config"]) }),
  });
  const check = config.modules[0]?.breaking ?? config.fallback.breaking;
  const running = new Set(rulesOf(check).rules);
  const rows = RULES.map((r) => ({
    id: r.id,
    categories: r.categories,
    default: isDefaultRule(r),
    severity: running.has(r) ? levelOf(r, check) : ("off" as const),
    origin: r.origin ?? "buf",
    summary: r.summary,
  }));
  if (args["format"] === "json") {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  const origin = (o: string): string => (o === "buf-lint" ? "buf lint" : o);
  for (const r of rows) {
    const mark = r.default ? "*" : " ";
    io.stdout.write(
      `${mark} ${r.id.padEnd(width)}  ${r.categories.join(",").padEnd(32)}  ${r.severity.padEnd(7)}  ${origin(r.origin).padEnd(10)}  ${r.summary}\n`,
    );
  }
  const under = config.file === undefined ? "no configuration file" : config.display;
  io.stdout.write(`\n* on by default (categories ${DEFAULT_USE.join(" and ")}); severity as configured (${under}), off when not run.\n`);
  return 0;
}

async function runLint(args: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(args["format"]) as Format;
  const result = await lint({
    input: String(args["input"] ?? "."),
    staged: args["staged"] === true,
    use: list(args["use"]),
    except: list(args["except"]),
    include: list(args["include"]),
    ...(args["config"] === undefined ? {} : { config: String(args["config"]) }),
    cwd: io.cwd,
  });
  for (const w of result.warnings) io.stderr.write(`protoguard: ${w}\n`);
  const version = packageVersion();
  const context = {
    filesCompared: result.filesChecked,
    against: "(none: lint reads one version)",
    input: result.input.description,
    lint: true,
    sources: result.sources,
    rules: result.rules,
    suppressed: result.suppressed,
    showSuppressed: args["show-suppressed"] === true,
    ...(version === undefined ? {} : { version }),
  };
  const toFile = args["output"] !== undefined && args["output"] !== "-";
  if (format === "text") {
    const c = palette(!toFile && wantsColor(io.stdout, io.env));
    const text =
      result.findings.length === 0
        ? `No problems: ${result.filesChecked} ${result.filesChecked === 1 ? "file" : "files"} checked with ${result.rules.map((r) => r.id).join(", ") || "no rules"}.\n`
        : formatReport("text", result.findings, context, c);
    writeOutput(args["output"], text, io);
  } else {
    writeOutput(args["output"], formatReport(format, result.findings, context), io);
  }
  return exitCode(result.findings, args["fail-on"]);
}

function runInit(args: Record<string, unknown>, io: Io): number {
  const dir = resolve(io.cwd, String(args["dir"] ?? "."));
  const target = join(dir, "protoguard.yaml");
  if (existsSync(target) && args["force"] !== true) {
    throw new InputError(`${relative(io.cwd, target) || "protoguard.yaml"} exists already (--force overwrites it)`);
  }
  const buf = join(dir, "buf.yaml");
  const text = existsSync(buf) ? convertedConfigText(loadConfigFile(buf, io.cwd)) : defaultConfigText();
  try {
    writeFileSync(target, text);
  } catch (err) {
    throw new InputError(`cannot write ${target}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const shown = relative(io.cwd, target) || "protoguard.yaml";
  io.stdout.write(existsSync(buf) ? `Wrote ${shown}, converted from ${relative(io.cwd, buf) || "buf.yaml"}.\n` : `Wrote ${shown}.\n`);
  return 0;
}

function runExplain(args: Record<string, unknown>, io: Io): number {
  const id = String(args["rule"]).toUpperCase();
  const warning = SUPPRESSION_WARNINGS.some((w) => w.id === id);
  if (!RULES_BY_ID.has(id) && !warning) {
    const hint = closest(id, [...RULES_BY_ID.keys(), ...SUPPRESSION_WARNINGS.map((w) => w.id)]);
    throw new UsageError(`unknown rule "${String(args["rule"])}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
  }
  io.stdout.write(readFileSync(warning ? suppressionDocPath(id) : ruleDocPath(id), "utf8"));
  return 0;
}

/** Runs the CLI; returns the exit code: 0 clean, 1 breaking changes, 2 bad usage or input. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const cli = yargs([...argv])
    .scriptName("protoguard")
    .usage("$0 <command> [options]\n\nGuards Protocol Buffers contracts: finds breaking changes between two versions of a schema.")
    .command(
      "breaking [input]",
      "Compare a schema with a previous version and report breaking changes.",
      (y) =>
        y
          .positional("input", {
            type: "string",
            default: ".",
            describe: "The current schema: a directory, a descriptor set or a git revision.",
          })
          .option("against", {
            type: "string",
            describe:
              "The previous schema: a directory, a git revision (main, HEAD~1, v1.2.0, main...HEAD for the merge base, .git#branch=main,subdir=proto), a descriptor set (.binpb, .pb, .bin, .json) or a snapshot. Required unless --staged.",
          })
          .option("staged", {
            type: "boolean",
            describe: "Compare what is staged in the git index (what git commit would record) below INPUT; --against defaults to HEAD.",
          })
          .option("format", {
            alias: "f",
            choices: FORMATS,
            default: "text" as const,
            describe:
              "Output format: text for people; json; github (workflow annotations); sarif (code scanning); junit; gitlab (code quality); markdown (a pull request comment); buf-json (buf's JSON lines).",
          })
          .option("output", { alias: "o", type: "string", describe: "Write the report to this file instead of standard output." })
          .option("use", { type: "string", array: true, describe: "Rule IDs or categories to run (default FILE)." })
          .option("except", { type: "string", array: true, describe: "Rule IDs or categories to leave out." })
          .option("include", { alias: "I", type: "string", array: true, describe: "Extra import paths." })
          .option("config", {
            type: "string",
            describe:
              "Configuration file (protoguard.yaml, package.json or buf.yaml) instead of the one found from INPUT upward to the repository root.",
          })
          .option("fail-on", {
            choices: ["error", "warning"] as const,
            default: "error" as const,
            describe: "What makes the exit code 1: error (breaking changes) or warning (any finding, warnings included).",
          })
          .option("show-suppressed", {
            type: "boolean",
            describe: "List the findings that protoguard:ignore comments or the configuration's ignores suppressed (in SARIF: as suppressed results).",
          })
          .example("$0 breaking proto --against main", "Compare proto/ with proto/ on the main branch.")
          .example("$0 breaking --against main...HEAD", "Compare with the merge base, as a pull request is.")
          .example("$0 breaking --staged", "Compare the staged schema with HEAD (a pre-commit hook).")
          .example("$0 breaking proto --against ../old/proto", "Compare two directories.")
          .example("$0 breaking . --against proto.lock.json --use WIRE_JSON", "Compare with a snapshot, wire and JSON rules only.")
          .example("$0 breaking . --against main --format json", "Machine-readable output.")
          .example("$0 breaking proto --against main... -f sarif -o protoguard.sarif", "A SARIF file for GitHub code scanning."),
      async (args) => {
        code = await runBreaking(args, io);
      },
    )
    .command(
      "snapshot [input]",
      "Write a schema as a snapshot: a deterministic JSON descriptor set to commit and compare with later.",
      (y) =>
        y
          .positional("input", {
            type: "string",
            default: ".",
            describe: "The schema: a directory, a git revision or a descriptor set.",
          })
          .option("output", { alias: "o", type: "string", describe: "File to write (default: standard output)." })
          .option("staged", { type: "boolean", describe: "Snapshot what is staged in the git index below INPUT." })
          .option("include", { alias: "I", type: "string", array: true, describe: "Extra import paths." })
          .example("$0 snapshot proto -o proto.lock.json", "Snapshot proto/; later: breaking proto --against proto.lock.json.")
          .example("$0 snapshot v1.2.0 -o v1.2.0.json", "Snapshot the schema as of a tag."),
      async (args) => {
        code = await runSnapshot(args, io);
      },
    )
    .command(
      "lint [input]",
      "Check one version of a schema with the rules that need no previous version (package versions).",
      (y) =>
        y
          .positional("input", {
            type: "string",
            default: ".",
            describe: "The schema: a directory, a descriptor set or a git revision.",
          })
          .option("staged", { type: "boolean", describe: "Check what is staged in the git index below INPUT." })
          .option("format", { alias: "f", choices: FORMATS, default: "text" as const, describe: "Output format, as for breaking." })
          .option("output", { alias: "o", type: "string", describe: "Write the report to this file instead of standard output." })
          .option("use", { type: "string", array: true, describe: "Rule IDs or categories (default: the configuration's)." })
          .option("except", { type: "string", array: true, describe: "Rule IDs or categories to leave out." })
          .option("include", { alias: "I", type: "string", array: true, describe: "Extra import paths." })
          .option("config", { type: "string", describe: "Configuration file instead of the one found from INPUT upward." })
          .option("fail-on", {
            choices: ["error", "warning"] as const,
            default: "error" as const,
            describe: "What makes the exit code 1: error or warning (any finding).",
          })
          .option("show-suppressed", { type: "boolean", describe: "List the findings that comments or ignores suppressed." })
          .example("$0 lint proto", "Every package in proto/ must end in a version (acme.orders.v1).")
          .example("$0 lint --config buf.yaml", "PACKAGE_VERSION_SUFFIX as buf lint runs it, when the lint section enables it."),
      async (args) => {
        code = await runLint(args, io);
      },
    )
    .command(
      "init [dir]",
      "Write a commented protoguard.yaml, or convert the buf.yaml beside it.",
      (y) =>
        y
          .positional("dir", { type: "string", default: ".", describe: "Where to write protoguard.yaml." })
          .option("force", { type: "boolean", describe: "Overwrite an existing protoguard.yaml." })
          .example("$0 init", "protoguard.yaml with every key and its default, commented.")
          .example("$0 init proto", "Converts proto/buf.yaml's breaking section, if there is one."),
      (args) => {
        code = runInit(args, io);
      },
    )
    .command(
      "rules",
      "List every rule with its categories, whether it is on by default, its severity, origin and summary.",
      (y) =>
        y
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const, describe: "Output format." })
          .option("config", { type: "string", describe: "Show severities under this configuration file." })
          .example("$0 rules", "Every rule; * marks the default set (FILE and VERSIONING).")
          .example("$0 rules --format json", "The same as JSON, for tools."),
      (args) => {
        code = runRulesList(args, io);
      },
    )
    .command(
      "explain <rule>",
      "Print a rule's documentation: why it breaks, a bad and a good example.",
      (y) =>
        y
          .positional("rule", { type: "string", demandOption: true, describe: "A rule ID, e.g. FIELD_NO_DELETE (any case)." })
          .example("$0 explain FIELD_NO_DELETE", "Why deleting a field breaks clients, and what to do instead.")
          .example("$0 explain field_same_type", "IDs are matched in any case."),
      (args) => {
        code = runExplain(args, io);
      },
    )
    .epilogue(
      "Exit codes: 0 no breaking changes, 1 breaking changes found (or any finding with --fail-on warning), 2 bad usage or bad input.\nRule docs: protoguard explain RULE_ID",
    )
    .demandCommand(1, "Name a command: breaking, lint, snapshot, init, rules or explain.")
    .recommendCommands()
    .strict()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(suggestFlag(msg));
    });
  try {
    let printed = "";
    await cli.parseAsync([...argv], {}, (_err, _argv, output) => {
      printed = output;
    });
    if (printed !== "") io.stdout.write(printed.endsWith("\n") ? printed : `${printed}\n`);
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`protoguard: ${err.message}\nRun "protoguard --help" for usage.\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`${err.message}\nprotoguard: the configuration is not valid (exit 2)\n`);
      return 2;
    }
    if (err instanceof SchemaError) {
      io.stderr.write(`${err.message}\nprotoguard: cannot compare: the ${err.side} schema does not compile (exit 2)\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`protoguard: ${err.message}\n`);
      return 2;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(
      `protoguard: internal error, please report it with the input that caused it:\n${detail}\n`,
    );
    return 2;
  }
}
