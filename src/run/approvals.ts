import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  APPROVALS_FILE,
  applyApprovals,
  isoDay,
  parseApprovalsFile,
  trailerApprovals,
  type Approval,
  type CommitText,
} from "../config/approvals.js";
import type { Config } from "../config/model.js";
import { MAX_CONFIG_CHARS } from "../config/yaml-bounds.js";
import { ConfigError } from "../config/yaml.js";
import { sortFindings, type Finding } from "../model/finding.js";
import type { SuppressedFinding } from "../model/suppression.js";
import { Locator, type Place } from "../sources/locate.js";

/** The most commits whose messages are read for trailers. */
export const MAX_TRAILER_COMMITS = 1000;

/** Where approvals come from, beside the findings. */
export interface ApprovalSources {
  /** The approvals file; undefined: protoguard.approvals.yaml beside the configuration file, else in cwd, if there is one. */
  readonly file?: string | undefined;
  /** Read `Protoguard-Approve:` trailers of the commits between the two sides (default true). */
  readonly trailers?: boolean | undefined;
  /** Approvals given otherwise (pull request comments, a library caller). */
  readonly extra?: readonly Approval[] | undefined;
  /** The day expiry dates are compared with (default: today). */
  readonly now?: Date | undefined;
}

/** The approvals file in effect: the one named, else the default one when it exists. */
function approvalsPath(config: Config, cwd: string, file: string | undefined): string | undefined {
  if (file !== undefined) return resolve(cwd, file);
  const beside = join(config.file === undefined ? cwd : dirname(config.file), APPROVALS_FILE);
  return existsSync(beside) ? beside : undefined;
}

/** Reads an approvals file from disk; a missing or oversized one is a configuration error. */
export function readApprovalsFile(path: string, cwd: string): Approval[] {
  const display = relative(cwd, path).split("\\").join("/") || APPROVALS_FILE;
  if (!existsSync(path) || !statSync(path).isFile()) throw new ConfigError(`${display}:1:1: no approvals file there`);
  if (statSync(path).size > MAX_CONFIG_CHARS * 4) throw new ConfigError(`${display}:1:1: the approvals file is too large`);
  return parseApprovalsFile(display, readFileSync(path, "utf8"));
}

function commitOf(place: Place): { top: string; commit: string } | undefined {
  if (place.kind !== "git" || place.commit === undefined) return undefined;
  return { top: place.repo.top, commit: place.commit };
}

/**
 * The commits a comparison covers: those reachable from the current side
 * (its revision, or HEAD for a directory or the index) and not from the
 * previous revision, in the same repository. None when the previous side is
 * not a git revision.
 */
export async function commitsCompared(cwd: string, input: string, against: string, staged: boolean): Promise<CommitText[]> {
  const locator = new Locator(cwd);
  let previous: Place;
  try {
    previous = await locator.placeOf(against, "--against", false);
  } catch {
    return [];
  }
  const from = commitOf(previous);
  if (from === undefined || previous.kind !== "git") return [];
  let to: string | undefined;
  if (!staged) {
    const current = await locator.placeOf(input, "input", false);
    if (current.kind === "git") to = commitOf(current)?.commit;
  }
  to ??= await previous.repo.resolve("HEAD");
  if (to === undefined || to === from.commit) return [];
  return previous.repo.commitsBetween(from.commit, to, MAX_TRAILER_COMMITS);
}

/** Gathers the approvals of a breaking check and applies them: approved findings move to the suppressed ones. */
export async function approve(
  findings: readonly Finding[],
  suppressed: readonly SuppressedFinding[],
  sources: ApprovalSources & { readonly config: Config; readonly cwd: string; readonly input: string; readonly against: string; readonly staged: boolean },
): Promise<{ findings: Finding[]; suppressed: SuppressedFinding[] }> {
  const path = approvalsPath(sources.config, sources.cwd, sources.file);
  const approvals: Approval[] = [
    ...(path === undefined ? [] : readApprovalsFile(path, sources.cwd)),
    ...(sources.trailers === false ? [] : trailerApprovals(await commitsCompared(sources.cwd, sources.input, sources.against, sources.staged))),
    ...(sources.extra ?? []),
  ];
  if (approvals.length === 0) return { findings: [...findings], suppressed: [...suppressed] };
  const applied = applyApprovals(findings, approvals, isoDay(sources.now ?? new Date()));
  return {
    findings: sortFindings([...applied.findings, ...applied.warnings]),
    suppressed: sortFindings([...suppressed, ...applied.approved]) as SuppressedFinding[],
  };
}
