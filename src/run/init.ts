import { existsSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadConfigFile } from "../config/find.js";
import { convertedConfigText, defaultConfigText } from "../config/init.js";
import { InputError } from "../model/errors.js";
import { CATALOGUE } from "./catalogue.js";

export interface InitOptions {
  /** Where to write protoguard.yaml (default "."), relative to `cwd`. */
  readonly dir?: string;
  /** Overwrite an existing protoguard.yaml. */
  readonly force?: boolean;
  /** Directory `dir` is relative to (default process.cwd()). */
  readonly cwd?: string;
}

export interface InitResult {
  /** The file written, relative to `cwd`. */
  readonly written: string;
  /** The buf.yaml it was converted from, relative to `cwd`, when there was one beside it. */
  readonly convertedFrom?: string;
}

/** Writes a commented protoguard.yaml, converted from the buf.yaml beside it when there is one. */
export function init(options: InitOptions = {}): InitResult {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, options.dir ?? ".");
  const target = join(dir, "protoguard.yaml");
  const shown = relative(cwd, target) || "protoguard.yaml";
  if (existsSync(target) && options.force !== true) throw new InputError(`${shown} exists already (--force overwrites it)`);
  const buf = join(dir, "buf.yaml");
  const converted = existsSync(buf);
  const text = converted ? convertedConfigText(loadConfigFile(buf, cwd, CATALOGUE)) : defaultConfigText();
  try {
    writeFileSync(target, text);
  } catch (err) {
    throw new InputError(`cannot write ${shown}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { written: shown, ...(converted ? { convertedFrom: relative(cwd, buf) || "buf.yaml" } : {}) };
}
