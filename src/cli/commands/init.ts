import { init } from "../../index.js";
import type { Command } from "../command.js";
import { stringArg, withOptions } from "../options.js";

export const initCommand: Command = {
  command: "init [dir]",
  describe: "Write a commented protoguard.yaml, or convert the buf.yaml beside it.",
  builder: (y) =>
    withOptions(y.positional("dir", { type: "string", default: ".", describe: "Where to write protoguard.yaml." }), ["force"])
      .example("$0 init", "protoguard.yaml with every key and its default, commented.")
      .example("$0 init proto", "Converts proto/buf.yaml's breaking section, if there is one."),
  run(args, io) {
    const result = init({ dir: stringArg(args, "dir") ?? ".", force: args["force"] === true, cwd: io.cwd });
    io.stdout.write(
      result.convertedFrom === undefined ? `Wrote ${result.written}.\n` : `Wrote ${result.written}, converted from ${result.convertedFrom}.\n`,
    );
    return 0;
  },
};
