import type { SuppressedFinding } from "../config/filter.js";
import type { Rule } from "../model/rule.js";
import type { ReportContext } from "../report/context.js";
import type { VersionGrammar } from "../versioning/version.js";

/** What the report context is made from: the parts of a breaking or lint result reporters read. */
export interface ReportedRun {
  readonly filesCompared: number;
  readonly current: { readonly description: string; readonly positionsKnown: boolean };
  /**
   * The previous side; absent for lint, which reads one version. `absent`: it
   * has no schema there yet, and `spec` names it as given.
   */
  readonly previous?: { readonly description: string; readonly positionsKnown: boolean; readonly spec?: string; readonly absent?: boolean };
  readonly sources: ReadonlyMap<string, string>;
  readonly packages?: ReadonlyMap<string, string>;
  readonly previousPackages?: ReadonlyMap<string, string>;
  readonly versions?: VersionGrammar;
  readonly rules: readonly Rule[];
  readonly suppressed: readonly SuppressedFinding[];
}

export interface ContextOptions {
  /** List suppressed findings (`--show-suppressed`). */
  readonly showSuppressed?: boolean;
  /** protoguard's version, for formats that name it. */
  readonly version?: string | undefined;
  /** A directory input as typed (`proto`): buf-json prints paths under it, as buf does. */
  readonly bufInput?: string | undefined;
  /** Suppressed findings with paths rebased for the sink (CI formats in a workspace); default the run's. */
  readonly suppressed?: readonly SuppressedFinding[];
}

export const LINT_AGAINST = "(none: lint reads one version)";

/** The one report context: what every format gets beside the findings, for the CLI, the Action and the library. */
export function reportContext(run: ReportedRun, options: ContextOptions = {}): ReportContext {
  const positionsUnknown = [
    ...(run.current.positionsKnown ? [] : ["current" as const]),
    ...(run.previous === undefined || run.previous.positionsKnown ? [] : ["previous" as const]),
  ];
  return {
    filesCompared: run.filesCompared,
    against: run.previous?.description ?? LINT_AGAINST,
    ...(run.previous?.absent === true && run.previous.spec !== undefined ? { absentAgainst: run.previous.spec } : {}),
    input: run.current.description,
    ...(positionsUnknown.length === 0 ? {} : { positionsUnknown }),
    sources: run.sources,
    ...(run.packages === undefined ? {} : { packages: run.packages }),
    ...(run.previousPackages === undefined ? {} : { previousPackages: run.previousPackages }),
    ...(run.versions === undefined ? {} : { versions: run.versions }),
    ...(options.bufInput === undefined ? {} : { bufInput: options.bufInput }),
    rules: run.rules,
    suppressed: options.suppressed ?? run.suppressed,
    ...(run.previous === undefined ? { lint: true } : {}),
    ...(options.showSuppressed === true ? { showSuppressed: true } : {}),
    ...(options.version === undefined ? {} : { version: options.version }),
  };
}
