/**
 * Type guards for values read from input (configuration, command lines, JSON,
 * thrown errors): they narrow by checking, where a cast would only assert.
 */

/** Whether `value` is one of `values`: a string read from input, narrowed to the names it must be. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((v) => v === value);
}

/** Whether `value` is a JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `code` of a Node.js system error (`ENOENT`, `EPIPE`), if it has one. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  return typeof err.code === "string" ? err.code : undefined;
}
