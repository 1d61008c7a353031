// How much of a run against a git revision is spent reading the revision.
//
// A throwaway repository gets the pair as two commits (HEAD~1 = previous/,
// HEAD = current/, both in proto/), packed as a clone is. Each run times
// protoguard's git source reading every .proto file of HEAD~1 (ls-tree, then
// one `git cat-file --batch`), in this process, and then a whole CLI run
// `protoguard breaking . --against HEAD~1` from proto/ (wall time from spawn
// to exit, as for the other tools).

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure } from './measure.mjs';

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
const IDENTITY = ['-c', 'user.name=protoguard bench', '-c', 'user.email=bench@protoguard.invalid', '-c', 'commit.gpgsign=false'];

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A repository whose HEAD~1:proto is `<pair>/previous` and HEAD:proto (and the work tree) `<pair>/current`. */
export function makeRepo(pairDir) {
  const dir = mkdtempSync(join(tmpdir(), 'protoguard-bench-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  for (const side of ['previous', 'current']) {
    rmSync(join(dir, 'proto'), { recursive: true, force: true });
    cpSync(join(pairDir, side), join(dir, 'proto'), { recursive: true });
    git(dir, 'add', '-A');
    git(dir, ...IDENTITY, 'commit', '-q', '-m', side);
  }
  git(dir, 'repack', '-adq');
  return dir;
}

/**
 * Median time to read HEAD~1 from git next to the median whole run against
 * it. `repoRoot` holds the built protoguard (dist/).
 */
export async function measureGitRead(pairDir, { repoRoot, runs, env, method }) {
  const { SourceReader } = await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'sources', 'index.js')).href);
  const bin = join(repoRoot, 'dist', 'src', 'cli', 'bin.js');
  const repo = makeRepo(pairDir);
  const cwd = join(repo, 'proto');
  try {
    const reads = [];
    const wholes = [];
    let files = 0;
    let catFileProcesses = 0;
    for (let i = 0; i < runs; i++) {
      const reader = new SourceReader({ cwd });
      const t0 = performance.now();
      const source = await reader.read('HEAD~1', '--against');
      reads.push((performance.now() - t0) / 1000);
      files = source.files.length;
      catFileProcesses = (await reader.gitStats()).catFileProcesses;
      const r = await measure(process.execPath, [bin, 'breaking', '.', '--against', 'HEAD~1', '--format', 'json'], { cwd, env, method });
      if (r.exitCode !== 0 && r.exitCode !== 1) {
        throw new Error(`protoguard breaking --against HEAD~1 failed (exit ${r.exitCode ?? r.signal}): ${(r.stderr || '').trim().split('\n').slice(0, 5).join('\n')}`);
      }
      wholes.push(r.wallSeconds);
    }
    const readSeconds = median(reads);
    const wholeSeconds = median(wholes);
    return { files, catFileProcesses, readSeconds, wholeSeconds, share: readSeconds / wholeSeconds, reads, wholes };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
