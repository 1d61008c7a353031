// Writes the CLI bundle, the package's `bin` (`npm run build` and `prepare` run it
// after tsc); `node scripts/bundle-cli.mjs OUTFILE` writes it elsewhere.
import { resolve } from "node:path";
import { bundleCli } from "./lib/build.mjs";

await bundleCli(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
