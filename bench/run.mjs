#!/usr/bin/env node
// Benchmarks protoguard against `buf breaking` on the generated corpora.
//
//   npm run bench [-- --size demo|small|medium|large|pathological|nested|fanout|giant|googleapis[,...]] [--runs N]
//
// googleapis is the real-world corpus, read from the clone named by
// PROTOGUARD_BENCH_GOOGLEAPIS (skipped with a message when it is not set).
//
// For each size: generate the corpus if needed, run both tools on the same
// pair (alternating which goes first), report the median wall time, peak
// memory, CPU time and findings of each, and write bench/results.json. On the
// large corpus it also measures how fast protobufjs parses the previous side,
// as a reference for the frontend; on the medium corpus, how much of a run
// against a git revision goes to reading the revision. See bench/README.md.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPORA, SHAPES, bufPath, ensureCorpus } from './generate.mjs';
import { measureGitRead } from './lib/git-read.mjs';
import { benchGoogleapis } from './lib/googleapis.mjs';
import { gnuTimeAvailable, measure, methodDescription } from './lib/measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const PROTOGUARD_BIN = join(REPO, 'dist', 'cli', 'protoguard.cjs');
const TOKEN_FLOOR = join(HERE, 'lib', 'token-floor.mjs');
const RESULTS = join(HERE, 'results.json');
/**
 * Variables the bench leaves out of both tools' environment: NODE_EXTRA_CA_CERTS
 * makes every Node process parse the certificate bundle it names before any
 * code runs (35 ms for the Debian bundle), a setting of the machine that buf
 * does not pay for a run with no TLS.
 */
const DROPPED_ENV = ['NODE_EXTRA_CA_CERTS'];
const FILE_CONFIG = '{"version":"v2","breaking":{"use":["FILE"]}}';
// protoguard reads the same configuration from a buf.yaml, so both tools run
// buf's FILE rules and nothing else (protoguard's defaults add its own rules).
const CONFIG_DIR = mkdtempSync(join(tmpdir(), 'protoguard-bench-config-'));
const BUF_YAML = join(CONFIG_DIR, 'buf.yaml');
writeFileSync(BUF_YAML, `${FILE_CONFIG}\n`);

function usage(message) {
  process.stderr.write(`${message}\nusage: node bench/run.mjs [--size ${SIZE_NAMES.join('|')}[,...]] [--runs N]\n`);
  process.exit(2);
}

