// Writes the CLI bundle, the package's `bin` (`npm run build` and `prepare` run it
// after tsc); `node scripts/bundle-cli.mjs OUTFILE` writes it elsewhere.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { bundleCli, CLI_BUNDLE, ROOT } from "./lib/build.mjs";

const out = resolve(process.argv[2] ?? resolve(ROOT, CLI_BUNDLE));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await bundleCli());
chmodSync(out, 0o755);
