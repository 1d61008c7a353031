/**
 * `--evidence`: each wire or JSON finding of a breaking check gets an example
 * that the two versions read differently (src/evidence/). The rules that
 * reported the kept findings run again over the same comparison to learn
 * which elements each finding is about; a time budget bounds the examples.
 */
import { compareImages } from "../compare/pair.js";
import { encodingsOf, evidenceFor } from "../evidence/index.js";
import type { Finding } from "../model/finding.js";
import type { ModuleOutcome } from "./check.js";
import { runRulesLocated } from "./engine.js";

/** How long the examples of one run may take, in milliseconds. */
export const EVIDENCE_BUDGET_MS = 2000;

function keyOf(f: Finding, prefix: string): string {
  const path = prefix === "" || f.deleted ? f.path : `${prefix}/${f.path}`;
  return [f.rule, path, f.line, f.column, f.message].join("\0");
}

/** A module's outcome with evidence (its findings' paths already carry the module's prefix) on each finding of a WIRE or WIRE_JSON rule. */
export function withEvidence(outcome: ModuleOutcome, deadline: number): ModuleOutcome {
  const previousImage = outcome.previousImage;
  const rules = outcome.rules.filter((r) => encodingsOf(r.categories).length > 0);
  if (previousImage === undefined || rules.length === 0) return outcome;
  if (!outcome.findings.some((f) => rules.some((r) => r.id === f.rule))) return outcome;
  const located = new Map(
    runRulesLocated(compareImages(previousImage, outcome.image, { sharedDescriptorsUnchanged: true }), rules).map((l) => [keyOf(l.finding, outcome.prefix), l]),
  );
  const findings = outcome.findings.map((f) => {
    const l = located.get(keyOf(f, ""));
    const rule = rules.find((r) => r.id === f.rule);
    if (l === undefined || rule === undefined) return f;
    const evidence = evidenceFor(
      { rule, previous: l.previous?.element, current: l.current?.element },
      { previous: previousImage, current: outcome.image, deadline },
    );
    return evidence === undefined ? f : { ...f, evidence };
  });
  return { ...outcome, findings };
}
