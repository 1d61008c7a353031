#!/usr/bin/env node
// Generates the benchmark corpora: bench/corpus/<size>/{previous,current}, a
// deterministic pair of googleapis-like proto trees (see bench/README.md).
//
//   node bench/generate.mjs [--size small|medium|large|pathological|nested|fanout|giant] [--force] [--verify]
//
// A corpus is regenerated only when it is missing or was made by another
// version of the generator (the hash of its sources). --verify runs
// `buf breaking` on the pair, which compiles and validates both sides.

import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusBuilder } from './lib/corpus.mjs';
import { applyChanges } from './lib/changes.mjs';
import { PATHOLOGICAL } from './lib/pathological.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(HERE, 'corpus');
const REPO = dirname(HERE);

export const SIZES = {
  small: {
    seed: 'protoguard-bench/small',
    files: 200,
    bytes: 2_000_000,
    giants: [],
    adsVersions: ['v1'],
    adsFilesPerVersion: 30,
    changeRate: 0.03,
  },
  medium: {
    seed: 'protoguard-bench/medium',
    files: 2000,
    bytes: 20_000_000,
    giants: [900_000],
    adsVersions: ['v3'],
    adsFilesPerVersion: 220,
    changeRate: 0.03,
  },
  large: {
    seed: 'protoguard-bench/large',
    files: 7000,
    bytes: 60_000_000,
    giants: [2_400_000, 900_000],
    adsVersions: ['v15', 'v16', 'v17'],
    adsFilesPerVersion: 330,
    changeRate: 0.03,
  },
};

const SOURCES = ['generate.mjs', 'lib/rng.mjs', 'lib/vocabulary.mjs', 'lib/names.mjs', 'lib/render.mjs', 'lib/static-protos.mjs', 'lib/corpus.mjs', 'lib/changes.mjs', 'lib/pathological.mjs'];

/** Hash of every source the output depends on: a change in any of them makes a new corpus. */
export function generatorVersion() {
  const hash = createHash('sha256');
  for (const f of SOURCES) {
    hash.update(f);
    hash.update(readFileSync(join(HERE, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The pathological shapes (lib/pathological.mjs), generated and run like sizes. */
export const SHAPES = Object.keys(PATHOLOGICAL);

/** Every corpus generate.mjs can make: the sizes, then the pathological shapes. */
export const CORPORA = [...Object.keys(SIZES), ...SHAPES];

/** Builds both sides in memory. */
export function generatePair(size) {
  if (PATHOLOGICAL[size]) return PATHOLOGICAL[size]();
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size "${size}" (expected one of ${CORPORA.join(', ')})`);
  const builder = new CorpusBuilder(spec).build();
  const previous = new Map(builder.files.map((f) => [f.path, f.text]));
  const { current, edits } = applyChanges(builder);
  return { previous, current, edits };
}

function sideStats(side) {
  let bytes = 0;
  for (const text of side.values()) bytes += Buffer.byteLength(text);
  return { files: side.size, bytes };
}

function writeSide(root, side) {
  const made = new Set();
  for (const [path, text] of side) {
    const full = join(root, path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, text);
  }
}

export function readManifest(size) {
  const path = join(CORPUS_ROOT, size, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Makes sure bench/corpus/<size> exists and was made by this generator.
 * Returns {dir, manifest, generated}.
 */
export function ensureCorpus(size, { force = false, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const dir = join(CORPUS_ROOT, size);
  const version = generatorVersion();
  const existing = readManifest(size);
  if (!force && existing?.generatorVersion === version && existsSync(join(dir, 'previous')) && existsSync(join(dir, 'current'))) {
    return { dir, manifest: existing, generated: false };
  }
  log(`generating the ${size} corpus (generator ${version})...`);
  const t0 = performance.now();
  const { previous, current, edits } = generatePair(size);
  const tBuilt = performance.now();
  mkdirSync(CORPUS_ROOT, { recursive: true });
  const tmp = mkdtempSync(join(CORPUS_ROOT, `.${size}-`));
  writeSide(join(tmp, 'previous'), previous);
  writeSide(join(tmp, 'current'), current);
  const tWritten = performance.now();
  const identical = [...current.keys()].filter((p) => previous.get(p) === current.get(p)).length;
  const manifest = {
    generatorVersion: version,
    size,
    seed: SIZES[size]?.seed ?? null,
    previous: sideStats(previous),
    current: sideStats(current),
    identicalFiles: identical,
    generationSeconds: { build: round((tBuilt - t0) / 1000), write: round((tWritten - tBuilt) / 1000) },
    edits,
  };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  log(`  ${manifest.previous.files} files, ${(manifest.previous.bytes / 1e6).toFixed(1)} MB per side; ${edits.length} edits; built in ${manifest.generationSeconds.build} s, written in ${manifest.generationSeconds.write} s`);
  return { dir, manifest, generated: true };
}

function round(x) {
  return Math.round(x * 100) / 100;
}

export function bufPath() {
  const native = join(REPO, 'node_modules', '@bufbuild', `buf-${process.platform}-${process.arch}`, 'bin', 'buf');
  return existsSync(native) ? native : join(REPO, 'node_modules', '.bin', 'buf');
}

/**
 * Runs `buf breaking` (FILE rules) on a generated pair, which compiles and
 * validates both sides. Returns {error} when either side does not compile,
 * else {findings}.
 */
export function verifyPair(pairDir) {
  const cache = mkdtempSync(join(tmpdir(), 'protoguard-bench-buf-'));
  const config = '{"version":"v2","breaking":{"use":["FILE"]}}';
  try {
    const r = spawnSync(bufPath(), ['breaking', '.', '--against', '../previous', '--error-format', 'json', '--config', config, '--against-config', config], {
      cwd: join(pairDir, 'current'),
      env: { ...process.env, BUF_CACHE_DIR: cache },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) return { error: String(r.error.message) };
    if (r.status !== 0 && r.status !== 100) return { error: (r.stderr || r.stdout || `exit ${r.status}`).trim() };
    const findings = r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const compile = findings.filter((f) => f.type === 'COMPILE');
    if (compile.length) return { error: compile.slice(0, 20).map((f) => `${f.path}:${f.start_line}: ${f.message}`).join('\n') };
    return { findings: findings.length };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      force: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
    },
  });
  const sizes = values.size === 'pathological' ? SHAPES : values.size ? [values.size] : CORPORA;
  let failed = false;
  for (const size of sizes) {
    if (!CORPORA.includes(size)) {
      process.stderr.write(`unknown size "${size}" (expected pathological or one of ${CORPORA.join(', ')})\n`);
      process.exit(2);
    }
    const { dir, generated, manifest } = ensureCorpus(size, { force: values.force });
    if (!generated) {
      process.stderr.write(`${size}: up to date (${manifest.previous.files} files, ${(manifest.previous.bytes / 1e6).toFixed(1)} MB per side) in ${dir}\n`);
    }
    if (values.verify) {
      const t0 = performance.now();
      const result = verifyPair(dir);
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      if (result.error) {
        failed = true;
        process.stderr.write(`${size}: buf breaking FAILED (${secs} s)\n${result.error.split('\n').slice(0, 40).join('\n')}\n`);
      } else {
        process.stderr.write(`${size}: both sides compile; buf breaking found ${result.findings} breaking changes (${secs} s)\n`);
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
