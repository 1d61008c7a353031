import type { SuppressedFinding } from "../model/suppression.js";
import type { Rule } from "../model/rule.js";
import type { VersionGrammar } from "../versioning/version.js";

/** What a reporter knows about a rule: its identity and one-line summary. */
export type RuleInfo = Pick<Rule, "id" | "categories" | "summary" | "origin">;

/**
 * Everything a reporter may show besides the findings. Reporters are pure
 * functions of the findings and this context: they read no files and no clock.
 */
export interface ReportContext {
  /** Files of the current schema that were compared. */
  readonly filesCompared: number;
  /** How the previous side is named for people ("fixtures/demo/previous (directory)", "main (git revision 3f9c2e1)"). */
  readonly against: string;
  /**
   * The previous version as given (`HEAD~1`) when it has no schema there yet
   * (the change adds it): there was nothing to compare against.
   */
  readonly absentAgainst?: string;
  /** How the current side is named for people ("proto (directory)"). */
  readonly input?: string;
  /** Sides read from a descriptor set without SourceCodeInfo: their findings point at line 1. */
  readonly positionsUnknown?: readonly ("current" | "previous")[];
  /** The text of current-side files by finding `path`: code frames are drawn from it. */
  readonly sources?: ReadonlyMap<string, string>;
  /** The package of each current-side file by path: the summary names the version bump each stable package needs. */
  readonly packages?: ReadonlyMap<string, string>;
  /** The package of each previous-side file by path: findings on deleted files count for their package. */
  readonly previousPackages?: ReadonlyMap<string, string>;
  /** How package versions are written (protoguard.yaml `package_versions`): what the advice reads as a version. */
  readonly versions?: VersionGrammar;
  /** A directory input as typed (`proto`, `./api/`): buf-json prints paths under it, as buf does; undefined for other inputs. */
  readonly bufInput?: string;
  /** The rules that ran (SARIF describes each one). */
  readonly rules?: readonly RuleInfo[];
  /** protoguard's version, for formats that name the tool's version. */
  readonly version?: string;
  /** Findings that comments or the configuration suppressed: counted, and listed when `showSuppressed`. */
  readonly suppressed?: readonly SuppressedFinding[];
  /** The findings come from `protoguard lint` (one version): they are problems, not breaking changes. */
  readonly lint?: boolean;
  /** List the suppressed findings in text output, and add them to SARIF as suppressed results (`--show-suppressed`). */
  readonly showSuppressed?: boolean;
}
