// Types of the node:assert stand-in the tests compare with node:assert (yargs-assert.mjs is plain JavaScript).
export declare class AssertionError extends Error {
  readonly code: "ERR_ASSERTION";
  constructor(message: string);
}
export declare function strictEqual(actual: unknown, expected: unknown, message?: string): void;
export declare function notStrictEqual(actual: unknown, expected: unknown, message?: string): void;
