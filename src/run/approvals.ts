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

/**
 * The commits a comparison covers: those reachable from the current side
 * (its revision, or HEAD for a directory of the work tree or the index) and
 * not from the previous revision. None when the previous side is not a git
 * revision, or the two sides are not in the same repository.
 */
export async function commitsCompared(locator: Locator, input: string, against: string, staged: boolean): Promise<CommitText[]> {
  const place = async (spec: string, label: string, index: boolean): Promise<Place | undefined> => {
    try {
      return await locator.placeOf(spec, label, index);
    } catch {
      return undefined;
    }
  };
  const previous = await place(against, "--against", false);
  if (previous === undefined || previous.kind !== "git" || previous.commit === undefined) return [];
  let current = staged ? undefined : await place(input, "input", false);
  // A directory of the work tree (or the index) stands for HEAD of its repository.
  if (current === undefined || current.kind === "path") current = await place(input, "input", true);
  if (current === undefined || current.kind === "path" || current.repo !== previous.repo) return [];
  const to = current.kind === "git" ? current.commit : await current.repo.resolve("HEAD");
  if (to === undefined || to === previous.commit) return [];
  return previous.repo.commitsBetween(previous.commit, to, MAX_TRAILER_COMMITS);
}

/** Gathers the approvals of a breaking check and applies them: approved findings move to the suppressed ones. */
export async function approve(
  findings: readonly Finding[],
  suppressed: readonly SuppressedFinding[],
  sources: ApprovalSources & {
    readonly config: Config;
    readonly cwd: string;
    readonly input: string;
    readonly against: string;
    readonly staged: boolean;
    /** The check's, so that the repositories it opened and the revisions it resolved are not asked for again. */
    readonly locator?: Locator;
  },
): Promise<{ findings: Finding[]; suppressed: SuppressedFinding[] }> {
  const path = approvalsPath(sources.config, sources.cwd, sources.file);
  const approvals: Approval[] = [
    ...(path === undefined ? [] : readApprovalsFile(path, sources.cwd)),
    ...(sources.trailers === false ? [] : trailerApprovals(await commitsCompared(sources.locator ?? new Locator(sources.cwd), sources.input, sources.against, sources.staged))),
    ...(sources.extra ?? []),
  ];
  if (approvals.length === 0) return { findings: [...findings], suppressed: [...suppressed] };
  const applied = applyApprovals(findings, approvals, isoDay(sources.now ?? new Date()));
  return {
    findings: sortFindings([...applied.findings, ...applied.warnings]),
    suppressed: sortFindings([...suppressed, ...applied.approved]) as SuppressedFinding[],
  };
}
