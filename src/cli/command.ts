import type { Argv } from "yargs";
import type { Io } from "./io.js";
import type { Args } from "./options.js";

/** One CLI command: its usage, its options, and what it does. It returns an exit code and never exits. */
export interface Command {
  /** yargs' command string: the name and its positionals (`breaking [input]`). */
  readonly command: string;
  readonly describe: string;
  readonly builder: (y: Argv) => Argv;
  run(args: Args, io: Io): Promise<number> | number;
}
