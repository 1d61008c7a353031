import { diff, DIFF_FORMATS, formatDiff, type DiffFormat } from "../../index.js";
import { loadPalette, wantsColor } from "../../report/color.js";
import type { Command } from "../command.js";
import { progress, toFile, writeOutput } from "../io.js";
import { inputFormatArgs, listArg, OPTIONS, stringArg, withInput, withOptions } from "../options.js";

export const diffCommand: Command = {
  command: "diff [input]",
  describe: "List every change between a schema and a previous version, breaking or not, with the SemVer bump it calls for.",
  builder: (y) =>
    withOptions(withInput(y, "The current schema: a directory, a descriptor set or a git revision."), [
      "against",
      "input-format",
      "against-format",
      "staged",
      "output",
      "use",
      "except",
      "include",
      "config",
      "exit-code",
    ])
      .option("format", {
        ...OPTIONS.format,
        choices: DIFF_FORMATS,
        describe: "Output format: text for people; json; markdown (release notes, a pull request comment).",
      })
      .example("$0 diff proto --against main", "Every change since main, and the version bump.")
      .example("$0 diff . --against v1.4.0 --format markdown", "Release notes since a tag.")
      .example("$0 diff . --against main --exit-code", "Exit 1 when the change calls for a major version."),
  async run(args, io) {
    const format = (stringArg(args, "format") ?? "text") as DiffFormat;
    const output = stringArg(args, "output");
    const against = stringArg(args, "against");
    const config = stringArg(args, "config");
    const shown = progress(io);
    let result;
    try {
      result = await diff({
        input: stringArg(args, "input") ?? ".",
        ...(against === undefined ? {} : { against }),
        ...inputFormatArgs(args),
        staged: args["staged"] === true,
        use: listArg(args, "use"),
        except: listArg(args, "except"),
        include: listArg(args, "include"),
        ...(config === undefined ? {} : { config }),
        cwd: io.cwd,
        labels: { current: args["staged"] === true ? "--staged" : "input", previous: "--against" },
        onProgress: shown.stage,
      });
    } finally {
      shown.done();
    }
    const c = await loadPalette(format === "text" && !toFile(output) && wantsColor(io.stdout, io.env));
    const report = { semver: result.semver, commit: result.commit, changes: result.changes, against: result.inputs.against.description };
    writeOutput(output, formatDiff(format, report, c), io);
    return args["exit-code"] === true && result.semver === "major" ? 1 : 0;
  },
};
