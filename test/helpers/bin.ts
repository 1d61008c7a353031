import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleCli as buildCliBundle, CLI_BUNDLE } from "../../scripts/lib/build.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The CLI bundle (its entry, and its code beside it as `.cjs`), as fresh as the sources: the package's `bin`,
 * which tests run in place of an installed protoguard. Written to `outfile`; by default it sits
 * two directories below links to package.json, rules/ and docs/, as the build
 * does in the package, so that `--version`, `explain` and init's pre-commit
 * `rev` read what an install reads. Returns the bundle's path.
 */
export async function bundleCli(outfile?: string): Promise<string> {
  let bin = outfile;
  if (bin === undefined) {
    const top = mkdtempSync(join(tmpdir(), "protoguard-bin-"));
    for (const name of ["package.json", "rules", "docs"]) symlinkSync(join(ROOT, name), join(top, name));
    bin = join(top, CLI_BUNDLE);
  }
  await buildCliBundle(bin);
  return bin;
}
