import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The CLI bundled into one file, as fresh as the sources: what tests run in
 * place of an installed protoguard. Written to `outfile`; by default it sits
 * two directories below links to package.json, rules/ and docs/, as the build
 * does in the package, so that `--version`, `explain` and init's pre-commit
 * `rev` read what an install reads. Returns the bundle's path.
 */
export async function bundleCli(outfile?: string): Promise<string> {
  let bin = outfile;
  if (bin === undefined) {
    const top = mkdtempSync(join(tmpdir(), "protoguard-bin-"));
    for (const name of ["package.json", "rules", "docs"]) symlinkSync(join(ROOT, name), join(top, name));
    bin = join(top, "dist/cli/protoguard.mjs");
  }
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/bin.ts"],
    outfile: bin,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  return bin;
}
