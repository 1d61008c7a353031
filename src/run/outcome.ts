import { InputError, UsageError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import { ConfigError } from "../config/yaml.js";
import { SchemaError } from "./load.js";

/**
 * What makes a check fail (exit code 1): `error`, any finding of severity
 * error; `warning`, any finding at all; `never`, nothing (report only). The
 * CLI's `--fail-on` and the Action's `fail-on` input take these values.
 */
export const FAIL_ON = ["error", "warning", "never"] as const;

export type FailOn = (typeof FAIL_ON)[number];

/** Reads a fail-on value as given by a user (`where` names the flag or input); "" is the default, error. */
export function parseFailOn(value: string, where: string): FailOn {
  if (value === "") return "error";
  const known = FAIL_ON.find((v) => v === value);
  if (known === undefined) throw new UsageError(`${where}: "${value}" is not one of ${FAIL_ON.join(", ")}`);
  return known;
}

/** The findings that fail a check at the given threshold. */
export function failingFindings<F extends Finding>(findings: readonly F[], failOn: FailOn): F[] {
  if (failOn === "never") return [];
  return findings.filter((f) => failOn === "warning" || f.severity === "error");
}

/** Exit codes: 0 nothing fails, 1 findings at or above fail-on, 2 bad input or usage (and internal errors). */
export type ExitCode = 0 | 1 | 2;

/** The exit code of a finished check. */
export function exitCodeOf(findings: readonly Finding[], failOn: FailOn): ExitCode {
  return failingFindings(findings, failOn).length > 0 ? 1 : 0;
}

/**
 * What went wrong when a check did not finish, for the entry points to word
 * in their own medium. Every kind ends with exit code 2.
 */
export type Failure =
  | { readonly kind: "usage"; readonly message: string }
  | { readonly kind: "config"; readonly message: string }
  | { readonly kind: "schema"; readonly message: string; readonly side: "current" | "previous" }
  | { readonly kind: "input"; readonly message: string }
  | { readonly kind: "internal"; readonly message: string; readonly stack: string | undefined };

/** Classifies an error thrown by a check. */
export function failureOf(err: unknown): Failure {
  if (err instanceof UsageError) return { kind: "usage", message: err.message };
  if (err instanceof ConfigError) return { kind: "config", message: err.message };
  if (err instanceof SchemaError) return { kind: "schema", message: err.message, side: err.side };
  if (err instanceof InputError) return { kind: "input", message: err.message };
  if (err instanceof Error) return { kind: "internal", message: err.message, stack: err.stack };
  return { kind: "internal", message: String(err), stack: undefined };
}

export const FAILURE_EXIT_CODE: ExitCode = 2;
