// Writes the GitHub Action bundle (`npm run generate` writes it with every other
// derived file); `node scripts/bundle-action.mjs OUTFILE` writes it elsewhere
// (the test that checks the committed bundle is up to date does that).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundleAction, ROOT } from "./lib/build.mjs";

writeFileSync(resolve(process.argv[2] ?? resolve(ROOT, "action/index.mjs")), await bundleAction());
