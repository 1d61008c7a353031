import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import yargs from "yargs";
import { RULES, RULES_BY_ID, ruleDocPath } from "../../rules/index.js";
import { closest } from "../config/suggest.js";
import { InputError, UsageError } from "../errors.js";
import { breaking, snapshot } from "../index.js";
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

async function runBreaking(args: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(args["format"]);
  const staged = args["staged"] === true;
  const against = args["against"] === undefined ? undefined : String(args["against"]);
  if (against === undefined && !staged) throw new UsageError("Missing required argument: against");
  const result = await breaking({
    input: String(args["input"] ?? "."),
    ...(against === undefined ? {} : { against }),
    staged,
    use: list(args["use"]),
    except: list(args["except"]),
    include: list(args["include"]),
    cwd: io.cwd,
  });
  for (const w of result.warnings) io.stderr.write(`protoguard: ${w}\n`);
  const { current, against: previous } = result.inputs;
  const positionsUnknown = [
    ...(current.positionsKnown ? [] : ["current" as const]),
    ...(previous.positionsKnown ? [] : ["previous" as const]),
  ];
  const context = { filesCompared: result.filesCompared, against: previous.description, positionsUnknown };
  if (format === "json") {
    io.stdout.write(formatJson(result.findings, context));
  } else {
    const c = palette(wantsColor(io.stdout, io.env));
    const ruleNames = list(args["use"]).length > 0 ? list(args["use"]).join(", ") : "FILE";
    if (result.findings.length > 0) {
      io.stdout.write(
        c.dim(
          `protoguard breaking: ${current.description} against ${previous.description}, ${result.filesCompared} files, rules: ${ruleNames}\n\n`,
        ),
      );
    }
    io.stdout.write(formatText(result.findings, context, c));
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

async function runSnapshot(args: Record<string, unknown>, io: Io): Promise<number> {
  const result = await snapshot({
    input: String(args["input"] ?? "."),
    staged: args["staged"] === true,
    include: list(args["include"]),
    cwd: io.cwd,
  });
  const output = args["output"] === undefined ? undefined : String(args["output"]);
  if (output === undefined || output === "-") {
    io.stdout.write(result.json);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, output), result.json);
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const files = `${result.files} ${result.files === 1 ? "file" : "files"}`;
  io.stdout.write(`Wrote ${output}: ${files} of ${result.input.description}.\n`);
  return 0;
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
          .option("format", { alias: "f", choices: FORMATS, default: "text" as const, describe: "Output format." })
          .option("use", { type: "string", array: true, describe: "Rule IDs or categories to run (default FILE)." })
          .option("except", { type: "string", array: true, describe: "Rule IDs or categories to leave out." })
          .option("include", { alias: "I", type: "string", array: true, describe: "Extra import paths." })
          .example("$0 breaking proto --against main", "Compare proto/ with proto/ on the main branch.")
          .example("$0 breaking --against main...HEAD", "Compare with the merge base, as a pull request is.")
          .example("$0 breaking --staged", "Compare the staged schema with HEAD (a pre-commit hook).")
          .example("$0 breaking proto --against ../old/proto", "Compare two directories.")
          .example("$0 breaking . --against proto.lock.json --use WIRE_JSON", "Compare with a snapshot, wire and JSON rules only.")
          .example("$0 breaking . --against main --format json", "Machine-readable output."),
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
    .demandCommand(1, "Name a command: breaking, snapshot, rules or explain.")
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
    return 2;
  }
}
