import { snapshot } from "../../index.js";
import { plural } from "../../report/links.js";
import type { Command } from "../command.js";
import { toFile, writeOutput } from "../io.js";
import { listArg, stringArg, withInput, withOptions } from "../options.js";

export const snapshotCommand: Command = {
  command: "snapshot [input]",
  describe: "Write a schema as a snapshot: a deterministic JSON descriptor set to commit and compare with later.",
  builder: (y) =>
    withOptions(withInput(y, "The schema: a directory, a git revision or a descriptor set."), ["output", "staged", "include"], {
      output: "File to write (default: standard output).",
      staged: "Snapshot what is staged in the git index below INPUT.",
    })
      .example("$0 snapshot proto -o proto.lock.json", "Snapshot proto/; later: breaking proto --against proto.lock.json.")
      .example("$0 snapshot v1.2.0 -o v1.2.0.json", "Snapshot the schema as of a tag."),
  async run(args, io) {
    const result = await snapshot({
      input: stringArg(args, "input") ?? ".",
      staged: args["staged"] === true,
      include: listArg(args, "include"),
      cwd: io.cwd,
      label: args["staged"] === true ? "--staged" : "input",
    });
    const output = stringArg(args, "output");
    writeOutput(output, result.json, io);
    if (output !== undefined && toFile(output)) {
      io.stdout.write(`Wrote ${output}: ${plural(result.files, "file")} of ${result.input.description}.\n`);
    }
    return 0;
  },
};
