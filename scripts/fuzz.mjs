// The long fuzz run: `npm run fuzz`. Runs the targets of test/fuzz/targets.ts
// (the frontend, the descriptor-set reader, the configuration reader, every
// reporter) on FUZZ_CASES inputs in all (default 100000, split evenly), each
// target in a worker thread so that a hang is killed after FUZZ_HANG_MS
// (default 10000). Prints every crash (an exception other than a located
// InputError, or a broken property) with its stack, every hang, and the
// slowest case of each target; each of those inputs is saved under FUZZ_OUT
// (default fuzz-out/) with the command that replays it. Exits 1 on a crash or
// a hang. Progress is printed every FUZZ_PROGRESS cases (1000), and each
// crash and hang as soon as it is found.
//
//   FUZZ_CASES=2000 FUZZ_TARGETS=frontend,config FUZZ_SEED=42 npm run fuzz
//   node scripts/fuzz.mjs --replay frontend 42 1234     (one case, in this process)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
// Two levels below the root, as test/fuzz/targets.ts is: it finds the fixtures from where it runs.
// One file per run (workers are told which), so that runs side by side do not rewrite each other's.
const bundle = isMainThread ? join(root, `dist/fuzz/targets-${process.pid}.mjs`) : workerData.bundle;
/** Inputs are generated in batches of this many from one seed: case i is item i % BATCH of batch floor(i / BATCH). */
const BATCH = 500;
/** The bound on starting a worker or generating a batch of inputs. */
const SETUP_MS = 120_000;

async function loadTargets() {
  const fc = (await import("fast-check")).default;
  const { TARGETS, expectedError } = await import(pathToFileURL(bundle).href);
  return { fc, TARGETS, expectedError };
}

/** The generator of one target's inputs: case i from (seed, i), the same in every thread. */
function inputs(fc, target, seed) {
  let batch = -1;
  let items = [];
  return (i) => {
    const b = Math.floor(i / BATCH);
    if (b !== batch) {
      items = fc.sample(target.arbitrary, { seed: (seed + b) | 0, numRuns: BATCH });
      batch = b;
    }
    return items[i % BATCH];
  };
}

