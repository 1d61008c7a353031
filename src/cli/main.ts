import { readFileSync } from "node:fs";
import yargs from "yargs";
import { RULES, RULES_BY_ID, ruleDocPath } from "../../rules/index.js";
import { closest } from "../config/suggest.js";
import { InputError, UsageError } from "../errors.js";
import { breaking } from "../index.js";
import { SchemaError } from "../load.js";
import { palette, wantsColor } from "../report/color.js";
import { formatJson } from "../report/json.js";
import { formatText } from "../report/text.js";

/** Where the CLI writes; injectable for tests. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

const FORMATS = ["text", "json"] as const;

/** Splits repeated and comma-separated list options: `--use FILE,WIRE --use X`. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

function runBreaking(args: Record<string, unknown>, io: Io): number {
  const format = String(args["format"]);
  const input = String(args["input"] ?? ".");
  const against = String(args["against"]);
  const result = breaking({
    input,
    against,
    use: list(args["use"]),
    except: list(args["except"]),
    include: list(args["include"]),
    cwd: io.cwd,
  });
  for (const w of result.warnings) io.stderr.write(`protoguard: ${w}\n`);
  const context = { filesCompared: result.filesCompared, against };
  if (format === "json") {
    io.stdout.write(formatJson(result.findings, context));
  } else {
    const c = palette(wantsColor(io.stdout, io.env));
    const ruleNames = list(args["use"]).length > 0 ? list(args["use"]).join(", ") : "FILE";
    if (result.findings.length > 0) {
      io.stdout.write(
        c.dim(
          `protoguard breaking: ${input} against ${against}, ${result.filesCompared} files, rules: ${ruleNames}\n\n`,
        ),
      );
    }
    io.stdout.write(formatText(result.findings, context, c));
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function runRulesList(args: Record<string, unknown>, io: Io): number {
  if (args["format"] === "json") {
    const rows = RULES.map((r) => ({
      id: r.id,
      categories: r.categories,
      default: r.categories.includes("FILE"),
      summary: r.summary,
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) {
    const mark = r.categories.includes("FILE") ? "*" : " ";
    io.stdout.write(`${mark} ${r.id.padEnd(width)}  ${r.categories.join(",").padEnd(30)}  ${r.summary}\n`);
  }
  io.stdout.write("\n* on by default (category FILE)\n");
  return 0;
}

function runExplain(args: Record<string, unknown>, io: Io): number {
  const id = String(args["rule"]).toUpperCase();
  if (!RULES_BY_ID.has(id)) {
    const hint = closest(id, RULES_BY_ID.keys());
    throw new UsageError(`unknown rule "${String(args["rule"])}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
  }
  io.stdout.write(readFileSync(ruleDocPath(id), "utf8"));
  return 0;
}

/** Runs the CLI; returns the exit code: 0 clean, 1 breaking changes, 2 bad usage or input. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  let usage = "";
  const cli = yargs([...argv])
    .scriptName("protoguard")
    .usage("$0 <command> [options]\n\nGuards Protocol Buffers contracts: finds breaking changes between two versions of a schema.")
    .command(
      "breaking [input]",
      "Compare a schema with a previous version and report breaking changes.",
      (y) =>
        y
          .positional("input", { type: "string", default: ".", describe: "The current schema: a directory or a descriptor set." })
          .option("against", { type: "string", demandOption: true, describe: "The previous schema: a directory or a descriptor set (.binpb, .pb, .bin, .json)." })
          .option("format", { alias: "f", choices: FORMATS, default: "text" as const, describe: "Output format." })
          .option("use", { type: "string", array: true, describe: "Rule IDs or categories to run (default FILE)." })
          .option("except", { type: "string", array: true, describe: "Rule IDs or categories to leave out." })
          .option("include", { alias: "I", type: "string", array: true, describe: "Extra import paths." })
          .example("$0 breaking proto --against ../old/proto", "Compare two directories.")
          .example("$0 breaking . --against old.binpb --use WIRE_JSON", "Compare with a descriptor set, wire and JSON rules only.")
          .example("$0 breaking . --against old --format json", "Machine-readable output."),
      (args) => {
        code = runBreaking(args, io);
      },
    )
    .command(
      "rules",
      "List every rule with its categories and summary.",
      (y) => y.option("format", { alias: "f", choices: FORMATS, default: "text" as const }),
      (args) => {
        code = runRulesList(args, io);
      },
    )
    .command(
      "explain <rule>",
      "Print a rule's documentation: why it breaks, a bad and a good example.",
      (y) => y.positional("rule", { type: "string", demandOption: true }),
      (args) => {
        code = runExplain(args, io);
      },
    )
    .epilogue(
      "Exit codes: 0 no breaking changes, 1 breaking changes found, 2 bad usage or bad input.\nRule docs: protoguard explain RULE_ID",
    )
    .demandCommand(1, "Name a command: breaking, rules or explain.")
    .recommendCommands()
    .strict()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  try {
    usage = await cli.getHelp();
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
    void usage;
    return 2;
  }
}
