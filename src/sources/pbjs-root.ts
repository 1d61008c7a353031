/**
 * A protobufjs `Root` built in code as one side of a comparison. It is read
 * through its JSON form (`root.toJSON()`, the shape of a JSON bundle), so it
 * takes the same path as a bundle read from a file, and a Root made by
 * another copy of protobufjs than protoguard loads is read the same way.
 */
import { InputError } from "../model/errors.js";
import { isPbjsBundle, readPbjsBundle } from "./pbjs.js";
import type { DescriptorSetSource } from "./source.js";

/**
 * What protoguard reads of a protobufjs `Root` (or any namespace): its JSON
 * form. Typed by its shape, so using the library needs no protobufjs types.
 */
export interface PbjsRoot {
  toJSON(): unknown;
}

/** How a Root is named as an input, in messages and in `InputInfo.spec`. */
export const ROOT_SPEC = "protobufjs Root";

/** Reads a protobufjs Root into a source of descriptors; `label` names the side in errors. */
export function readPbjsRoot(root: PbjsRoot, label: string): DescriptorSetSource {
  const name = `${label} (${ROOT_SPEC})`;
  let json: unknown;
  try {
    json = root.toJSON();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}: toJSON() failed: ${why}`);
  }
  if (!isPbjsBundle(json)) throw new InputError(`${name}: not a protobufjs Root holding types (its toJSON() has no "nested")`);
  return {
    kind: "descriptor-set",
    spec: ROOT_SPEC,
    description: `${ROOT_SPEC} (no source: positions unknown)`,
    display: "",
    absent: false,
    inputs: readPbjsBundle(json, name),
    positionsKnown: false,
  };
}