/** What `--size` names: the start-up demo, each corpus, all pathological shapes at once, and googleapis. */
const SIZE_NAMES = ['demo', ...CORPORA, 'pathological', 'googleapis'];
/** What runs without `--size`. */
const DEFAULT_SIZES = ['demo', 'small', 'medium', 'large', ...SHAPES, 'googleapis'];

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' } } }));
  } catch (err) {
    usage(err.message);
  }
  const named = values.size === undefined ? DEFAULT_SIZES : values.size.split(',');
  for (const name of named) if (!SIZE_NAMES.includes(name)) usage(`unknown size "${name}"`);
  const sizes = [...new Set(named.flatMap((name) => (name === 'pathological' ? SHAPES : [name])))];
  let runs = null;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, got "${values.runs}"`);
  }
  return { sizes, runs };
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.proto')) out.push(full);
  }
  return out;
}

/** Files and bytes of one side; reading every file also warms the page cache. */
function sideStats(dir) {
  const files = walk(dir);
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  return { files: files.length, bytes };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** buf --error-format json: one object per line. */
function bufFindings(stdout) {
  const out = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    out.push({ rule: o.type, file: o.path ?? '', line: o.start_line ?? 0, message: o.message });
  }
  return out;
}

/**
 * protoguard --format json: {findings: [...]} (an array or JSON lines are
 * accepted too). Paths are taken relative to the input root, like buf's, and a
 * deleted file has no path, as in buf's output.
 */
function protoguardFindings(stdout, currentDir) {
  const text = stdout.trim();
  if (!text) return [];
  let items;
  try {
    const doc = JSON.parse(text);
    items = Array.isArray(doc) ? doc : doc.findings;
  } catch {
    items = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  }
  if (!Array.isArray(items)) throw new Error('no "findings" array in the JSON output');
  const prefixes = [`${currentDir}/`, `${relative(REPO, currentDir)}/`];
  const rootRelative = (file) => {
    for (const p of prefixes) if (file.startsWith(p)) return file.slice(p.length);
    return file;
  };
  return items.map((o) => ({
    rule: o.rule ?? o.type,
    file: o.deleted ? '' : o.path ?? rootRelative(o.file ?? ''),
    line: o.line ?? o.start_line ?? 0,
    message: o.message,
  }));
}

function key(f) {
  return `${f.rule}\u0000${f.file}\u0000${f.line}`;
}

/**
 * Compares two lists of findings by (rule, file, line), counting repeats.
 * Returns the number in common and what is left over on each side.
 */
function compareFindings(a, b) {
  const left = new Map();
  for (const f of a) {
    const list = left.get(key(f)) ?? [];
    list.push(f);
    left.set(key(f), list);
  }
  let common = 0;
  const onlyB = [];
  for (const f of b) {
    const list = left.get(key(f));
    if (list?.length) {
      list.pop();
      common++;
    } else {
      onlyB.push(f);
    }
  }
  const onlyA = [...left.values()].flat();
  return { common, onlyA, onlyB };
}

function describe(f) {
  return `${f.rule} ${f.file || '(deleted file)'}:${f.line} ${f.message ?? ''}`.trim();
}

function byRule(findings) {
  const out = {};
  for (const f of findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1)));
}

const TOOLS = {
  buf: {
    label: 'buf',
    command: ({ current, previous, staged }) => ({
      cmd: bufPath(),
      args: [
        'breaking', '.', '--against', staged ? '.git#branch=main' : relative(current, previous),
        '--error-format', 'json', '--config', FILE_CONFIG, '--against-config', FILE_CONFIG,
      ],
      cwd: current,
    }),
    ok: (code) => code === 0 || code === 100,
    parse: bufFindings,
  },
  protoguard: {
    label: 'protoguard',
    command: ({ current, previous, staged }) => ({
      cmd: process.execPath,
      args: staged
        ? [PROTOGUARD_BIN, 'breaking', '.', '--staged', '--config', BUF_YAML, '--format', 'json']
        : [PROTOGUARD_BIN, 'breaking', current, '--against', previous, '--config', BUF_YAML, '--format', 'json'],
      cwd: staged ? current : REPO,
    }),
    ok: (code) => code === 0 || code === 1,
    parse: protoguardFindings,
  },
};

async function runTool(name, sides, env, method) {
  const tool = TOOLS[name];
  const { cmd, args, cwd } = tool.command(sides);
  const r = await measure(cmd, args, { cwd, env, method });
  const run = { wallSeconds: r.wallSeconds, peakRssBytes: r.peakRssBytes, cpuSeconds: r.cpuSeconds, exitCode: r.exitCode };
  if (!tool.ok(r.exitCode)) {
    run.error = `exit ${r.exitCode ?? r.signal}: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 15).join('\n')}`;
    return { run, findings: null };
  }
  try {
    const findings = tool.parse(r.stdout, sides.current);
    const compile = findings.filter((f) => f.rule === 'COMPILE');
    if (compile.length) {
      run.error = `the corpus does not compile: ${compile.slice(0, 5).map((f) => `${f.file}:${f.line}: ${f.message}`).join('; ')}`;
      return { run, findings: null };
    }
    return { run, findings };
  } catch (err) {
    run.error = `unreadable output: ${err.message}`;
    return { run, findings: null };
  }
}

/** Runs both tools `runs` times on the same sides, alternating which goes first. */
async function runBoth(sides, runs, env, method, protoguardPresent, log) {
  const tools = protoguardPresent ? ['buf', 'protoguard'] : ['buf'];
  const raw = { buf: [], protoguard: [] };
  const found = { buf: null, protoguard: null };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? tools : [...tools].reverse();
    for (const name of order) {
      const { run, findings } = await runTool(name, sides, env, method);
      raw[name].push(run);
      if (findings) found[name] = findings;
      log(`  ${name} run ${i + 1}: ${run.error ? `FAILED (${run.error.split('\n')[0]})` : `${run.wallSeconds.toFixed(2)} s, ${(run.peakRssBytes / 1048576).toFixed(0)} MB, ${findings.length} findings`}`);
    }
  }
  return { raw, found };
}

/** Both tools' summaries and how their findings compare. */
function pairResult(raw, found, protoguardPresent) {
  const result = {
    buf: summarize(raw.buf, found.buf),
    protoguard: protoguardPresent ? summarize(raw.protoguard, found.protoguard) : { missing: true },
  };
  if (found.buf && found.protoguard) {
    const { common, onlyA, onlyB } = compareFindings(found.buf, found.protoguard);
    result.commonFindings = common;
    result.onlyBuf = onlyA.map(describe);
    result.onlyProtoguard = onlyB.map(describe);
  }
  return result;
}

/** The real-world corpus: see lib/googleapis.mjs. */
async function benchReal(runsOption, method, env, protoguardPresent, log) {
  const runs = runsOption ?? 3;
  const both = async (label, sides) => {
    log(`googleapis ${label}: ${runs} run(s) per tool; load average ${loadavg()[0].toFixed(1)}`);
    const { raw, found } = await runBoth(sides, runs, env, method, protoguardPresent, log);
    return pairResult(raw, found, protoguardPresent);
  };
  const real = await benchGoogleapis({
    root: join(HERE, 'corpus', 'googleapis'),
    log,
    runPair: async (label, current, previous) => ({ previous: sideStats(previous), ...(await both(label, { current, previous })) }),
    // The first run in a fresh clone has no outline cache (.git/protoguard/outlines) yet; a
    // pre-commit hook meets that once, and every later commit meets the cached case.
    runStaged: async (label, repo) => {
      log(`googleapis ${label}: 1 first run and ${runs} later run(s) per tool; load average ${loadavg()[0].toFixed(1)}`);
      const { raw, found } = await runBoth({ current: repo, staged: true }, runs + 1, env, method, protoguardPresent, log);
      const part = (from, to) => ({ buf: raw.buf.slice(from, to), protoguard: raw.protoguard.slice(from, to) });
      return { first: pairResult(part(0, 1), found, protoguardPresent), later: pairResult(part(1), found, protoguardPresent) };
    },
    runFloor: (dirs) => tokenFloor(dirs, runs, env, method, log),
  });
  return real;
}

/**
 * The floor of a whole-tree check in Node: bench/lib/token-floor.mjs reads
 * both trees and splits them into tokens with one regex, `runs` times.
 */
async function tokenFloor(dirs, runs, env, method, log) {
  const wall = [];
  const cpu = [];
  let peak = 0;
  let counts = null;
  for (let i = 0; i < runs; i++) {
    const r = await measure(process.execPath, [TOKEN_FLOOR, ...dirs], { cwd: REPO, env, method });
    if (r.exitCode !== 0) return { error: `exit ${r.exitCode ?? r.signal}: ${r.stderr.trim().split('\n')[0]}` };
    counts = JSON.parse(r.stdout);
    wall.push(r.wallSeconds);
    cpu.push(r.cpuSeconds);
    peak = Math.max(peak, r.peakRssBytes);
  }
  log(`  token floor: ${secs(median(wall))} (median of ${runs}), ${counts.files} files, ${counts.matches} matches`);
  return { ...counts, wallSeconds: median(wall), cpuSeconds: median(cpu), peakRssBytes: peak };
}

function ratio(bufValue, pgValue) {
  if (!bufValue || !pgValue) return '-';
  return `${(bufValue / pgValue).toFixed(1)}x`;
}

/** One row per scenario: wall, CPU and peak memory of each tool, and buf's over protoguard's. */
function realTable(real) {
  const rows = [[
    'googleapis scenario', 'files', 'buf wall', 'pg wall', 'wall ratio', 'buf cpu', 'pg cpu', 'buf peak', 'pg peak',
    'memory ratio', 'buf findings', 'pg findings', 'common',
  ]];
  for (const r of real.results) {
    rows.push([
      r.scenario, r.files.join('/'),
      secs(r.buf.wallSeconds), pgCell(r, (p) => secs(p.wallSeconds)), r.protoguard.missing ? '-' : ratio(r.buf.wallSeconds, r.protoguard.wallSeconds),
      secs(r.buf.cpuSeconds), pgCell(r, (p) => secs(p.cpuSeconds)),
      mb(r.buf.peakRssBytes), pgCell(r, (p) => mb(p.peakRssBytes)), r.protoguard.missing ? '-' : ratio(r.buf.peakRssBytes, r.protoguard.peakRssBytes),
      r.buf.findings ?? '-', pgCell(r, (p) => p.findings ?? '-'), r.commonFindings ?? '-',
    ]);
  }
  return table(rows);
}

/** A tool's cost per MB of one side: wall and CPU seconds, peak MiB. */
function perMb(summary, bytes) {
  if (!summary || summary.missing || summary.wallSeconds === null || !bytes) return null;
  const mbs = bytes / 1e6;
  return { wall: summary.wallSeconds / mbs, cpu: summary.cpuSeconds / mbs, peak: summary.peakRssBytes / 1048576 / mbs };
}

/** The whole tree against its floor: how many times the token floor's wall time each tool takes. */
function floorLine(r) {
  const f = r.floor;
  const times = (tool) => (tool && !tool.missing && tool.wallSeconds ? `${(tool.wallSeconds / f.wallSeconds).toFixed(1)}x` : '-');
  return `${r.scenario}: floor (one regex tokenizer over both trees in Node, ${f.files} files, ${(f.bytes / 1e6).toFixed(1)} MB): ${secs(f.wallSeconds)} wall, ${secs(f.cpuSeconds)} CPU, ${mb(f.peakRssBytes)}; protoguard takes ${times(r.protoguard)} the floor, buf ${times(r.buf)}.`;
}

/** Above this many times the ordinary cost per MB, a pathological shape is flagged. */
const PATHOLOGICAL_LIMIT = 2;

/**
 * Cost per MB of each corpus and of googleapis' whole tree, for both tools;
 * for a pathological shape, also its CPU and peak per MB over the ordinary
 * input's (the medium corpus; for protoguard, the medium corpus with every
 * file compiled, as a shape's changed shared or giant file makes it compile
 * nearly everything). Returns {text, over}: the table and the shapes above
 * PATHOLOGICAL_LIMIT.
 */
function scaleTable(results, real) {
  const rows = [['corpus', 'MB/side', 'buf wall/MB', 'pg wall/MB', 'buf cpu/MB', 'pg cpu/MB', 'buf peak/MB', 'pg peak/MB', 'buf vs ordinary', 'pg vs ordinary']];
  const medium = results.find((r) => r.size === 'medium');
  const ordinary = medium && {
    buf: perMb(medium.buf, medium.previous.bytes),
    protoguard: perMb(medium.fullCompile ?? medium.protoguard, medium.previous.bytes),
  };
  const over = [];
  const vs = (cost, base) => (cost && base ? { cpu: cost.cpu / base.cpu, peak: cost.peak / base.peak } : null);
  const vsCell = (v) => (v ? `cpu ${v.cpu.toFixed(1)}x, peak ${v.peak.toFixed(1)}x${Math.max(v.cpu, v.peak) > PATHOLOGICAL_LIMIT ? ' OVER' : ''}` : '-');
  const row = (name, bytes, bufSummary, pgSummary, shape) => {
    const b = perMb(bufSummary, bytes);
    const p = perMb(pgSummary, bytes);
    const bv = shape ? vs(b, ordinary?.buf) : null;
    const pv = shape ? vs(p, ordinary?.protoguard) : null;
    if (pv && Math.max(pv.cpu, pv.peak) > PATHOLOGICAL_LIMIT) over.push(`${name}: protoguard's CPU per MB is ${pv.cpu.toFixed(1)}x, its peak per MB ${pv.peak.toFixed(1)}x the ordinary`);
    const f = (c, k, unit) => (c ? `${c[k].toFixed(k === 'peak' ? 1 : 3)} ${unit}` : '-');
    rows.push([name, (bytes / 1e6).toFixed(1), f(b, 'wall', 's'), f(p, 'wall', 's'), f(b, 'cpu', 's'), f(p, 'cpu', 's'), f(b, 'peak', 'MB'), f(p, 'peak', 'MB'), vsCell(bv), vsCell(pv)]);
  };
  for (const r of results) {
    if (r.size === 'demo') continue;
    row(r.size, r.previous.bytes, r.buf, r.protoguard, SHAPES.includes(r.size));
    if (r.fullCompile) row(`${r.size}, every file compiled`, r.previous.bytes, null, r.fullCompile, false);
  }
  const whole = real?.results?.find((r) => r.scenario === 'whole tree');
  if (whole?.previous) row('googleapis whole tree', whole.previous.bytes, whole.buf, whole.protoguard, false);
  return { text: rows.length > 1 ? table(rows) : '', over };
}

