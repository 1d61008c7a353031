import { explain, UsageError } from "../../index.js";
import type { Command } from "../command.js";
import { stringArg } from "../options.js";

export const explainCommand: Command = {
  command: "explain [rule]",
  describe: "Print a rule's documentation (why it breaks, a bad and a good example), or a category's rules.",
  builder: (y) =>
    y
      .positional("rule", { type: "string", describe: "A rule ID (FIELD_NO_DELETE) or a category (WIRE), in any case." })
      .example("$0 explain FIELD_NO_DELETE", "Why deleting a field breaks clients, and what to do instead.")
      .example("$0 explain field_same_type", "IDs are matched in any case.")
      .example("$0 explain WIRE", "What the WIRE category keeps working, and its rules."),
  run(args, io) {
    const name = stringArg(args, "rule");
    if (name === undefined || name === "") {
      throw new UsageError(
        "explain needs a rule ID or a category: protoguard explain FIELD_NO_DELETE prints the rule's documentation, protoguard explain WIRE the category and its rules; protoguard rules lists them all",
      );
    }
    io.stdout.write(explain(name).text);
    return 0;
  },
};
