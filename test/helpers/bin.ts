import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The CLI bundled into one file, as fresh as the sources: what tests run in
 * place of an installed protoguard. Written to `outfile`, or to a new
 * temporary directory.
 */
export async function bundleCli(outfile = join(mkdtempSync(join(tmpdir(), "protoguard-bin-")), "protoguard.mjs")): Promise<string> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/bin.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  return outfile;
}