/** One case: "ok" (a result or a located error) or the stack of what broke. */
function runCase(target, input, expectedError) {
  try {
    target.check(input);
    return { outcome: "ok" };
  } catch (err) {
    if (expectedError(err)) return { outcome: "ok" };
    return { outcome: "crash", stack: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

if (!isMainThread) {
  const { name, seed, start, end } = workerData;
  const { fc, TARGETS, expectedError } = await loadTargets();
  const target = TARGETS[name];
  const at = inputs(fc, target, seed);
  for (let i = start; i < end; i++) {
    const input = at(i);
    parentPort.postMessage({ start: i });
    const t0 = performance.now();
    const result = runCase(target, input, expectedError);
    parentPort.postMessage({ i, ms: performance.now() - t0, ...result });
  }
  parentPort.postMessage({ finished: true });
} else {
  try {
    await main();
  } finally {
    rmSync(bundle, { force: true });
  }
}

async function bundleTargets() {
  await build({
    absWorkingDir: root,
    entryPoints: ["test/fuzz/targets.ts"],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

function save(outDir, target, what, seed, i, input) {
  const { bytes, ext } = target.save(input);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${what}-${target.name}-${seed}-${i}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

/** Runs cases [start, end) of a target in workers, restarting after a hang; resolves with what it found. */
function runTarget(name, seed, start, end, hangMs, onCase) {
  return new Promise((done) => {
    const hangs = [];
    let last = start - 1;
    const spawn = (from) => {
      if (from >= end) {
        done({ hangs });
        return;
      }
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { name, seed, start: from, end, bundle },
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      });
      let timer;
      // A case gets hangMs; loading the targets and generating a batch of inputs, between cases, get more.
      const arm = (ms) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          hangs.push(last + 1);
          console.log(`  HANG case ${last + 1} (over ${ms} ms): the worker is stopped and started again after it`);
          void worker.terminate();
        }, ms);
      };
      arm(Math.max(hangMs, SETUP_MS));
      worker.on("message", (m) => {
        if (m.finished) {
          clearTimeout(timer);
          void worker.terminate();
          done({ hangs });
          return;
        }
        if (m.start !== undefined) {
          arm(hangMs);
          return;
        }
        last = m.i;
        onCase(m);
        arm(Math.max(hangMs, SETUP_MS));
      });
      worker.on("error", (err) => {
        clearTimeout(timer);
        // The worker itself died (out of memory, a fatal error): the case it was on is a crash.
        onCase({ i: last + 1, ms: 0, outcome: "crash", stack: `worker died: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` });
        last += 1;
        spawn(last + 1);
      });
      worker.on("exit", () => {
        if (hangs.at(-1) === last + 1) {
          clearTimeout(timer);
          last += 1;
          spawn(last + 1);
        }
      });
    };
    spawn(start);
  });
}

async function main() {
  const args = process.argv.slice(2);
  await bundleTargets();
  const { fc, TARGETS, expectedError } = await loadTargets();
  if (args[0] === "--replay") {
    const [, name, seed, i] = args;
    const target = TARGETS[name];
    if (target === undefined) throw new Error(`no target ${name}: ${Object.keys(TARGETS).join(", ")}`);
    const result = runCase(target, inputs(fc, target, Number(seed))(Number(i)), expectedError);
    console.log(result.outcome === "ok" ? "ok: a result or a located error" : result.stack);
    process.exitCode = result.outcome === "ok" ? 0 : 1;
    return;
  }
  const total = Number(process.env.FUZZ_CASES ?? 100_000);
  const names = (process.env.FUZZ_TARGETS ?? Object.keys(TARGETS).join(",")).split(",");
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_000);
  const hangMs = Number(process.env.FUZZ_HANG_MS ?? 10_000);
  const outDir = resolve(process.env.FUZZ_OUT ?? "fuzz-out");
  const progressEvery = Number(process.env.FUZZ_PROGRESS ?? 1000);
  const per = Math.ceil(total / names.length);
  const replay = (name, i) => `node scripts/fuzz.mjs --replay ${name} ${seed} ${i}`;
  console.log(`protoguard fuzz: ${per} cases of each of ${names.join(", ")}, seed ${seed}, hang bound ${hangMs} ms`);
  let bad = 0;
  for (const name of names) {
    const target = TARGETS[name];
    if (target === undefined) throw new Error(`no target ${name}: ${Object.keys(TARGETS).join(", ")}`);
    const at = inputs(fc, target, seed);
    const crashes = new Map();
    let slowest = { i: -1, ms: -1 };
    let count = 0;
    const started = performance.now();
    const { hangs } = await runTarget(name, seed, 0, per, hangMs, (m) => {
      count++;
      if (m.ms > slowest.ms) slowest = { i: m.i, ms: m.ms };
      if (count % progressEvery === 0) {
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        console.log(`  ${name}: ${count} cases, ${seconds} s, ${crashes.size} distinct crashes, slowest ${slowest.ms.toFixed(1)} ms (case ${slowest.i})`);
      }
      if (m.outcome !== "crash") return;
      const key = m.stack.split("\n").slice(0, 3).join("\n");
      const known = crashes.get(key);
      if (known !== undefined) {
        known.count++;
        return;
      }
      const file = save(outDir, target, "crash", seed, m.i, at(m.i));
      crashes.set(key, { i: m.i, count: 1 });
      // Printed at once, so that a run stopped early still shows it.
      console.log(`  CRASH case ${m.i}, input ${file}\n    replay: ${replay(name, m.i)}\n    ${m.stack.split("\n").slice(0, 8).join("\n    ")}`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n${name}: ${count} cases in ${seconds} s, ${crashes.size} distinct crashes, ${hangs.length} hangs`);
    for (const c of crashes.values()) console.log(`  crash at case ${c.i}: ${c.count} cases like it`);
    for (const i of hangs) {
      console.log(`  HANG case ${i} (over ${hangMs} ms), input ${save(outDir, target, "hang", seed, i, at(i))}\n    replay: ${replay(name, i)}`);
    }
    if (slowest.i >= 0) {
      console.log(`  slowest: case ${slowest.i}, ${slowest.ms.toFixed(1)} ms, input ${save(outDir, target, "slowest", seed, slowest.i, at(slowest.i))}`);
    }
    bad += crashes.size + hangs.length;
  }
  process.exitCode = bad > 0 ? 1 : 0;
}
