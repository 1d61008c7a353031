import { InputError } from "../model/errors.js";
import { CompileError, CompileErrors, compile, listErrors, type ParseCache } from "../frontend/index.js";
import { wellKnownFile } from "../frontend/wkt.js";
import { buildImage, type ImageCache, type ImageInput } from "../image/build.js";
import type { Image } from "../image/model.js";
import { displayPath } from "./engine.js";
import type { Source } from "../sources/index.js";

export interface LoadOptions {
  /** Import paths (besides the input root), as the user gave them: named when an import is missing. */
  readonly include: readonly string[];
  readonly cache: ParseCache;
  /** Shared by both sides, so files unchanged on both sides become one element. */
  readonly images?: ImageCache;
  /** "current" or "previous": named in the error when the side does not parse. */
  readonly side: "current" | "previous";
  /**
   * Well-known files to hold as imports even when no compiled file imports
   * them: an incremental comparison compiles part of a side, and these are
   * what the rest imports.
   */
  readonly wellKnown?: readonly string[];
}

/** The schema of one side does not compile; the message starts with `path:line:col:`. */
export class SchemaError extends InputError {
  constructor(
    message: string,
    readonly side: "current" | "previous",
  ) {
    super(message);
  }
}

/**
 * The files of a source as linked FileDescriptorProtos: `.proto` files are
 * parsed and linked; a descriptor set is taken as is, with the well-known
 * types it imports but does not hold added as imports (as the frontend adds them).
 */
export function loadInputs(source: Source, options: LoadOptions): readonly ImageInput[] {
  if (source.kind === "descriptor-set") return withWellKnownImports(source.inputs);
  try {
    const { files } = compile(source.files, {
      readImport: source.readImport,
      importPathsDescription: [source.display === "" ? "." : source.display, ...options.include],
      cache: options.cache,
    });
    return options.wellKnown === undefined ? files : withWellKnownImports(files, options.wellKnown);
  } catch (err) {
    if (err instanceof CompileError) {
      const errors = err instanceof CompileErrors ? err.errors : [err];
      const lines = listErrors(errors, (e) => `${displayPath(source.display, e.file)}:${Math.max(e.line, 1)}:${Math.max(e.column, 1)}: ${e.detail}`);
      throw new SchemaError(lines.join("\n"), options.side);
    }
    throw err;
  }
}

/** Turns a source into an Image. */
export function loadImage(source: Source, options: LoadOptions): Image {
  return buildImage(loadInputs(source, options), options.images);
}

/** Adds the well-known files the inputs import (and `also`), with their own imports, where the inputs lack them. */
function withWellKnownImports(inputs: readonly ImageInput[], also: readonly string[] = []): readonly ImageInput[] {
  const present = new Set(inputs.map((i) => i.proto.name));
  const added: ImageInput[] = [];
  const add = (name: string): void => {
    if (present.has(name)) return;
    const wkt = wellKnownFile(name);
    if (wkt === undefined) return;
    present.add(name);
    for (const dep of wkt.proto.dependency) add(dep);
    added.push({ proto: wkt.proto, isImport: true });
  };
  for (const input of inputs) for (const dep of input.proto.dependency) add(dep);
  for (const name of also) add(name);
  return added.length === 0 ? inputs : [...inputs, ...added];
}
