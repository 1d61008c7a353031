import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../errors.js";
import type { SourceFile } from "../frontend/index.js";
import type { ImageInput } from "../image/build.js";
import { readDescriptorSet } from "./descriptor-set.js";
import { readProtoDir } from "./dir.js";

/** What one side of a comparison was read from. */
export type Source =
  | { readonly kind: "dir"; readonly spec: string; readonly root: string; readonly files: readonly SourceFile[] }
  | { readonly kind: "descriptor-set"; readonly spec: string; readonly inputs: readonly ImageInput[] };

const BINARY_SETS = [".binpb", ".pb", ".bin"];

/**
 * Reads an input spec: a directory of `.proto` files, or a FileDescriptorSet
 * (`.binpb`, `.pb`, `.bin`, or `.json`). `what` names the input in messages.
 */
export function readSource(spec: string, cwd: string, what: string): Source {
  const path = resolve(cwd, spec);
  if (!existsSync(path)) {
    throw new InputError(`${what} "${spec}": no directory or file by that name`);
  }
  const stat = statSync(path);
  if (stat.isDirectory()) {
    return { kind: "dir", spec, root: path, files: readProtoDir(path) };
  }
  const lower = spec.toLowerCase();
  if (lower.endsWith(".json")) {
    return { kind: "descriptor-set", spec, inputs: readDescriptorSet(readFileSync(path), "json", spec) };
  }
  if (BINARY_SETS.some((ext) => lower.endsWith(ext))) {
    return { kind: "descriptor-set", spec, inputs: readDescriptorSet(readFileSync(path), "binary", spec) };
  }
  throw new InputError(
    `${what} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`,
  );
}
