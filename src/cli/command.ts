import type { Argv } from "yargs";
import type { Io } from "./io.js";
import type { Args } from "./options.js";
import type { PlainLine } from "./plain-line.js";

/** One CLI command: its usage, its options, and what it does. It returns an exit code and never exits. */
export interface Command {
  /** yargs' command string: the name and its positionals (`breaking [input]`). */
  readonly command: string;
  readonly describe: string;
  readonly builder: (y: Argv) => Argv;
  /** What a plain command line of it takes, read without yargs (see readPlainLine); its builder declares the same. */
  readonly plain?: PlainLine;
  run(args: Args, io: Io): Promise<number> | number;
}
