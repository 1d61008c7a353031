import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { InputError, UsageError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import { breaking } from "../index.js";
import type { ReportContext } from "../report/context.js";
import { formatGithub, workflowCommand } from "../report/github.js";
import { formatJson } from "../report/json.js";
import { plural } from "../report/links.js";
import { formatMarkdown } from "../report/markdown.js";
import { formatSarif } from "../report/sarif.js";
import { NO_COLOR } from "../report/color.js";
import { formatText } from "../report/text.js";
import { defaultAgainst, readEvent, requireHistory, testMergeBase } from "./against.js";
import { commentMarker, upsertComment } from "./comment.js";
import { ActionError, Runner } from "./runner.js";

export interface ActionIo {
  readonly stdout: { write(s: string): unknown };
}

type FailOn = "error" | "warning" | "never";

function failOn(value: string): FailOn {
  if (value === "" || value === "error") return "error";
  if (value === "warning" || value === "never") return value;
  throw new ActionError(`input fail-on: "${value}" is not one of error, warning, never`);
}

/** A list input: one item a line, or comma-separated. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Whether findings fail the step, by the fail-on input. */
function fails(findings: readonly Finding[], threshold: FailOn): boolean {
  if (threshold === "never") return false;
  return findings.some((f) => threshold === "warning" || f.severity === "error");
}

/** Writes untrusted text (source lines, names from the schema) to the log with workflow commands turned off around it. */
function writeVerbatim(io: ActionIo, text: string): void {
  const token = randomUUID();
  io.stdout.write(`::stop-commands::${token}\n${text}${text.endsWith("\n") ? "" : "\n"}::${token}::\n`);
}

/** An error annotation for a failure; `path:line:col: what` messages are placed on that line of that file. */
function errorAnnotation(message: string): string {
  const first = message.split("\n")[0] ?? message;
  const located = /^(.+?):(\d+):(\d+): (.*)$/.exec(first);
  if (located) {
    const [, file, line, col, what] = located as unknown as [string, string, string, string, string];
    return workflowCommand("error", { title: "protoguard", file, line, col }, message.includes("\n") ? `${what}\n${message}` : what);
  }
  return workflowCommand("error", { title: "protoguard" }, message);
}

/**
 * Runs the action: compares the schema with its previous version, writes
 * annotations, the job summary, outputs, an optional SARIF file and an
 * optional sticky pull request comment. Returns the exit code: 0 when nothing
 * fails the step, 1 for breaking changes at or above fail-on, 2 for bad input.
 */
export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<number> {
  const runner = new Runner(env);
  const cwd = env["GITHUB_WORKSPACE"] || process.cwd();
  try {
    const input = runner.input("input") || ".";
    const threshold = failOn(runner.input("fail-on"));
    const config = runner.input("config");
    const wantComment = runner.booleanInput("comment", true);
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    const event = readEvent(env);
    let against = runner.input("against");
    if (against === "") {
      const found = defaultAgainst(eventName, event);
      if ("skip" in found) {
        io.stdout.write(`${workflowCommand("notice", { title: "protoguard" }, `Skipped: ${found.skip}.`)}\n`);
        runner.setOutput("breaking-count", "0");
        runner.appendSummary(`### ⏩ protoguard: skipped\n\nSkipped: ${found.skip}.\n`);
        return 0;
      }
      const mergedOn = found.head === undefined ? undefined : testMergeBase(cwd, found.head);
      if (mergedOn !== undefined) {
        against = mergedOn;
      } else {
        requireHistory(cwd, found.commits);
        against = found.spec;
      }
    }
    const use = list(runner.input("use"));
    const except = list(runner.input("except"));
    const result = await breaking({ input, against, use, except, cwd, ...(config === "" ? {} : { config }) });
    const { current, against: previous } = result.inputs;
    const context: ReportContext = {
      filesCompared: result.filesCompared,
      against: previous.description,
      input: current.description,
      sources: result.sources,
      packages: result.packages,
      previousPackages: result.previousPackages,
      versions: result.versions,
      rules: result.rules,
      suppressed: result.suppressed,
    };
    const findings = result.findings;
    for (const w of result.warnings) io.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, w)}\n`);
    io.stdout.write(`protoguard breaking: ${current.description} against ${previous.description}\n`);
    writeVerbatim(io, formatText(findings, context, NO_COLOR));
    if (findings.length > 0) io.stdout.write(formatGithub(findings, context));

    const markdown = formatMarkdown(findings, context);
    runner.appendSummary(markdown);
    const errors = findings.filter((f) => f.severity === "error").length;
    const reportFile = join(env["RUNNER_TEMP"] || tmpdir(), "protoguard-report.json");
    writeFileSync(reportFile, formatJson(findings, context));
    runner.setOutput("breaking-count", String(errors));
    runner.setOutput("report-file", reportFile);

    const sarifFile = runner.input("sarif-file");
    if (sarifFile !== "") {
      writeFileSync(resolve(cwd, sarifFile), formatSarif(findings, context));
      io.stdout.write(`Wrote SARIF to ${sarifFile}.\n`);
    }

    const pr = event.pull_request;
    const token = runner.input("github-token");
    if (wantComment && pr !== undefined && token !== "") {
      const fork = pr.head.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base.repo?.full_name;
      if (fork) {
        io.stdout.write("No pull request comment: the pull request comes from a fork, whose token cannot comment.\n");
      } else {
        try {
          const done = await upsertComment(
            {
              apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
              repository: env["GITHUB_REPOSITORY"] ?? "",
              pullNumber: pr.number,
              token,
            },
            commentMarker(env["GITHUB_WORKFLOW"] ?? "", env["GITHUB_JOB"] ?? ""),
            markdown,
            findings.length > 0,
          );
          if (done !== "none") io.stdout.write(`Pull request comment ${done}.\n`);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          io.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, `Could not post the pull request comment (does the job have pull-requests: write?): ${why}`)}\n`);
        }
      }
    }

    if (fails(findings, threshold)) {
      io.stdout.write(`protoguard: ${plural(errors, "breaking change")} (fail-on: ${threshold}).\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof ActionError || err instanceof InputError || err instanceof UsageError) {
      io.stdout.write(`${errorAnnotation(err.message)}\n`);
      return 2;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stdout.write(`${workflowCommand("error", { title: "protoguard" }, "internal error, please report it with the input that caused it")}\n`);
    writeVerbatim(io, detail);
    return 2;
  }
}
