import { writeFileSync } from "node:fs";
import { buildLedger, InputError, listMissing } from "../../index.js";
import { plural } from "../../report/links.js";
import type { Command } from "../command.js";
import { stringArg, withInput } from "../options.js";

function entries(n: number): string {
  return `${String(n)} ${n === 1 ? "entry" : "entries"}`;
}

export const ledgerCommand: Command = {
  command: "ledger [input]",
  describe: "Write the ledger of every field number and name a schema has released (protoguard.ledger.json), from its git history.",
  builder: (y) =>
    withInput(y, "The schema's directory in a git work tree (default: .).")
      .option("revision", { type: "string", describe: "Read the history of this revision (default: HEAD)." })
      .option("output", { alias: "o", type: "string", describe: "The ledger file to update (default: protoguard.ledger.json in INPUT)." })
      .option("check", { type: "boolean", describe: "Write nothing; exit 1 when the ledger file lacks what the history has." })
      .example("$0 ledger proto", "Write proto/protoguard.ledger.json from the history of HEAD.")
      .example("$0 ledger proto --check", "In CI: fail when the committed ledger is not current."),
  async run(args, io) {
    const result = await buildLedger({
      cwd: io.cwd,
      input: stringArg(args, "input"),
      revision: stringArg(args, "revision"),
      file: stringArg(args, "output"),
    });
    for (const note of result.notes) io.stderr.write(`note: ${note}\n`);
    const read = `${plural(result.commits, "commit")}${result.shallow ? " of a shallow clone" : ""}`;
    if (args["check"] === true) {
      if (!result.exists) {
        io.stdout.write(`${result.display} does not exist: run \`protoguard ledger\` and commit it.\n`);
        return 1;
      }
      if (result.missing.length > 0) {
        io.stdout.write(`${result.display} is not current: it lacks ${listMissing(result.missing)}; run \`protoguard ledger\` and commit it.\n`);
        return 1;
      }
      io.stdout.write(`${result.display} is current: ${entries(result.entries.length)} from ${read}.\n`);
      return 0;
    }
    try {
      writeFileSync(result.path, result.text);
    } catch (err) {
      throw new InputError(`cannot write ${result.display}: ${err instanceof Error ? err.message : String(err)}`);
    }
    io.stdout.write(`Wrote ${result.display}: ${entries(result.entries.length)} from ${read}.\n`);
    return 0;
  },
};
