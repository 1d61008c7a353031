import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { InputError } from "../model/errors.js";

/**
 * The few parts of the GitHub Actions runner protocol the action needs, as
 * @actions/core implements them: inputs from INPUT_* variables, outputs and
 * the job summary appended to the files the runner names.
 */
export class Runner {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /**
   * An input as the runner passes it: `INPUT_` and the name upper-cased with
   * spaces as `_` (hyphens kept: `fail-on` is `INPUT_FAIL-ON`), trimmed.
   */
  input(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }

  /** A boolean input: only true/True/TRUE and false/False/FALSE are accepted, as in @actions/core. */
  booleanInput(name: string, fallback: boolean): boolean {
    const value = this.input(name);
    if (value === "") return fallback;
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new ActionError(`input ${name}: "${value}" is not a boolean (true or false)`);
  }

  /** Sets an output through $GITHUB_OUTPUT, with a delimiter the value cannot contain. */
  setOutput(name: string, value: string): void {
    const file = this.env["GITHUB_OUTPUT"];
    if (file === undefined || file === "") return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  }

  /** Appends Markdown to this step's job summary ($GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): void {
    const file = this.env["GITHUB_STEP_SUMMARY"];
    if (file === undefined || file === "") return;
    appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  }
}

/** A problem with the action's inputs or environment: reported as an error annotation, and the step fails. */
export class ActionError extends InputError {
  override readonly name: string = "ActionError";
}
