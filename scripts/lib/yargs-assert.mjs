// node:assert for yargs in the CLI bundle. yargs checks a few of its own
// invariants with strictEqual and notStrictEqual (a failure is a bug in
// yargs, never a user's mistake); loading node:assert for them costs a run
// about 2 ms at start-up. These make the same comparisons (Object.is, as
// node:assert's strict mode) and throw as it does, with the message given.
export class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = "AssertionError";
    this.code = "ERR_ASSERTION";
  }
}

export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `Expected values to be strictly equal: ${String(actual)} !== ${String(expected)}`);
}

export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `Expected "actual" to be strictly unequal to: ${String(expected)}`);
}
