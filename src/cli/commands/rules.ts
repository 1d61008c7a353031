import { listRules } from "../../index.js";
import type { Command } from "../command.js";
import { stringArg, withOptions } from "../options.js";

export const rulesCommand: Command = {
  command: "rules",
  describe: "List every rule with its categories, whether it is on by default, its severity, origin and summary.",
  builder: (y) =>
    withOptions(y, ["config"], { config: "Show severities under this configuration file." })
      .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const, describe: "Output format." })
      .example("$0 rules", "Every rule; * marks the default set (FILE and VERSIONING).")
      .example("$0 rules --format json", "The same as JSON, for tools."),
  run(args, io) {
    const config = stringArg(args, "config");
    const list = listRules({ cwd: io.cwd, ...(config === undefined ? {} : { config }) });
    if (args["format"] === "json") {
      io.stdout.write(`${JSON.stringify(list.rules, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...list.rules.map((r) => r.id.length));
    const origin = (o: string): string => (o === "buf-lint" ? "buf lint" : o);
    for (const r of list.rules) {
      const mark = r.default ? "*" : " ";
      io.stdout.write(
        `${mark} ${r.id.padEnd(width)}  ${r.categories.join(",").padEnd(32)}  ${r.severity.padEnd(7)}  ${origin(r.origin).padEnd(10)}  ${r.summary}\n`,
      );
    }
    const under = list.configFile ?? "no configuration file";
    io.stdout.write(`\n* on by default (categories ${list.defaultUse.join(" and ")}); severity as configured (${under}), off when not run.\n`);
    return 0;
  },
};
