import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../index.js";

/** Where the CLI writes; injectable for tests. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** How long a run goes before progress is shown on a terminal (default 1000 ms). */
  readonly progressDelayMs?: number;
}

/** True when `--output` names a file (not absent, not "-"). */
export function toFile(output: string | undefined): boolean {
  return output !== undefined && output !== "-";
}

/** Writes a report to a file (`--output`), or to standard output for none or "-". */
export function writeOutput(output: string | undefined, text: string, io: Io): void {
  if (output === undefined || !toFile(output)) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Progress on stderr, only on a terminal and only once a run has taken a
 * while: the stage being worked on, overwritten in place and cleared at the end.
 */
export function progress(io: Io): { readonly stage: (name: string) => void; readonly done: () => void } {
  if (io.stderr.isTTY !== true) return { stage: () => {}, done: () => {} };
  const start = Date.now();
  const delay = io.progressDelayMs ?? 1000;
  let current = "";
  let shown = false;
  const show = (): void => {
    if (current === "" || Date.now() - start < delay) return;
    io.stderr.write(`\r\u001b[Kprotoguard: ${current}…`);
    shown = true;
  };
  const timer = setInterval(show, 250);
  timer.unref();
  return {
    stage: (name) => {
      current = name;
      show();
    },
    done: () => {
      clearInterval(timer);
      if (shown) io.stderr.write("\r\u001b[K");
    },
  };
}

