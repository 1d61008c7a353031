// Builds from the TypeScript sources with esbuild, in memory: the GitHub Action
// bundle (src/action/ in the one file action.yml runs, same sources same bytes),
// the CLI bundle (the package's `bin`) and the modules the generator reads rule
// metadata from.
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Where the package's `bin` is, from the package root; one directory below it, like rules/ and docs/ are read from. */
export const CLI_BUNDLE = "dist/cli/protoguard.cjs";

/**
 * Writes the CLI to `outfile` (by default CLI_BUNDLE) and, beside it under the
 * same name with `.code.cjs`, its code: one CommonJS file with every
 * dependency, so that Node reads and compiles one file at start-up instead
 * of a few hundred. `outfile` is a small CommonJS file (src/cli/bin.ts)
 * that compiles that file with V8's code cache (src/cli/code-cache.ts) and
 * runs it; as CommonJS, it starts without Node's ES module loader. What the CLI
 * imports with `await import()` (git, chalk, evidence, ...) is evaluated only
 * when a run needs it. `import.meta.url` is each file's own URL, so paths a
 * module finds from it (docs/, package.json, protobufjs) are those of the
 * installed package, one directory below its root. The code is minified
 * (whitespace and syntax, not names) and ASCII, so that V8 holds and scans
 * the source as one-byte strings.
 * The help text yargs renders before each command (for a failure it might
 * show) measures its columns with string-width; its ASCII text is measured
 * by length here, anything else still by string-width. yargs's checks of
 * its own invariants use a small stand-in for node:assert.
 * Returns the paths written, the entry first.
 */
export async function bundleCli(outfile = CLI_BUNDLE) {
  const entryPath = resolve(ROOT, outfile);
  const outdir = dirname(entryPath);
  if (extname(entryPath) !== ".cjs") throw new Error(`${entryPath}: the CLI's entry is a CommonJS file (.cjs); its code goes beside it as .code.cjs`);
  const codePath = join(outdir, `${basename(entryPath, ".cjs")}.code.cjs`);
  const common = { absWorkingDir: ROOT, write: false, bundle: true, platform: "node", target: "node20", format: "cjs", charset: "ascii", legalComments: "eof", logLevel: "warning" };
  const ownUrl = (name) => ({
    define: { "import.meta.url": name },
    // The sources are ES modules, strict throughout: the directive goes first, before the banner's code, where it takes effect.
    banner: `"use strict";\nvar ${name} = require("node:url").pathToFileURL(__filename).href;`,
  });
  const binUrl = ownUrl("__protoguardBinUrl");
  const codeUrl = ownUrl("__protoguardImportMetaUrl");
  const code = await build({
    ...common,
    entryPoints: ["src/cli/main.ts"],
    outfile: codePath,
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [asciiStringWidth, embeddedBase64, noPackageSearch, yargsAssert],
    metafile: true,
    define: codeUrl.define,
    banner: { js: ["// Built by `npm run build` from src/cli/ (the protoguard command). Do not edit.", codeUrl.banner].join("\n") },
  });
  const [main] = code.outputFiles;
  if (main === undefined) throw new Error(`esbuild wrote no ${codePath}`);
  // The loader names its code cache by the code's SHA-1, which it would otherwise compute at every start.
  const sha1 = createHash("sha1").update(main.contents).digest("hex");
  const loader = await build({
    ...common,
    entryPoints: ["src/cli/bin.ts"],
    outfile: entryPath,
    minifySyntax: true,
    define: { ...binUrl.define, __protoguardCodeSha1: JSON.stringify(sha1) },
    banner: { js: ["// Built by `npm run build` from src/cli/bin.ts (the protoguard command). Do not edit.", binUrl.banner].join("\n") },
  });
  const [entry] = loader.outputFiles;
  if (entry === undefined) throw new Error(`esbuild wrote no ${entryPath}`);
  if (code.metafile.inputs[EMBEDDED_BASE64_SHIM] === undefined) {
    throw new Error(`${EMBEDDED_BASE64_IMPORTER} no longer imports ${EMBEDDED_BASE64_IMPORT}: update the embeddedBase64 plugin of scripts/lib/build.mjs`);
  }
  if (code.metafile.inputs[YARGS_ASSERT_SHIM] === undefined || Object.values(code.metafile.inputs).some((input) => input.imports.some((i) => i.path === "assert" && i.external === true))) {
    throw new Error(`${NO_PACKAGE_SEARCH_IMPORTER} no longer imports assert alone: update the yargsAssert plugin of scripts/lib/build.mjs`);
  }
  if (code.metafile.inputs[NO_PACKAGE_SEARCH_SHIM] === undefined || Object.keys(code.metafile.inputs).some((path) => path.includes("node_modules/escalade/"))) {
    throw new Error(`${NO_PACKAGE_SEARCH_IMPORTER} no longer imports escalade/sync alone: update the noPackageSearch plugin of scripts/lib/build.mjs`);
  }
  // The loader reads the code as Latin-1, one byte a character: it must be ASCII.
  const wide = main.contents.findIndex((byte) => byte > 0x7f);
  if (wide !== -1) throw new Error(`${codePath}: byte ${String(wide)} is not ASCII`);
  mkdirSync(outdir, { recursive: true });
  // Earlier builds left their lazily loaded code in chunk files beside the entry, and an ES module entry.
  const stale = `${basename(entryPath, ".cjs")}.mjs`;
  for (const name of readdirSync(outdir)) if (/^chunk-[A-Z0-9]+\.m?js$/.test(name) || name === stale) rmSync(join(outdir, name));
  writeFileSync(codePath, main.contents);
  writeFileSync(entryPath, entry.contents);
  chmodSync(entryPath, 0o755);
  return [entryPath, codePath];
}

