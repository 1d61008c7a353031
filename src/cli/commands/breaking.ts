import { breaking, exitCodeOf, formatReport, reportContext, version } from "../../index.js";
import { loadPalette, wantsColor } from "../../report/color.js";
import { plural } from "../../report/links.js";
import { ciWorkspace, relativeToWorkspace, ROOT_RELATIVE_FORMATS } from "../../report/workspace.js";
import type { Command } from "../command.js";
import { progress, toFile, writeOutput } from "../io.js";
import { failOnArg, formatArg, INPUT_DEFAULT, inputFormatArgs, lastArg, listArg, stringArg, withInput, withOptions } from "../options.js";
import type { PlainLine } from "../plain-line.js";
import { escapeTerminal, escapeTerminalLines } from "../../report/escape.js";

const PLAIN: PlainLine = {
  positional: { name: "input", default: INPUT_DEFAULT },
  options: ["against", "against-tags", "last", "input-format", "against-format", "staged", "format", "output", "use", "except", "include", "config", "fail-on", "show-suppressed", "approvals", "trailers", "evidence"],
};

export const breakingCommand: Command = {
  command: "breaking [input]",
  describe: "Compare a schema with a previous version and report breaking changes.",
  plain: PLAIN,
  builder: (y) =>
    withOptions(
      withInput(y, "The current schema: a directory, a descriptor set or a git revision."),
      PLAIN.options,
      { staged: "Compare what is staged in the git index (what git commit would record) below INPUT; --against defaults to HEAD." },
    )
      .example("$0 breaking proto --against main", "Compare proto/ with proto/ on the main branch.")
      .example("$0 breaking --against main...HEAD", "Compare with the merge base, as a pull request is.")
      .example("$0 breaking proto --against-tags 'v*' --last 3", "Compare with each of the newest three releases.")
      .example("$0 breaking --staged", "Compare the staged schema with HEAD (a pre-commit hook).")
      .example("$0 breaking proto --against ../old/proto", "Compare two directories.")
      .example("$0 breaking . --against proto.lock.json --use WIRE_JSON", "Compare with a snapshot, wire and JSON rules only.")
      .example("$0 breaking . --against main --format json", "Machine-readable output.")
      .example("$0 breaking . --against main --use WIRE --evidence", "Show the bytes behind each wire finding.")
      .example("$0 breaking proto --against main... -f sarif -o protoguard.sarif", "A SARIF file for GitHub code scanning."),
  async run(args, io) {
    const format = formatArg(args);
    const failOn = failOnArg(args);
    const output = stringArg(args, "output");
    const against = stringArg(args, "against");
    const againstTags = stringArg(args, "against-tags");
    const last = lastArg(args);
    const config = stringArg(args, "config");
    const approvals = stringArg(args, "approvals");
    const shown = progress(io);
    let result;
    try {
      result = await breaking({
        input: stringArg(args, "input") ?? ".",
        ...(against === undefined ? {} : { against }),
        ...inputFormatArgs(args),
        ...(againstTags === undefined ? {} : { againstTags }),
        ...(last === undefined ? {} : { last }),
        staged: args["staged"] === true,
        use: listArg(args, "use"),
        except: listArg(args, "except"),
        include: listArg(args, "include"),
        ...(config === undefined ? {} : { config }),
        ...(approvals === undefined ? {} : { approvals }),
        trailers: args["trailers"] !== false,
        cwd: io.cwd,
        labels: { current: args["staged"] === true ? "--staged" : "input", previous: againstTags === undefined ? "--against" : "--against-tags" },
        onProgress: shown.stage,
        evidence: args["evidence"] === true,
      });
    } finally {
      shown.done();
    }
    for (const w of result.warnings) io.stderr.write(`protoguard: ${escapeTerminalLines(w)}\n`);
    const { current, against: previous } = result.inputs;
    const workspace = ciWorkspace(io.env);
    const rooted = workspace !== undefined && current.kind === "dir" && ROOT_RELATIVE_FORMATS.includes(format);
    const findings = rooted ? relativeToWorkspace(result.findings, io.cwd, workspace) : result.findings;
    const suppressed = rooted ? relativeToWorkspace(result.suppressed, io.cwd, workspace) : result.suppressed;
    const input = stringArg(args, "input") ?? ".";
    const context = reportContext(result, {
      suppressed,
      showSuppressed: args["show-suppressed"] === true,
      version: version(),
      ...(current.kind === "dir" && args["staged"] !== true ? { bufInput: input } : {}),
    });
    if (format === "text") {
      const c = await loadPalette(!toFile(output) && wantsColor(io.stdout, io.env));
      const configured = result.config.file === undefined ? "" : ` (${result.config.file})`;
      const header =
        result.findings.length > 0
          ? c.dim(
              `protoguard breaking: ${escapeTerminal(`${current.description} against ${previous.description}, ${plural(result.filesCompared, "file")}, rules: ${result.use.join(", ")}${configured}`)}\n\n`,
            )
          : "";
      writeOutput(output, header + formatReport("text", result.findings, context, c), io);
    } else {
      writeOutput(output, formatReport(format, findings, context), io);
    }
    return exitCodeOf(result.findings, failOn);
  },
};
