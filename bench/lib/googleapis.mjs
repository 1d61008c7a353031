// The real-world corpus: googleapis, read from a local clone.
//
// PROTOGUARD_BENCH_GOOGLEAPIS names a clone of github.com/googleapis/googleapis
// (a work tree or a bare repository). The trees are materialised from its
// objects into bench/corpus/googleapis/ (top-level preview/ left out of every
// tree, as it repeats google/api and google/type under another root), once per
// commit. Scenarios, each run by both tools on the same inputs:
//
//   whole-tree   the tree at NEW against the tree at OLD, directory against directory
//   pr-N         three real commits against their parents: a pull request's shape
//   staged       a repository at NEW with one file changed and staged (pre-commit)
//   demo         the bundled three-file example (start-up cost)
//
// and, for the whole tree, its floor: token-floor.mjs reading both trees and
// splitting them into tokens with one regex, the least any checker in Node does.
//
// A blob the clone does not hold (a partial clone, or a snapshot that leaves
// out files of 4 MiB and more) is left out of both trees of its pair, and the
// bench says so.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GOOGLEAPIS_ENV = 'PROTOGUARD_BENCH_GOOGLEAPIS';
/** The pair the project quotes: nine months of history. */
export const NEW = 'f8291d2b89f0017ab078a4c7378069bae5686f6f';
export const OLD = 'ded7ed1e4cce7c165c56a417572cebea9bc1d82c';
/** Three consecutive commits that change .proto files, each compared with its parent. */
export const PR_COMMITS = [
  'f8291d2b89f0017ab078a4c7378069bae5686f6f',
  '58bc461d695b3254a0ff88cc3541b6dca7e7a95f',
  'c3e3d8a2031ec31f0f81fa42454ba55c7b40f284',
];

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
const IDENTITY = ['-c', 'user.name=protoguard bench', '-c', 'user.email=bench@protoguard.invalid', '-c', 'commit.gpgsign=false'];

function gitDirOf(clone) {
  return execFileSync('git', ['-C', clone, 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8', env: GIT_ENV }).trim();
}

function git(gitDir, args, input) {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    encoding: 'utf8',
    env: GIT_ENV,
    maxBuffer: 1 << 30,
    ...(input === undefined ? {} : { input }),
  });
}

/** The .proto blobs of a commit, without top-level preview/: [{oid, path}]. */
function protoBlobs(gitDir, commit) {
  const out = [];
  for (const line of git(gitDir, ['ls-tree', '-r', '-z', commit]).split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const path = line.slice(tab + 1);
    const [, type, oid] = line.slice(0, tab).split(' ');
    if (type === 'blob' && path.endsWith('.proto') && !path.startsWith('preview/')) out.push({ oid, path });
  }
  return out;
}

/** Reads blobs with one `git cat-file --batch`; a missing object maps to undefined. */
function readBlobs(gitDir, oids) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch'], { env: GIT_ENV });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited ${code}`));
      const all = Buffer.concat(chunks);
      const blobs = new Map();
      let at = 0;
      for (const oid of oids) {
        const nl = all.indexOf(10, at);
        const header = all.subarray(at, nl).toString();
        at = nl + 1;
        if (header.endsWith(' missing')) continue;
        const size = Number(header.split(' ')[2]);
        blobs.set(oid, all.subarray(at, at + size));
        at += size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(`${oids.join('\n')}\n`);
  });
}

/**
 * Writes the .proto files of each commit under root/<commit>; paths missing
 * from the clone in any of the commits are left out of all of them.
 * Returns the directories and the paths left out.
 */
async function materialise(gitDir, commits, root) {
  const lists = commits.map((c) => protoBlobs(gitDir, c));
  const oids = [...new Set(lists.flat().map((b) => b.oid))];
  const blobs = await readBlobs(gitDir, oids);
  const missing = new Set(lists.flat().filter((b) => !blobs.has(b.oid)).map((b) => b.path));
  const dirs = [];
  for (let i = 0; i < commits.length; i++) {
    const dir = join(root, commits[i]);
    dirs.push(dir);
    if (existsSync(join(dir, '.complete'))) continue;
    rmSync(dir, { recursive: true, force: true });
    for (const { oid, path } of lists[i]) {
      if (missing.has(path)) continue;
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, blobs.get(oid));
    }
    writeFileSync(join(dir, '.complete'), [...missing].join('\n'));
  }
  return { dirs, missing: [...missing].sort(), files: lists.map((l) => l.length - l.filter((b) => missing.has(b.path)).length) };
}

