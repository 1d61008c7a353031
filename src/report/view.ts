import type { Evidence } from "../model/evidence.js";
import type { Finding } from "../model/finding.js";
import type { SuppressedFinding } from "../model/suppression.js";
import type { ReportContext } from "./context.js";

function escapeEvidence(e: Evidence, esc: (s: string) => string): Evidence {
  if (e.kind === "none") return { kind: "none", reason: esc(e.reason) };
  return { ...e, wrote: esc(e.wrote), encoded: esc(e.encoded), read: esc(e.read), differs: esc(e.differs) };
}

/** A finding as a sink shows it: every string that came from input escaped, `path` kept as the key it is. */
function escapeFinding<F extends Finding>(f: F, esc: (s: string) => string): F {
  return {
    ...f,
    file: esc(f.file),
    message: esc(f.message),
    ...(f.fix === undefined ? {} : { fix: esc(f.fix) }),
    ...(f.evidence === undefined ? {} : { evidence: escapeEvidence(f.evidence, esc) }),
    ...(f.previous === undefined ? {} : { previous: { ...f.previous, file: esc(f.previous.file) } }),
    ...(f.releases === undefined ? {} : { releases: f.releases.map(esc) }),
  };
}

function escapeSuppressed(f: SuppressedFinding, esc: (s: string) => string): SuppressedFinding {
  const s = f.suppression;
  return {
    ...escapeFinding(f, esc),
    suppression: {
      by: s.by,
      ...(s.reason === undefined ? {} : { reason: esc(s.reason) }),
      ...(s.at === undefined ? {} : { at: esc(s.at) }),
      ...(s.approver === undefined ? {} : { approver: esc(s.approver) }),
      ...(s.expires === undefined ? {} : { expires: esc(s.expires) }),
    },
  };
}

/**
 * The findings and context a line-oriented sink (text, github, markdown)
 * renders, with every string that came from a schema, a path or a
 * configuration passed through the sink's escaper once, on the way in: file
 * names, messages, fixes, evidence, previous places, release tags, the names of the inputs, package
 * names and suppression reasons. A finding's `path` stays raw: it is the key
 * of `sources` and `packages` and is not shown by these sinks; source lines
 * are escaped where the code frame is drawn (codeframe.ts).
 */
export function escapedView(
  findings: readonly Finding[],
  context: ReportContext,
  esc: (s: string) => string,
): { readonly findings: readonly Finding[]; readonly context: ReportContext } {
  const { against, absentAgainst, input, packages, suppressed, ...rest } = context;
  return {
    findings: findings.map((f) => escapeFinding(f, esc)),
    context: {
      ...rest,
      against: esc(against),
      ...(absentAgainst === undefined ? {} : { absentAgainst: esc(absentAgainst) }),
      ...(input === undefined ? {} : { input: esc(input) }),
      ...(packages === undefined ? {} : { packages: new Map([...packages].map(([path, pkg]) => [path, esc(pkg)])) }),
      ...(suppressed === undefined ? {} : { suppressed: suppressed.map((f) => escapeSuppressed(f, esc)) }),
    },
  };
}