const ASCII_WIDTH = resolve(import.meta.dirname, "ascii-string-width.mjs");

/** Sends every import of string-width except the wrapper's own to the wrapper. */
const asciiStringWidth = {
  name: "ascii-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === ASCII_WIDTH ? undefined : { path: ASCII_WIDTH }));
  },
};

const EMBEDDED_BASE64 = resolve(import.meta.dirname, "embedded-base64.mjs");
const EMBEDDED_BASE64_SHIM = relative(ROOT, EMBEDDED_BASE64).split(sep).join("/");
const EMBEDDED_BASE64_IMPORTER = "node_modules/@bufbuild/protobuf/dist/esm/codegenv2/file.js";
const EMBEDDED_BASE64_IMPORT = "../wire/base64-encoding.js";

/** Sends the base64 decoder of @bufbuild/protobuf's fileDesc() (and of nothing else) to embedded-base64.mjs. */
const embeddedBase64 = {
  name: "embedded-base64",
  setup(b) {
    const importer = resolve(ROOT, EMBEDDED_BASE64_IMPORTER);
    b.onResolve({ filter: /^\.\.\/wire\/base64-encoding\.js$/ }, (args) => (args.importer === importer && args.path === EMBEDDED_BASE64_IMPORT ? { path: EMBEDDED_BASE64 } : undefined));
  },
};

const NO_PACKAGE_SEARCH = resolve(import.meta.dirname, "no-package-search.mjs");
const NO_PACKAGE_SEARCH_SHIM = relative(ROOT, NO_PACKAGE_SEARCH).split(sep).join("/");
const NO_PACKAGE_SEARCH_IMPORTER = "node_modules/yargs/lib/platform-shims/esm.mjs";

const YARGS_ASSERT = resolve(import.meta.dirname, "yargs-assert.mjs");
const YARGS_ASSERT_SHIM = relative(ROOT, YARGS_ASSERT).split(sep).join("/");

/** Sends yargs's node:assert (two checks of its own invariants) to yargs-assert.mjs. */
const yargsAssert = {
  name: "yargs-assert",
  setup(b) {
    const importer = resolve(ROOT, NO_PACKAGE_SEARCH_IMPORTER);
    b.onResolve({ filter: /^assert$/ }, (args) => (args.importer === importer ? { path: YARGS_ASSERT } : undefined));
  },
};

/** Sends yargs's escalade/sync (its search for a package.json, for a version protoguard sets itself) to no-package-search.mjs. */
const noPackageSearch = {
  name: "no-package-search",
  setup(b) {
    const importer = resolve(ROOT, NO_PACKAGE_SEARCH_IMPORTER);
    b.onResolve({ filter: /^escalade\/sync$/ }, (args) => (args.importer === importer ? { path: NO_PACKAGE_SEARCH } : undefined));
  },
};

/** The bundle's text, built in memory. */
export async function bundleAction() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/action/index.ts"],
    outfile: "action/index.mjs",
    write: false,
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
        "// Generated by `npm run generate` from src/action/ (the protoguard GitHub Action). Do not edit.",
        'import { createRequire as __protoguardCreateRequire } from "node:module";',
        "const require = __protoguardCreateRequire(import.meta.url);",
      ].join("\n"),
    },
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild wrote no bundle");
  return file.text;
}

/** The rule metadata and the README table generator, loaded from the TypeScript sources (bundled in memory). */
export async function loadSources() {
  const result = await build({
    absWorkingDir: ROOT,
    stdin: {
      contents: 'export { RULES } from "./rules/index.ts"; export { updateRulesTable } from "./src/docs.ts";',
      resolveDir: ROOT,
      loader: "ts",
    },
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild wrote no module");
  // Inside node_modules/, so the module's package imports resolve as the sources' do.
  const dir = resolve(ROOT, "node_modules/.cache/protoguard-generate");
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, "sources.mjs");
  writeFileSync(path, file.text);
  return import(pathToFileURL(path).href);
}