function summarize(runs, findings) {
  const ok = runs.filter((r) => !r.error);
  return {
    runs,
    wallSeconds: ok.length ? median(ok.map((r) => r.wallSeconds)) : null,
    peakRssBytes: ok.length ? Math.max(...ok.map((r) => r.peakRssBytes)) : null,
    cpuSeconds: ok.length ? median(ok.map((r) => r.cpuSeconds)) : null,
    findings: findings ? findings.length : null,
    findingsByRule: findings ? byRule(findings) : null,
    error: runs.find((r) => r.error)?.error ?? null,
  };
}

async function benchSize(size, runsOption, method, env, protoguardPresent, log, fullCompile) {
  const t0 = performance.now();
  const { dir, manifest, generated } = ensureCorpus(size, { log });
  const generationSeconds = generated ? (performance.now() - t0) / 1000 : null;
  const previous = sideStats(join(dir, 'previous'));
  const current = sideStats(join(dir, 'current'));
  const runs = runsOption ?? (size === 'large' || SHAPES.includes(size) ? 1 : 3);
  const load = loadavg()[0];
  log(`${size}: ${previous.files} files, ${(previous.bytes / 1e6).toFixed(1)} MB per side; ${runs} run(s) per tool; load average ${load.toFixed(1)}`);
  const { raw, found } = await runBoth({ current: join(dir, 'current'), previous: join(dir, 'previous') }, runs, env, method, protoguardPresent, log);
  const result = {
    size,
    corpus: relative(REPO, dir),
    generatorVersion: manifest.generatorVersion,
    generationSeconds,
    previous,
    current,
    edits: manifest.edits.length,
    breakingEdits: manifest.edits.filter((e) => e.breaking).length,
    loadAverage: load,
    ...pairResult(raw, found, protoguardPresent),
  };
  if (size === 'medium' && protoguardPresent && fullCompile) {
    log(`${size}: protoguard with every file compiled (PROTOGUARD_INCREMENTAL=0), the reference for the pathological shapes...`);
    const full = [];
    for (let i = 0; i < runs; i++) {
      const { run } = await runTool('protoguard', { current: join(dir, 'current'), previous: join(dir, 'previous') }, { ...env, PROTOGUARD_INCREMENTAL: '0' }, method);
      full.push(run);
      log(`  protoguard (every file compiled) run ${i + 1}: ${run.error ? `FAILED (${run.error.split('\n')[0]})` : `${run.wallSeconds.toFixed(2)} s, ${(run.peakRssBytes / 1048576).toFixed(0)} MB`}`);
    }
    result.fullCompile = summarize(full, null);
  }
  if (size === 'medium' && protoguardPresent) {
    log(`${size}: timing a git revision read against a whole run...`);
    try {
      result.gitRead = await measureGitRead(dir, { repoRoot: REPO, runs, env, method });
    } catch (err) {
      result.gitRead = { error: err.message };
    }
  }
  return result;
}

