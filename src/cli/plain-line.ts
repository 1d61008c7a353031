import { OPTIONS, type Args, type OptionName } from "./options.js";

/** The arguments a command takes, for reading a plain command line of it (see readPlainLine). */
export interface PlainLine {
  /** The positional argument and its default (`input`, `.`). */
  readonly positional: { readonly name: string; readonly default: string };
  /** The shared options the command takes (see OPTIONS). */
  readonly options: readonly OptionName[];
}

/** A positional yargs might read as a number, or an empty one: left to yargs. */
const NUMBER_LIKE = /^[+-]?(?:\d|\.\d)/;
/** A count, as `--last` takes it, written as yargs reads it to the same number. */
const COUNT = /^[1-9]\d{0,14}$/;

/**
 * The arguments of a plain command line, read without yargs, or undefined for
 * any other line, which yargs then reads: setting up yargs and its commands
 * and parsing takes about 6 ms, a tenth of a small check's whole run.
 *
 * A plain line is the command's name, at most one positional and the
 * command's options, each once: `--name value`, `--name=value` or, with an
 * option's one-letter alias, `-f value`; a boolean as `--name` alone. A value
 * is one of the option's choices when it has them, a count for a number,
 * and never starts with `-`. Everything else is left to yargs, which answers
 * as it always did (help, a usage error, lists, `--no-trailers`, `--`,
 * camel-cased names, a repeated option, a value it would read as a number).
 * The arguments are those yargs gives the command: every option given, the
 * defaults of those not given, and the positional (test/cli-plain-line.test.ts
 * compares the two on many lines).
 */
export function readPlainLine(argv: readonly string[], name: string, line: PlainLine): Args | undefined {
  if (argv[0] !== name) return undefined;
  const flags = new Map<string, OptionName>();
  for (const option of line.options) {
    flags.set(`--${option}`, option);
    const alias = (OPTIONS[option] as { readonly alias?: string }).alias;
    if (alias !== undefined) flags.set(`-${alias}`, option);
  }
  const given = new Map<OptionName, unknown>();
  let positional: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("-")) {
      if (positional !== undefined || arg === "" || NUMBER_LIKE.test(arg)) return undefined;
      positional = arg;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = flags.get(eq < 0 ? arg : arg.slice(0, eq));
    if (option === undefined || given.has(option)) return undefined;
    const spec = OPTIONS[option] as { readonly type?: string; readonly array?: boolean; readonly choices?: readonly string[] };
    if (spec.array === true) return undefined;
    if (spec.type === "boolean") {
      // yargs reads `--staged false` as false, and `--staged=...` by its value.
      const next = argv[i + 1];
      if (eq >= 0 || next === "true" || next === "false") return undefined;
      given.set(option, true);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i] as string;
    else return undefined;
    if (value.startsWith("-")) return undefined;
    if (spec.choices !== undefined) {
      if (!spec.choices.includes(value)) return undefined;
      given.set(option, value);
    } else if (spec.type === "number") {
      if (!COUNT.test(value)) return undefined;
      given.set(option, Number(value));
    } else if (spec.type === "string") {
      given.set(option, value);
    } else {
      return undefined;
    }
  }
  const args: Record<string, unknown> = { [line.positional.name]: positional ?? line.positional.default };
  for (const option of line.options) {
    const value = given.has(option) ? given.get(option) : (OPTIONS[option] as { readonly default?: unknown }).default;
    if (value !== undefined) args[option] = value;
  }
  return args;
}
