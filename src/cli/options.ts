import type { Argv, Options } from "yargs";
import { FAIL_ON, FORMATS, INPUT_FORMATS, parseFailOn, UsageError, type FailOn, type Format, type InputFormat } from "../index.js";
import { closest } from "../model/suggest.js";
import { isOneOf } from "../model/narrow.js";

/** The options the commands share, defined once; a command picks the ones it takes. */
export const OPTIONS = {
  against: {
    type: "string",
    describe:
      "The previous schema: a directory, a git revision (main, HEAD~1, v1.2.0, main...HEAD for the merge base, .git#branch=main,subdir=proto), a descriptor set (.binpb, .pb, .bin, .json) or a snapshot. Required unless --staged.",
  },
  "input-format": {
    choices: INPUT_FORMATS,
    describe: "pbjs: read INPUT as a protobufjs JSON bundle (by default its shape decides); a file that is not one is an error.",
  },
  "against-format": {
    choices: INPUT_FORMATS,
    describe: "pbjs: read --against as a protobufjs JSON bundle (by default its shape decides); a file that is not one is an error.",
  },
  "against-tags": {
    type: "string",
    describe:
      "Instead of --against: compare with every release tag matching this git tag pattern (v*), in version order, and report each break once with the releases it breaks.",
  },
  last: { type: "number", describe: "With --against-tags: compare with only the newest N matching tags." },
  staged: { type: "boolean", describe: "Read what is staged in the git index (what git commit would record) below INPUT." },
  format: {
    alias: "f",
    choices: FORMATS,
    default: "text",
    describe:
      "Output format: text for people; json; github (workflow annotations); sarif (code scanning); junit; gitlab (code quality); markdown (a pull request comment); buf-json (buf's JSON lines).",
  },
  output: { alias: "o", type: "string", describe: "Write to this file instead of standard output." },
  use: { type: "string", array: true, describe: "Rule IDs or categories to run, replacing the configuration's (default FILE and VERSIONING)." },
  except: { type: "string", array: true, describe: "Rule IDs or categories to leave out." },
  include: { alias: "I", type: "string", array: true, describe: "Extra import paths." },
  config: {
    type: "string",
    describe:
      "Configuration file (protoguard.yaml, package.json or buf.yaml) instead of the one found from INPUT upward to the repository root.",
  },
  "fail-on": {
    choices: FAIL_ON,
    default: "error",
    describe: "What makes the exit code 1: error (breaking changes), warning (any finding, warnings included) or never (report only).",
  },
  "show-suppressed": {
    type: "boolean",
    describe: "List the findings that protoguard:ignore comments or the configuration's ignores suppressed (in SARIF: as suppressed results).",
  },
  approvals: {
    type: "string",
    describe: "The approvals file (default: protoguard.approvals.yaml beside the configuration file, when there is one).",
  },
  trailers: {
    type: "boolean",
    default: true,
    describe: "Read Protoguard-Approve: trailers of the commits between --against and the input (--no-trailers: do not).",
  },
  evidence: {
    type: "boolean",
    describe: "Show, under each WIRE or WIRE_JSON finding, an example message the two versions read differently.",
  },
  force: { type: "boolean", describe: "Overwrite an existing protoguard.yaml." },
  "exit-code": { type: "boolean", describe: "Exit 1 when the change calls for a major version (some change is breaking under the selected rules)." },
} as const satisfies Record<string, Options>;

export type OptionName = keyof typeof OPTIONS;

/** Adds the named shared options to a command, with a command's own wording where it differs. */
export function withOptions<T>(y: Argv<T>, names: readonly OptionName[], describe: Partial<Record<OptionName, string>> = {}): Argv<T> {
  let out = y;
  for (const name of names) {
    const own = describe[name];
    out = out.option(name, own === undefined ? OPTIONS[name] : { ...OPTIONS[name], describe: own });
  }
  return out;
}

/** What `[input]` is when not given: the current directory. */
export const INPUT_DEFAULT = ".";

/** The `[input]` positional every reading command takes. */
export function withInput<T>(y: Argv<T>, describe: string): Argv<T> {
  return y.positional("input", { type: "string", default: INPUT_DEFAULT, describe });
}

/** Every long option of every command: what a mistyped flag is matched against. */
export const FLAGS: readonly string[] = [...Object.keys(OPTIONS), "help", "version"];

/** Parsed arguments, as a command reads them. */
export type Args = Readonly<Record<string, unknown>>;

export function stringArg(args: Args, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new UsageError(`--${name} takes one value`);
}

/** Splits repeated and comma-separated list options: `--use FILE,WIRE --use X`. */
export function listArg(args: Args, name: string): string[] {
  const value = args[name];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

/** `--last N`: a whole number of 1 or more, or undefined when not given. */
export function lastArg(args: Args): number | undefined {
  const value = args["last"];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError("--last takes a whole number of tags, 1 or more");
  }
  return value;
}

export function formatArg(args: Args): Format {
  const format = stringArg(args, "format") ?? "text";
  if (!isOneOf(FORMATS, format)) throw new UsageError(`--format ${JSON.stringify(format)}: not one of ${FORMATS.join(", ")}`);
  return format;
}

/** `--input-format` and `--against-format`, as the library's options. */
export function inputFormatArgs(args: Args): { inputFormat?: InputFormat; againstFormat?: InputFormat } {
  const format = (name: string): InputFormat | undefined => {
    const value = stringArg(args, name);
    if (value === undefined) return undefined;
    if (!isOneOf(INPUT_FORMATS, value)) throw new UsageError(`--${name} ${JSON.stringify(value)}: not one of ${INPUT_FORMATS.join(", ")}`);
    return value;
  };
  const input = format("input-format");
  const against = format("against-format");
  return { ...(input === undefined ? {} : { inputFormat: input }), ...(against === undefined ? {} : { againstFormat: against }) };
}

export function failOnArg(args: Args): FailOn {
  return parseFailOn(stringArg(args, "fail-on") ?? "", "--fail-on");
}

/**
 * Words yargs' unknown-argument message as protoguard does: an unknown flag
 * with "did you mean", and an extra positional as given (not as a flag):
 * `unknown option: --formt (did you mean --format?)`, `unexpected argument "5e218d9"`.
 */
export function usageMessage(message: string, argv: readonly string[]): string {
  const match = /^Unknown arguments?: (.+)$/.exec(message);
  if (match === null) return message;
  const all = (match[1] as string).split(", ");
  // yargs names a hyphenated flag twice, also camel-cased (fail-on, failOn).
  const kebab = (n: string): string => n.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
  const names = all.filter((n) => !/[A-Z]/.test(n) || !all.includes(kebab(n)));
  const given = (name: string): boolean => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`) || a === `-${name}`);
  const flags = names.filter(given);
  const positionals = names.filter((n) => !given(n));
  const parts: string[] = [];
  if (flags.length > 0) {
    const named = flags.map((name) => {
      const flag = name.length === 1 ? `-${name}` : `--${name}`;
      const hint = name.length > 1 ? closest(name, FLAGS) : undefined;
      return hint === undefined ? flag : `${flag} (did you mean --${hint}?)`;
    });
    parts.push(`${flags.length === 1 ? "unknown option" : "unknown options"}: ${named.join(", ")}`);
  }
  if (positionals.length > 0) {
    const quoted = positionals.map((p) => JSON.stringify(p)).join(", ");
    const hint = argv[0] === "breaking" ? " (breaking takes one INPUT; the previous version goes after --against)" : "";
    parts.push(`${positionals.length === 1 ? "unexpected argument" : "unexpected arguments"} ${quoted}${hint}`);
  }
  return parts.join("; ");
}
