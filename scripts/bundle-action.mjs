// Bundles the GitHub Action (src/action/) into the single file action.yml runs,
// so the action starts without npm install. `npm run bundle` writes it;
// `node scripts/bundle-action.mjs OUTFILE` writes it elsewhere (the test that
// checks the committed bundle is up to date does that).
import { resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const outfile = resolve(process.argv[2] ?? resolve(root, "action/index.mjs"));

await build({
  absWorkingDir: root,
  entryPoints: ["src/action/index.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  charset: "utf8",
  legalComments: "eof",
  logLevel: "warning",
  // CommonJS dependencies call require() for Node's modules; an ES module has none of its own.
  banner: {
    js: [
      "// The protoguard GitHub Action, bundled from src/action/ by `npm run bundle`. Do not edit.",
      'import { createRequire as __protoguardCreateRequire } from "node:module";',
      "const require = __protoguardCreateRequire(import.meta.url);",
    ].join("\n"),
  },
});
