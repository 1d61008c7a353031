#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.js";

// The package's `bin`: runs the CLI, bundled as one CommonJS file beside this
// one (same name, `.code.cjs`), with V8's compiled code cached between runs.
// It is built as CommonJS too: Node starts it without its ES module loader,
// which would translate each of Node's own modules the bin imports.
const bundle = fileURLToPath(import.meta.url).replace(/\.[cm]?[jt]s$/, ".code.cjs");
const cli = loadBundle(bundle, process.env);
void (cli.exports as { runProcess: () => Promise<void> }).runProcess().then(() => {
  // The code of a check is cached in preference to that of `--help`, `rules`, `lint`...
  const args = process.argv.slice(2);
  const written = cli.save(args[0] === "breaking" && !args.some((a) => a === "--help" || a === "-h"));
  if (process.env["PROTOGUARD_DEBUG_CACHE"] === "1") {
    process.stderr.write(`protoguard: code cache ${cli.state}${written ? ", written" : ""}${cli.file === undefined ? "" : `: ${cli.file}`}\n`);
  }
});
