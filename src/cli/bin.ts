#!/usr/bin/env node
import module from "node:module";

// Node 22.1 and later can keep V8's compiled code on disk between runs (in the
// system's temporary directory, or NODE_COMPILE_CACHE); Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Imported after the cache is on, so that the CLI's own code is compiled through it.
const { runProcess } = await import("./main.js");
await runProcess();
