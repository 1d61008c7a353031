import { resolve } from "node:path";
import { InputError } from "./errors.js";
import { CompileError, CompileErrors, compile, type ParseCache } from "./frontend/index.js";
import { buildImage, type ImageInput } from "./image/build.js";
import type { Image } from "./image/model.js";
import { displayPath } from "./engine.js";
import { includeReader } from "./sources/dir.js";
import type { Source } from "./sources/index.js";

export interface LoadOptions {
  /** Import paths (besides the input root), relative to cwd. */
  readonly include: readonly string[];
  readonly cwd: string;
  readonly cache: ParseCache;
  /** "current" or "previous": named in the error when the side does not parse. */
  readonly side: "current" | "previous";
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

/** Turns a source into an Image: parses and links `.proto` files, or takes a descriptor set as is. */
export function loadImage(source: Source, options: LoadOptions): Image {
  let inputs: readonly ImageInput[];
  if (source.kind === "descriptor-set") {
    inputs = source.inputs;
  } else {
    const includes = options.include.map((dir) => resolve(options.cwd, dir));
    try {
      inputs = compile(source.files, {
        readImport: includeReader(includes),
        importPathsDescription: [source.spec, ...options.include],
        cache: options.cache,
      }).files;
    } catch (err) {
      if (err instanceof CompileError) {
        const errors = err instanceof CompileErrors ? err.errors : [err];
        const lines = errors.map(
          (e) => `${displayPath(source.spec, e.file)}:${Math.max(e.line, 1)}:${Math.max(e.column, 1)}: ${e.detail}`,
        );
        throw new SchemaError(lines.join("\n"), options.side);
      }
      throw err;
    }
  }
  return buildImage(inputs);
}
