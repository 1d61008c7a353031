import type { ImageInput } from "../image/build.js";
import { stringifyJson } from "../report/escape.js";
import { descriptorSetJson } from "../sources/descriptor-set.js";

/**
 * A snapshot of a schema: the JSON form of a FileDescriptorSet holding the
 * schema's own files (not its imports), sorted by name, with their
 * SourceCodeInfo. The same schema always gives the same bytes, so the file
 * can be committed, reviewed, and read back as a descriptor set. Written,
 * like every JSON output, with the characters a terminal would obey escaped.
 */
export function snapshotJson(inputs: readonly ImageInput[]): string {
  const own = inputs
    .filter((i) => !i.isImport)
    .map((i) => i.proto)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `${stringifyJson(descriptorSetJson(own), 2)}\n`;
}
