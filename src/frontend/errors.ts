import { InputError } from "../model/errors.js";

/**
 * A `.proto` file that cannot be compiled: a syntax error, an unknown type, a
 * missing import, a duplicate name or number, a file that is not UTF-8 text.
 *
 * `line` and `column` are 1-based (0 when the problem has no position, such as
 * a file that is not text). `message` reads `file:line:column: detail`;
 * `detail` is the bare description.
 */
export class CompileError extends InputError {
  override readonly name = "CompileError";
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly detail: string;

  constructor(file: string, line: number, column: number, detail: string) {
    super(line > 0 ? `${file}:${line}:${column}: ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

/** Errors a message lists before it counts the rest. */
export const MAX_LISTED_ERRORS = 20;

/** One line per error (`line` formats it), the first MAX_LISTED_ERRORS of them, then a count of the rest. */
export function listErrors(errors: readonly CompileError[], line: (e: CompileError) => string = (e) => e.message): string[] {
  const lines = errors.slice(0, MAX_LISTED_ERRORS).map(line);
  const rest = errors.length - MAX_LISTED_ERRORS;
  if (rest > 0) lines.push(`... and ${rest} more ${rest === 1 ? "error" : "errors"}`);
  return lines;
}

/** Several errors, in one file or several; each is kept, the message lists them (see listErrors). */
export class CompileErrors extends CompileError {
  readonly errors: readonly CompileError[];

  constructor(errors: readonly CompileError[]) {
    const first = errors[0];
    if (first === undefined) throw new RangeError("CompileErrors needs at least one error");
    super(first.file, first.line, first.column, first.detail);
    this.errors = errors;
    this.message = listErrors(errors).join("\n");
  }
}
