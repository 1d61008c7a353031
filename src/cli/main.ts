import type { Argv } from "yargs";
import { FAILURE_EXIT_CODE, failureOf, InputError, version, type Failure } from "../index.js";
import { escapeTerminalLines } from "../report/escape.js";
import { HOMEPAGE } from "../report/links.js";
import type { Command } from "./command.js";
import { breakingCommand } from "./commands/breaking.js";
import { diffCommand } from "./commands/diff.js";
import { explainCommand } from "./commands/explain.js";
import { initCommand } from "./commands/init.js";
import { lintCommand } from "./commands/lint.js";
import { rulesCommand } from "./commands/rules.js";
import { ledgerCommand } from "./commands/ledger.js";
import { snapshotCommand } from "./commands/snapshot.js";
import type { Io } from "./io.js";
import { usageMessage, type Args } from "./options.js";
import { readPlainLine } from "./plain-line.js";
import { errorCode } from "../model/narrow.js";

export type { Io } from "./io.js";

const COMMANDS: readonly Command[] = [breakingCommand, diffCommand, snapshotCommand, ledgerCommand, lintCommand, initCommand, rulesCommand, explainCommand];

/** A usage problem yargs found (unknown flag, missing argument). */
class YargsUsage extends Error {}

/** What skipHelpBeforeCommands reaches inside yargs (not in its types). */
interface YargsInternals {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * yargs renders the whole help text each time it starts a command, to show
 * it should the command fail; protoguard never shows help for a failed
 * command (fail() below throws), so that text is not rendered. `--help` and
 * usage errors render theirs as before.
 */
function skipHelpBeforeCommands(cli: Argv): void {
  const usage = (cli as unknown as YargsInternals).getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage !== undefined) usage.cacheHelpMessage = () => undefined;
}

/**
 * How a failure is told on stderr: every failure ends with exit code 2.
 * Messages quote input (paths, tokens, configuration values), so they are
 * escaped for the terminal and for a CI runner reading the log.
 */
function failureText(failure: Failure, env: NodeJS.ProcessEnv): string {
  return escapeTerminalLines(failureLines(failure, env).replace(/\n$/, "")) + "\n";
}

function failureLines(failure: Failure, env: NodeJS.ProcessEnv): string {
  switch (failure.kind) {
    case "usage":
      return `protoguard: ${failure.message}\nRun "protoguard --help" for usage.\n`;
    case "config":
      return `${failure.message}\nprotoguard: the configuration is not valid (exit 2)\n`;
    case "schema":
      return `${failure.message}\nprotoguard: cannot compare: the ${failure.side} schema does not compile (exit 2)\n`;
    case "input":
      return `protoguard: ${failure.message}\n`;
    case "internal": {
      const detail = env["PROTOGUARD_DEBUG"] === "1" && failure.stack !== undefined ? `\n${failure.stack}` : "";
      return `protoguard: internal error (${failure.message.split("\n")[0]}); please report it at ${HOMEPAGE}/issues with the input that caused it (PROTOGUARD_DEBUG=1 shows the stack)${detail}\n`;
    }
    default:
      return failure satisfies never;
  }
}

/**
 * Runs the CLI; returns the exit code: 0 clean, 1 findings at or above
 * --fail-on, 2 bad usage or input. The one place errors become exit codes.
 * A plain command line (see readPlainLine) runs its command without yargs.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const plain = plainCommand(argv);
    if (plain !== undefined) return await plain.command.run(plain.args, io);
    let code = 0;
    const printed = await parseWithYargs(argv, async (command, args) => {
      code = await command.run(args, io);
    });
    if (printed !== "") io.stdout.write(printed.endsWith("\n") ? printed : `${printed}\n`);
    return code;
  } catch (err) {
    io.stderr.write(failureText(err instanceof YargsUsage ? { kind: "usage", message: err.message } : failureOf(err), io.env));
    return FAILURE_EXIT_CODE;
  }
}

/** The command of a plain command line and its arguments, or undefined when the line is for yargs. */
export function plainCommand(argv: readonly string[]): { command: Command; args: Args } | undefined {
  for (const command of COMMANDS) {
    if (command.plain === undefined) continue;
    const args = readPlainLine(argv, commandName(command), command.plain);
    if (args !== undefined) return { command, args };
  }
  return undefined;
}

function commandName(command: Command): string {
  return command.command.split(" ")[0] as string;
}

/**
 * Parses the command line with yargs and calls `run` with the command it
 * names and its arguments; returns what yargs printed (help, the version).
 * Throws YargsUsage for a usage error. yargs is loaded here, when a line
 * needs it: a plain line runs without evaluating it.
 */
export async function parseWithYargs(argv: readonly string[], run: (command: Command, args: Args) => Promise<void>): Promise<string> {
  const { default: yargs } = await import("yargs");
  let cli = yargs([...argv])
    .scriptName("protoguard")
    .usage("$0 <command> [options]\n\nGuards Protocol Buffers contracts: finds breaking changes between two versions of a schema.");
  for (const command of COMMANDS) {
    cli = cli.command(command.command, command.describe, command.builder, async (args) => {
      await run(command, args);
    });
  }
  cli = cli
    .epilogue(
      "Exit codes: 0 no breaking changes, 1 breaking changes found (any finding with --fail-on warning, none with --fail-on never), 2 bad usage or bad input.\nRule docs: protoguard explain RULE_ID; categories: protoguard explain WIRE",
    )
    .demandCommand(1, "Name a command: breaking, diff, lint, snapshot, ledger, init, rules or explain.")
    .recommendCommands()
    .strict()
    .help()
    .alias("h", "help")
    .version(version() ?? "unknown")
    .wrap(Math.min(110, process.stdout.isTTY ? process.stdout.columns : 110))
    .exitProcess(false)
    .fail((msg: string, err: Error | undefined) => {
      if (err !== undefined) throw err;
      throw new YargsUsage(usageMessage(msg, argv));
    });
  skipHelpBeforeCommands(cli);
  let printed = "";
  await cli.parseAsync([...argv], {}, (_err, _argv, output) => {
    printed = output;
  });
  return printed;
}

/** True for the error of writing to a pipe whose reader has gone (`protoguard rules | head`). */
function closedPipe(err: unknown): boolean {
  const code = errorCode(err);
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

/**
 * The process around main(): the one place that sets the exit code. A closed
 * stdout or stderr ends the output quietly and the run finishes with its own
 * code; any other error that escapes is told in one line, exit code 2.
 */
export async function runProcess(): Promise<void> {
  const fail = (err: unknown): void => {
    if (!process.stderr.destroyed) process.stderr.write(failureText(failureOf(err), process.env));
    process.exit(FAILURE_EXIT_CODE);
  };
  for (const [stream, name] of [[process.stdout, "standard output"], [process.stderr, "standard error"]] as const) {
    stream.on("error", (err: Error) => {
      if (closedPipe(err)) return;
      fail(new InputError(`cannot write to ${name}: ${err.message}`));
    });
  }
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
