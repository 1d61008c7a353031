import type { Finding } from "../model/finding.js";
import { explainedByRename, RENAME_ROOTS } from "./rename-links.js";

/**
 * Rules whose finding is the root cause of other findings at the same
 * element: a renumbered field also shows up as buf's deletion at the old
 * number and as name or type changes at the numbers involved; a renamed
 * field or value as buf's name changes; a renamed or moved message, enum,
 * service, RPC or file as deletions and type changes that name it.
 */
const ROOT_CAUSES = new Set([
  "FIELD_NO_RENUMBER",
  "ENUM_VALUE_NO_RENUMBER",
  "FIELD_NO_RENAME",
  "ENUM_VALUE_NO_RENAME",
  ...RENAME_ROOTS,
]);

/**
 * Whether a finding's previous place is on the root cause's previous element:
 * the same declaration, or a token after its start on the same line (buf
 * points at the name or the type of a field, the root cause at its start).
 */
function onPreviousElement(f: Finding["previous"], root: Finding["previous"]): boolean {
  return f !== undefined && root !== undefined && f.file === root.file && f.line === root.line && f.column >= root.column;
}

function inside(f: Finding, span: Finding): boolean {
  if (f.deleted || span.deleted || f.file !== span.file) return false;
  const after = f.line > span.line || (f.line === span.line && f.column >= span.column);
  const before = f.line < span.endLine || (f.line === span.endLine && f.column < span.endColumn);
  return after && before;
}

/**
 * Splits findings into top-level ones and those that follow from a root
 * cause (same previous element, or a place inside the root cause's element).
 * Each follower is listed under the first root cause that claims it.
 */
export function groupRelated(findings: readonly Finding[]): {
  readonly top: readonly Finding[];
  readonly followers: ReadonlyMap<Finding, readonly Finding[]>;
} {
  const roots = findings.filter((f) => ROOT_CAUSES.has(f.rule));
  const followers = new Map<Finding, Finding[]>();
  const claimed = new Set<Finding>();
  for (const root of roots) {
    const mine = findings.filter(
      (f) =>
        !ROOT_CAUSES.has(f.rule) &&
        !claimed.has(f) &&
        (onPreviousElement(f.previous, root.previous) ||
          inside(f, root) ||
          (RENAME_ROOTS.has(root.rule) && explainedByRename(root, f))),
    );
    for (const f of mine) claimed.add(f);
    if (mine.length > 0) followers.set(root, mine);
  }
  return { top: findings.filter((f) => !claimed.has(f)), followers };
}
