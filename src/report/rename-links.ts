import type { Finding } from "../model/finding.js";

/**
 * protoguard's rename and move rules. Each names the previous element first,
 * quoted and fully qualified (`Message "acme.v1.Order" was renamed to ...`,
 * `File "a/b.proto" was moved to ...`); buf reports the same change as
 * deletions and type changes that name that element.
 */
export const RENAME_ROOTS: ReadonlySet<string> = new Set([
  "MESSAGE_NO_RENAME",
  "ENUM_NO_RENAME",
  "SERVICE_NO_RENAME",
  "RPC_NO_RENAME",
  "ONEOF_NO_RENAME",
  "EXTENSION_NO_RENAME",
  "FILE_NO_MOVE",
]);

const IDENT = /[\w.]/;

/**
 * Whether `text` names `name` as a whole, not as part of a longer name; with
 * `nested`, also as the scope of a longer one (`acme.v1.Order.Item` names
 * `acme.v1.Order`). A period that ends a sentence ends a name.
 */
function names(text: string, name: string, nested: boolean): boolean {
  if (name === "") return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = i === 0 ? "" : (text[i - 1] ?? "");
    const end = i + name.length;
    const after = text[end] ?? "";
    const continued = /\w/.test(after) || (after === "." && !nested && /\w/.test(text[end + 1] ?? ""));
    if (!IDENT.test(before) && !continued) return true;
  }
  return false;
}

/** The previous element a rename finding names: its first quoted string. */
function previousName(root: Finding): string | undefined {
  return /^[^"]*"([^"]+)"/.exec(root.message)?.[1];
}

/**
 * Whether a finding is explained by a rename or move: it names the previous
 * element (or something nested in it) by its full name, or by its simple name
 * in quotes together with the scope it was declared in.
 */
export function explainedByRename(root: Finding, f: Finding): boolean {
  const previous = previousName(root);
  if (previous === undefined) return false;
  if (names(f.message, previous, true)) return true;
  const dot = previous.lastIndexOf(".");
  if (root.rule === "FILE_NO_MOVE" || dot < 0) return false;
  const scope = previous.slice(0, dot);
  const simple = previous.slice(dot + 1);
  return names(f.message, scope, false) && (f.message.includes(`"${simple}"`) || f.message.includes(`"${simple}.`));
}
