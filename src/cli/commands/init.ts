import { HOOK_KINDS, init, UsageError } from "../../index.js";
import type { Command } from "../command.js";
import { stringArg, withOptions } from "../options.js";
import { isOneOf } from "../../model/narrow.js";

export const initCommand: Command = {
  command: "init [dir]",
  describe: "Write protoguard.yaml for the schema found below DIR (or convert its buf.yaml), and the git hook or workflow.",
  builder: (y) =>
    withOptions(y.positional("dir", { type: "string", default: ".", describe: "Where to write protoguard.yaml: the top of the repository." }), ["force"])
      .option("hook", { choices: HOOK_KINDS, describe: "Also add the git hook for this hook manager (merged into its existing file)." })
      .option("github-action", { type: "boolean", describe: "Also write .github/workflows/protoguard.yml." })
      .option("print", { type: "boolean", describe: "Print the files instead of writing them." })
      .example("$0 init", "protoguard.yaml with the schema's roots and every key, commented.")
      .example("$0 init --hook pre-commit --github-action", "protoguard.yaml, the pre-commit hook and the pull request workflow."),
  run(args, io) {
    const hook = stringArg(args, "hook");
    if (hook !== undefined && !isOneOf(HOOK_KINDS, hook)) throw new UsageError(`--hook ${JSON.stringify(hook)}: not one of ${HOOK_KINDS.join(", ")}`);
    const print = args["print"] === true;
    const plan = init({
      dir: stringArg(args, "dir") ?? ".",
      cwd: io.cwd,
      force: args["force"] === true,
      githubAction: args["github-action"] === true,
      ...(hook === undefined ? {} : { hook }),
      dryRun: print,
    });
    if (print) io.stdout.write(plan.files.map((f) => `# ${f.path}\n${f.text}`).join(""));
    else io.stdout.write([...plan.said, ...plan.next].map((l) => `${l}\n`).join(""));
    return 0;
  },
};