/**
 * The bundled three-file example: start-up cost, measured with more runs
 * since each is short, and Node's own start-up (`node -e 0`, as many runs),
 * the floor of any command written for Node.
 */
async function benchDemo(runsOption, method, env, protoguardPresent, log) {
  const sides = { current: join(REPO, 'fixtures', 'demo', 'current'), previous: join(REPO, 'fixtures', 'demo', 'previous') };
  const runs = runsOption ?? 9;
  const load = loadavg()[0];
  log(`demo: the three-file example; ${runs} run(s) per tool; load average ${load.toFixed(1)}`);
  const { raw, found } = await runBoth(sides, runs, env, method, protoguardPresent, log);
  const floor = [];
  for (let i = 0; i < runs; i++) floor.push((await measure(process.execPath, ['-e', '0'], { cwd: REPO, env, method })).wallSeconds);
  log(`  node -e 0: ${secs(median(floor))} (median of ${runs})`);
  return {
    nodeFloorSeconds: median(floor),
    size: 'demo',
    corpus: relative(REPO, join(REPO, 'fixtures', 'demo')),
    previous: sideStats(sides.previous),
    current: sideStats(sides.current),
    generationSeconds: null,
    edits: null,
    loadAverage: load,
    ...pairResult(raw, found, protoguardPresent),
  };
}

