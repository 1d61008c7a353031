import { exitCodeOf, formatReport, lint, reportContext, version } from "../../index.js";
import { loadPalette, wantsColor } from "../../report/color.js";
import { plural } from "../../report/links.js";
import type { Command } from "../command.js";
import { toFile, writeOutput } from "../io.js";
import { failOnArg, formatArg, listArg, stringArg, withInput, withOptions } from "../options.js";
import { escapeTerminalLines } from "../../report/escape.js";

export const lintCommand: Command = {
  command: "lint [input]",
  describe: "Check one version of a schema with the rules that need no previous version (package versions).",
  builder: (y) =>
    withOptions(
      withInput(y, "The schema: a directory, a descriptor set or a git revision."),
      ["staged", "format", "output", "use", "except", "include", "config", "fail-on", "show-suppressed"],
      {
        staged: "Check what is staged in the git index below INPUT.",
        use: "Rule IDs or categories (default: the configuration's).",
        "fail-on": "What makes the exit code 1: error, warning (any finding) or never (report only).",
      },
    )
      .example("$0 lint proto", "Every package in proto/ must end in a version (acme.orders.v1).")
      .example("$0 lint --config buf.yaml", "PACKAGE_VERSION_SUFFIX as buf lint runs it, when the lint section enables it."),
  async run(args, io) {
    const format = formatArg(args);
    const failOn = failOnArg(args);
    const output = stringArg(args, "output");
    const config = stringArg(args, "config");
    const result = await lint({
      input: stringArg(args, "input") ?? ".",
      staged: args["staged"] === true,
      use: listArg(args, "use"),
      except: listArg(args, "except"),
      include: listArg(args, "include"),
      ...(config === undefined ? {} : { config }),
      cwd: io.cwd,
      label: args["staged"] === true ? "--staged" : "input",
    });
    for (const w of result.warnings) io.stderr.write(`protoguard: ${escapeTerminalLines(w)}\n`);
    const context = reportContext(result, { showSuppressed: args["show-suppressed"] === true, version: version() });
    if (format === "text") {
      const c = await loadPalette(!toFile(output) && wantsColor(io.stdout, io.env));
      const text =
        result.findings.length === 0
          ? `No problems: ${plural(result.filesChecked, "file")} checked with ${result.rules.map((r) => r.id).join(", ") || "no rules"}.\n`
          : formatReport("text", result.findings, context, c);
      writeOutput(output, text, io);
    } else {
      writeOutput(output, formatReport(format, result.findings, context), io);
    }
    return exitCodeOf(result.findings, failOn);
  },
};
