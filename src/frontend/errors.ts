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

/** Several files failed; each error is kept, the message lists them all. */
export class CompileErrors extends CompileError {
  readonly errors: readonly CompileError[];

  constructor(errors: readonly CompileError[]) {
    const first = errors[0];
    if (first === undefined) throw new RangeError("CompileErrors needs at least one error");
    super(first.file, first.line, first.column, first.detail);
    this.errors = errors;
    this.message = errors.map((e) => e.message).join("\n");
  }
}