async function parseThroughput(dir, log) {
  const { default: protobuf } = await import('protobufjs');
  const files = walk(join(dir, 'previous'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  log(`protobufjs: parsing ${files.length} files (${(bytes / 1e6).toFixed(1)} MB)...`);
  let failures = 0;
  let firstFailure = null;
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    try {
      protobuf.parse(texts[i], new protobuf.Root(), { keepCase: true, alternateCommentMode: true });
    } catch (err) {
      failures++;
      firstFailure ??= `${relative(join(dir, 'previous'), files[i])}: ${err.message}`;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { files: files.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, failures, firstFailure };
}

function mb(bytes) {
  return bytes === null || bytes === undefined ? '-' : `${(bytes / 1048576).toFixed(0)} MB`;
}

function secs(s) {
  return s === null || s === undefined ? '-' : `${s.toFixed(2)} s`;
}

function speed(bufSeconds, pgSeconds) {
  if (!bufSeconds || !pgSeconds) return '-';
  const r = bufSeconds / pgSeconds;
  return r >= 1 ? `${r.toFixed(1)}x faster` : `${(1 / r).toFixed(1)}x slower`;
}

function memory(bufBytes, pgBytes) {
  if (!bufBytes || !pgBytes) return '-';
  const r = bufBytes / pgBytes;
  return r >= 1 ? `${r.toFixed(1)}x less` : `${(1 / r).toFixed(1)}x more`;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ').trimEnd();
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function pgCell(r, f) {
  if (r.protoguard.missing) return 'missing';
  if (r.protoguard.error && r.protoguard.wallSeconds === null) return 'FAILED';
  return f(r.protoguard);
}

async function main() {
  const { sizes, runs } = parseOptions();
  const log = (line) => process.stderr.write(`${line}\n`);
  const method = gnuTimeAvailable() ? 'gnu-time' : 'proc-sampling';
  const protoguardPresent = existsSync(PROTOGUARD_BIN);
  const cache = mkdtempSync(join(tmpdir(), 'protoguard-bench-buf-cache-'));
  const env = { ...process.env, BUF_CACHE_DIR: cache, NO_COLOR: '1' };
  const dropped = DROPPED_ENV.filter((name) => env[name] !== undefined);
  for (const name of dropped) delete env[name];
  log(`peak memory: ${methodDescription(method)}`);
  if (dropped.length > 0) log(`environment: ${dropped.join(', ')} left out for both tools (Node parses the certificates it names at every start, before any code runs; buf reads them only for TLS)`);
  log(`buf: ${relative(REPO, bufPath())}`);
  if (!protoguardPresent) {
    log(`protoguard: MISSING (${relative(REPO, PROTOGUARD_BIN)} does not exist; run \`npm run build\` once the CLI is in src/cli). Measuring buf alone.`);
  }
  const results = [];
  let parse = null;
  let real = null;
  try {
    const fullCompile = sizes.some((size) => SHAPES.includes(size));
    for (const size of sizes) {
      if (size === 'googleapis') {
        real = await benchReal(runs, method, env, protoguardPresent, log);
        continue;
      }
      if (size === 'demo') {
        results.push(await benchDemo(runs, method, env, protoguardPresent, log));
        continue;
      }
      results.push(await benchSize(size, runs, method, env, protoguardPresent, log, fullCompile));
      if (size === 'large') parse = await parseThroughput(join(HERE, 'corpus', 'large'), log);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(CONFIG_DIR, { recursive: true, force: true });
  }

  const rows = [[
    'size', 'files/side', 'MB/side', 'buf time', 'protoguard time', 'speed', 'buf peak', 'protoguard peak',
    'memory', 'buf findings', 'protoguard findings', 'common',
  ]];
  for (const r of results) {
    rows.push([
      r.size,
      r.previous.files === r.current.files ? r.previous.files : `${r.previous.files}/${r.current.files}`,
      (r.previous.bytes / 1e6).toFixed(1),
      r.buf.error && r.buf.wallSeconds === null ? 'FAILED' : secs(r.buf.wallSeconds),
      pgCell(r, (p) => secs(p.wallSeconds)),
      r.protoguard.missing ? '-' : speed(r.buf.wallSeconds, r.protoguard.wallSeconds),
      mb(r.buf.peakRssBytes),
      pgCell(r, (p) => mb(p.peakRssBytes)),
      r.protoguard.missing ? '-' : memory(r.buf.peakRssBytes, r.protoguard.peakRssBytes),
      r.buf.findings ?? '-',
      pgCell(r, (p) => p.findings ?? '-'),
      r.commonFindings ?? '-',
    ]);
  }
  const out = [];
  if (results.length) out.push('', table(rows), '');
  out.push(`Times are medians of the runs; peak memory is the largest of the runs (${method === 'gnu-time' ? 'GNU time %M' : '/proc sampling'}).`);
  for (const r of results) {
    const cpu = [`buf ${secs(r.buf.cpuSeconds)}`];
    if (!r.protoguard.missing && r.protoguard.cpuSeconds !== null) cpu.push(`protoguard ${secs(r.protoguard.cpuSeconds)}`);
    const edits = r.edits === null ? '' : `; ${r.edits} edits in current/ (${r.breakingEdits} breaking)`;
    out.push(`${r.size}: CPU time (user+sys) ${cpu.join(', ')}${edits}; load average ${r.loadAverage.toFixed(1)} on ${cpus().length} cores${r.loadAverage > cpus().length ? ' (busy machine: times are noisy)' : ''}.`);
    if (r.generationSeconds !== null) out.push(`${r.size}: corpus generated in ${r.generationSeconds.toFixed(1)} s.`);
    if (r.nodeFloorSeconds !== undefined) out.push(`${r.size}: Node's own start-up (node -e 0), the floor of any Node command: ${secs(r.nodeFloorSeconds)}.`);
    if (r.gitRead?.error) out.push(`${r.size}: git read not measured: ${r.gitRead.error}`);
    else if (r.gitRead) out.push(`${r.size}: reading HEAD~1 from git (${r.gitRead.files} files, ${r.gitRead.catFileProcesses} cat-file process) took ${secs(r.gitRead.readSeconds)} of a ${secs(r.gitRead.wholeSeconds)} run against it (${(100 * r.gitRead.share).toFixed(1)}%).`);
    for (const [who, list] of [['buf', r.onlyBuf], ['protoguard', r.onlyProtoguard]]) {
      if (!list?.length) continue;
      out.push(`${r.size}: ${list.length} finding(s) only from ${who} (rule, file, line):`);
      for (const line of list.slice(0, 8)) out.push(`  ${line}`);
      if (list.length > 8) out.push(`  ... and ${list.length - 8} more in bench/results.json`);
    }
  }
  const scale = scaleTable(results, real);
  if (scale.text) {
    out.push('', 'Cost per MB of one side (wall and CPU seconds, peak MiB per MB):', '', scale.text, '');
    out.push(`vs ordinary: a pathological shape's CPU and peak per MB over the medium corpus's (protoguard's with every file compiled); OVER above ${PATHOLOGICAL_LIMIT}x.`);
    for (const line of scale.over) out.push(`OVER ${line}`);
  }
  if (parse) {
    out.push(`protobufjs parse of large/previous: ${parse.files} files, ${(parse.bytes / 1e6).toFixed(1)} MB in ${parse.seconds.toFixed(2)} s = ${parse.mbPerSecond.toFixed(1)} MB/s${parse.failures ? `; ${parse.failures} files failed (first: ${parse.firstFailure})` : ''}.`);
  }
  if (real?.skipped) out.push(`googleapis: skipped: ${real.skipped}.`);
  else if (real) {
    out.push('', realTable(real), '');
    out.push('Wall and CPU are medians of the runs, peak memory the largest; ratio = buf / protoguard (above 1: protoguard is faster or smaller).');
    for (const r of real.results) {
      if (r.floor?.error) out.push(`${r.scenario}: token floor not measured: ${r.floor.error}`);
      else if (r.floor) out.push(floorLine(r));
    }
    for (const r of real.results) {
      for (const [who, list] of [['buf', r.onlyBuf], ['protoguard', r.onlyProtoguard]]) {
        if (!list?.length) continue;
        out.push(`${r.scenario}: ${list.length} finding(s) only from ${who}:`);
        for (const line of list.slice(0, 8)) out.push(`  ${line}`);
      }
    }
  }
  const failures = [];
  for (const r of [...results, ...(real?.results ?? [])]) {
    const name = r.size ?? r.scenario;
    if (r.buf.error) failures.push(`${name}: buf failed: ${r.buf.error}`);
    if (!r.protoguard.missing && r.protoguard.error) failures.push(`${name}: protoguard failed: ${r.protoguard.error}`);
  }
  if (!protoguardPresent) failures.push(`protoguard binary missing: ${relative(REPO, PROTOGUARD_BIN)} (build the CLI, then run again)`);
  for (const f of failures) out.push(`ERROR ${f}`);
  process.stdout.write(`${out.join('\n')}\n`);

  writeFileSync(RESULTS, `${JSON.stringify({
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    memoryMethod: method,
    environmentLeftOut: dropped,
    buf: relative(REPO, bufPath()),
    protoguard: protoguardPresent ? relative(REPO, PROTOGUARD_BIN) : null,
    results,
    googleapis: real,
    protobufjsParse: parse,
  }, null, 2)}\n`);
  process.stderr.write(`results written to ${relative(process.cwd(), RESULTS) || RESULTS}\n`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
  process.exit(2);
});
