#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.js";

// The package's `bin`: runs the CLI, bundled as one CommonJS file beside this
// one (same name, `.code.cjs`), with V8's compiled code cached between runs.
// It is built as CommonJS too: Node starts it without its ES module loader,
// which would translate each of Node's own modules the bin imports.
// The build defines __protoguardCodeSha1 as the bundle's SHA-1 (scripts/lib/build.mjs).
declare const __protoguardCodeSha1: string | undefined;
const bundle = fileURLToPath(import.meta.url).replace(/\.[cm]?[jt]s$/, ".code.cjs");
const cli = loadBundle(bundle, process.env, typeof __protoguardCodeSha1 === "string" ? __protoguardCodeSha1 : undefined);
/** The kind of a check (`breaking text`, `breaking json`), whose code is cached; undefined for `--help`, `rules`, `lint`... */
function runKind(args: readonly string[]): string | undefined {
  if (args[0] !== "breaking" || args.some((a) => a === "--help" || a === "-h")) return undefined;
  let format = "text";
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") break;
    if ((a === "--format" || a === "-f") && i + 1 < args.length) format = args[++i] as string;
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
  }
  return `breaking ${format}`;
}

void (cli.exports as { runProcess: () => Promise<void> }).runProcess().then(() => {
  const written = cli.save(runKind(process.argv.slice(2)));
  if (process.env["PROTOGUARD_DEBUG_CACHE"] === "1") {
    process.stderr.write(`protoguard: code cache ${cli.state}${written ? ", written" : ""}${cli.file === undefined ? "" : `: ${cli.file}`}\n`);
  }
});
