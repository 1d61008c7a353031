import { statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../model/errors.js";
import { GitRepo } from "./git.js";

/** The longest tag pattern taken: a pattern is a name with wildcards, not a document. */
const MAX_PATTERN_LENGTH = 256;

const SEMVER = /^v?(\d{1,15})\.(\d{1,15})\.(\d{1,15})(?:-([0-9A-Za-z.-]{1,200}))?(?:\+[0-9A-Za-z.-]{1,200})?$/;

/** Whether a tag names a release: a semantic version, with or without a leading `v`. */
export function isReleaseTag(tag: string): boolean {
  return SEMVER.test(tag);
}

interface Parsed {
  readonly core: readonly [number, number, number];
  readonly pre: readonly string[];
}

function parse(tag: string): Parsed | undefined {
  const m = SEMVER.exec(tag);
  if (m === null) return undefined;
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] === undefined ? [] : m[4].split(".") };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Pre-release identifiers compared as semver 2.0.0 says: numbers numerically and below words; a release above its pre-releases. */
function comparePre(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    const d = xn && yn ? Number(x) - Number(y) : xn ? -1 : yn ? 1 : compareText(x, y);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Orders tags oldest first by semantic version (`v1.2.0` or `1.2.0`); tags
 * that are not versions come after them, by name.
 */
export function sortReleaseTags(tags: readonly string[]): string[] {
  const keyed = tags.map((tag) => ({ tag, v: parse(tag) }));
  return keyed
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        if (a.v !== b.v) return a.v === undefined ? 1 : -1;
        return compareText(a.tag, b.tag);
      }
      for (let i = 0; i < 3; i++) {
        const d = (a.v.core[i] as number) - (b.v.core[i] as number);
        if (d !== 0) return d;
      }
      return comparePre(a.v.pre, b.v.pre) || compareText(a.tag, b.tag);
    })
    .map((k) => k.tag);
}

/**
 * The release tags matching `pattern` in the repository of `input` (a
 * directory; else the repository of `cwd`), oldest first; with `last`, only
 * the newest `last` of them. Throws InputError when none matches; `name`
 * says where the pattern was given, in its messages.
 */
export async function releaseTags(cwd: string, input: string, pattern: string, last?: number, name = "--against-tags"): Promise<string[]> {
  if (pattern === "" || pattern.length > MAX_PATTERN_LENGTH) {
    throw new InputError(`${name} takes a tag pattern of 1 to ${MAX_PATTERN_LENGTH} characters`);
  }
  const dir = resolve(cwd, input);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  const repo = await GitRepo.open(isDir ? dir : cwd);
  if (repo === undefined) throw new InputError(`${name} ${JSON.stringify(pattern)}: the input is not in a git repository`);
  const sorted = sortReleaseTags(await repo.tags(pattern));
  if (sorted.length === 0) throw new InputError(`${name} ${JSON.stringify(pattern)}: no tag in the repository matches`);
  return last === undefined ? sorted : sorted.slice(Math.max(0, sorted.length - last));
}