function parentOf(gitDir, commit) {
  return git(gitDir, ['rev-parse', `${commit}^`]).trim();
}

/**
 * A repository whose HEAD holds `tree` at its top, with one field deleted from a
 * message of `file` and staged: what a pre-commit hook sees.
 */
function stagedRepo(tree, file) {
  const dir = mkdtempSync(join(tmpdir(), 'protoguard-bench-staged-'));
  const run = (...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  run('init', '-q', '-b', 'main');
  cpSync(tree, dir, { recursive: true, filter: (src) => !src.endsWith('.complete') });
  run('add', '-A');
  run(...IDENTITY, 'commit', '-q', '-m', 'tree');
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  // Deleting a field (the first one declared on a line of its own) is a breaking change in every category.
  const edited = text.replace(/\n[ \t]+(?:optional |repeated )?[\w.]+ \w+ = \d+;(?=\n)/, '');
  if (edited === text) throw new Error(`no field to delete in ${file}`);
  writeFileSync(path, edited);
  run('add', file);
  return dir;
}

/**
 * The googleapis scenarios. `runPair(name, current, previous, options)` runs
 * both tools on two directories; `runStaged(name, repo)` both tools on a
 * repository's staged change, as `{ first, later }`: the first run of each
 * tool, and the runs after it; `runFloor(dirs)` the token floor (token-floor.mjs)
 * on the whole-tree pair. Returns the scenario results, or a reason to skip.
 */
export async function benchGoogleapis({ root, log, runPair, runStaged, runFloor }) {
  const clone = process.env[GOOGLEAPIS_ENV];
  if (!clone) return { skipped: `set ${GOOGLEAPIS_ENV} to a local clone of googleapis to run the real-world corpus` };
  let gitDir;
  try {
    gitDir = gitDirOf(clone);
    for (const c of [NEW, OLD, ...PR_COMMITS]) git(gitDir, ['cat-file', '-e', `${c}^{commit}`]);
  } catch {
    return { skipped: `${GOOGLEAPIS_ENV}=${clone} is not a googleapis clone holding commits ${NEW.slice(0, 7)} and ${OLD.slice(0, 7)}` };
  }
  mkdirSync(root, { recursive: true });
  const results = [];
  log('googleapis: materialising the whole-tree pair...');
  const whole = await materialise(gitDir, [NEW, OLD], root);
  if (whole.missing.length) log(`googleapis: left out of both trees (not in the clone): ${whole.missing.join(', ')}`);
  const wholeTree = { scenario: 'whole tree', files: whole.files, missing: whole.missing, ...(await runPair('whole-tree', whole.dirs[0], whole.dirs[1])) };
  wholeTree.floor = await runFloor(whole.dirs);
  results.push(wholeTree);
  for (const [i, commit] of PR_COMMITS.entries()) {
    const pair = await materialise(gitDir, [commit, parentOf(gitDir, commit)], root);
    results.push({ scenario: `pull request ${i + 1} (${commit.slice(0, 7)})`, files: pair.files, missing: pair.missing, ...(await runPair(`pr-${i + 1}`, pair.dirs[0], pair.dirs[1])) });
  }
  const repo = stagedRepo(whole.dirs[0], 'google/cloud/secretmanager/v1/resources.proto');
  try {
    const { first, later } = await runStaged('staged', repo);
    const files = [whole.files[0]];
    results.push({ scenario: 'one staged file, first run (no outline cache yet)', files, missing: whole.missing, ...first });
    results.push({ scenario: 'one staged file (pre-commit)', files, missing: whole.missing, ...later });
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  return { results };
}
