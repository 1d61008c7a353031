// Runs a command and measures its wall time, peak memory and CPU time.
//
// Peak memory comes from GNU time (`/usr/bin/time -f %M`, the largest resident
// set of the command and of the children it waited for) when it is installed,
// and otherwise from sampling /proc every 20 ms: the largest of the summed
// VmRSS of the process tree and of any process's own VmHWM.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 20;
const CLOCK_TICKS = 100;

export function gnuTimeAvailable() {
  if (!existsSync(GNU_TIME)) return false;
  const dir = mkdtempSync(join(tmpdir(), 'protoguard-bench-time-'));
  try {
    const out = join(dir, 'out');
    const r = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', out, 'true'], { encoding: 'utf8' });
    return r.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(out, 'utf8'));
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function methodDescription(method) {
  return method === 'gnu-time'
    ? 'GNU time (/usr/bin/time -f %M): peak resident set of the process (children it waited for count as their own maximum, not summed)'
    : `/proc sampling every ${SAMPLE_MS} ms: peak of the summed VmRSS of the process tree, or of a process's own VmHWM if larger`;
}

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
      return m ? Number(m[1]) * 1024 : 0;
    };
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

function readCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function childrenOf(pid) {
  const out = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return out;
}

function treeOf(root) {
  const seen = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    seen.push(pid);
    queue.push(...childrenOf(pid));
  }
  return seen;
}

/**
 * Runs cmd with args; resolves to {exitCode, signal, wallSeconds, peakRssBytes,
 * cpuSeconds, stdout, stderr}.
 */
export function measure(cmd, args, { cwd, env, method }) {
  return new Promise((resolve, reject) => {
    let timeFile = null;
    let child;
    const t0 = performance.now();
    if (method === 'gnu-time') {
      const dir = mkdtempSync(join(tmpdir(), 'protoguard-bench-time-'));
      timeFile = join(dir, 'out');
      child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args], { cwd, env });
    } else {
      child = spawn(cmd, args, { cwd, env });
    }
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    let peak = 0;
    let cpu = 0;
    let timer = null;
    if (method !== 'gnu-time') {
      const sample = () => {
        let sum = 0;
        let treeCpu = 0;
        for (const pid of treeOf(child.pid)) {
          const s = readStatus(pid);
          if (!s) continue;
          sum += s.rss;
          if (s.hwm > peak) peak = s.hwm;
          treeCpu += readCpu(pid);
        }
        if (sum > peak) peak = sum;
        if (treeCpu > cpu) cpu = treeCpu;
      };
      sample();
      timer = setInterval(sample, SAMPLE_MS);
    }
    child.on('error', (err) => {
      if (timer) clearInterval(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const wallSeconds = (performance.now() - t0) / 1000;
      if (timer) clearInterval(timer);
      if (timeFile) {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        rmSync(join(timeFile, '..'), { recursive: true, force: true });
        const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(lines[lines.length - 1]);
        if (m) {
          peak = Number(m[1]) * 1024;
          cpu = Number(m[2]) + Number(m[3]);
        }
      }
      resolve({
        exitCode: code,
        signal,
        wallSeconds,
        peakRssBytes: peak,
        cpuSeconds: cpu,
        stdout: stdout(),
        stderr: stderr(),
      });
    });
  });
}
