// `npm install` from a git URL (or a clone) builds dist/ from the sources (the
// library with tsc, the CLI bundle with esbuild); an
// install from the published tarball ships dist/ and has neither the sources
// nor typescript, so there is nothing to build and nothing is run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url);
const has = (path) => existsSync(new URL(path, root));

if (!has("src/index.ts") || !has("tsconfig.build.json")) process.exit(0);
let tsc;
try {
  const manifest = createRequire(new URL("package.json", root)).resolve("typescript/package.json");
  tsc = new URL("bin/tsc", pathToFileURL(manifest));
} catch {
  console.error("protoguard: the sources are here but typescript is not installed: run `npm install` (with devDependencies) to build dist/");
  process.exit(has("dist/cli/protoguard.cjs") ? 0 : 1);
}
execFileSync(process.execPath, [fileURLToPath(tsc), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
execFileSync(process.execPath, [fileURLToPath(new URL("scripts/bundle-cli.mjs", root))], { cwd: root, stdio: "inherit" });
