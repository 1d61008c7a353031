/**
 * Bad input or bad usage: the message is shown as is (`path:line:col: what`)
 * and the process exits with code 2. Never a stack trace.
 */
export class InputError extends Error {
  override readonly name: string = "InputError";
}

/** A wrong flag or argument; exit code 2 with a usage hint. */
export class UsageError extends Error {
  override readonly name: string = "UsageError";
}
