import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";

/** The characters of a fingerprint: twelve lower-case hex digits, short enough to type in a comment. */
export const FINGERPRINT_LENGTH = 12;

const FINGERPRINT = /^[0-9a-f]{12}$/;

/** Whether a string is written as a fingerprint is (twelve lower-case hex digits). */
export function isFingerprint(s: string): boolean {
  return FINGERPRINT.test(s);
}

/**
 * A finding's identity from what it is about, never from where it is: the
 * rule and, on each side, the element's kind, full name and number (a field,
 * an enum value, an extension) or the file's path for file-level findings.
 * Unrelated edits, moved lines and reworded messages keep it.
 */
export function fingerprintOf(rule: string, previous: string | undefined, current: string | undefined): string {
  return createHash("sha256")
    .update(`${rule}\0${previous ?? ""}\0${current ?? ""}`)
    .digest("hex")
    .slice(0, FINGERPRINT_LENGTH);
}

/**
 * A finding's fingerprint: the one the runner gave it from its elements, or
 * for a finding about no element (a warning about a suppression or an
 * approval) one made from the rule, the path and the message.
 */
export function findingFingerprint(f: Finding): string {
  return f.fingerprint ?? fingerprintOf(f.rule, f.path, f.message);
}
