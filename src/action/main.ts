import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { breaking, exitCodeOf, FAILURE_EXIT_CODE, failureOf, INPUT_FORMATS, parseFailOn, reportContext, version, type InputFormat } from "../index.js";
import { isOneOf } from "../model/narrow.js";
import { formatGithub, workflowCommand } from "../report/github.js";
import { formatJson } from "../report/json.js";
import { HOMEPAGE, plural } from "../report/links.js";
import { formatMarkdown } from "../report/markdown.js";
import { formatSarif } from "../report/sarif.js";
import { NO_COLOR } from "../report/color.js";
import { escapeTerminal, escapeTerminalLines } from "../report/escape.js";
import { formatText } from "../report/text.js";
import type { Approval } from "../config/approvals.js";
import { defaultAgainst, fromFork, headCommit, readEvent, requireHistory, testMergeBase, type EventPayload } from "./against.js";
import { approvalLines, commentApprovals, fetchPull, listComments, parseApprovers, type PullComment } from "./approvals.js";
import { commentMarker, upsertComment, type CommentTarget } from "./comment.js";
import { ActionError, Runner } from "./runner.js";

export interface ActionIo {
  readonly stdout: { write(s: string): unknown };
}

/** A list input: one item a line, or comma-separated. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An input naming how a file is read (input-format, against-format): empty, or one of INPUT_FORMATS. */
function formatInput(runner: Runner, name: string): InputFormat | undefined {
  const value = runner.input(name);
  if (value === "") return undefined;
  if (!isOneOf(INPUT_FORMATS, value)) throw new ActionError(`input ${name}: "${value}" is not one of ${INPUT_FORMATS.join(", ")}`);
  return value;
}

/** Writes untrusted text (source lines, names from the schema) to the log with workflow commands turned off around it. */
function writeVerbatim(io: ActionIo, text: string): void {
  const token = randomUUID();
  const safe = escapeTerminalLines(text.endsWith("\n") ? text.slice(0, -1) : text);
  io.stdout.write(`::stop-commands::${token}\n${safe}\n::${token}::\n`);
}

/** An error annotation for a failure; `path:line:col: what` messages are placed on that line of that file. */
function errorAnnotation(raw: string): string {
  const message = escapeTerminalLines(raw);
  const first = message.split("\n")[0] ?? message;
  const located = /^(.+?):(\d+):(\d+): (.*)$/.exec(first);
  if (located) {
    const [, file, line, col, what] = located as unknown as [string, string, string, string, string];
    return workflowCommand("error", { title: "protoguard", file, line, col }, message.includes("\n") ? `${what}\n${message}` : what);
  }
  return workflowCommand("error", { title: "protoguard" }, message);
}

/** The start of the marker every protoguard comment carries: such a comment is never read for approvals. */
const OWN_MARKER = "<!-- protoguard-comment";

/**
 * An issue_comment event on a pull request, as the pull request it is about
 * (read from the API): skipped when the comment is on an issue or approves
 * nothing. The work tree must be the pull request's head, so what is checked
 * is what the approvals are about.
 */
async function commentEvent(
  event: EventPayload,
  token: string,
  target: (pullNumber: number) => CommentTarget,
  cwd: string,
): Promise<{ event: EventPayload } | { skip: string }> {
  const issue = event.issue;
  if (issue === undefined || issue.pull_request === undefined || issue.pull_request === null) return { skip: "the comment is not on a pull request" };
  if (approvalLines(event.comment?.body ?? "").length === 0) return { skip: "the comment approves nothing" };
  if (token === "") throw new ActionError("an issue_comment run reads the pull request through the API: set the github-token input");
  const pr = await fetchPull(target(issue.number));
  const head = headCommit(cwd);
  if (head !== pr.head.sha) {
    throw new ActionError(
      `the work tree (${head ?? "no commit"}) is not the head of pull request ${issue.number} (${pr.head.sha}): check it out with ref: refs/pull/${issue.number}/head and fetch-depth: 0 on actions/checkout`,
    );
  }
  return { event: { ...event, pull_request: pr } };
}

/**
 * The approvals in the pull request's comments, from authors the policy
 * trusts; comments with approvals that do not count are named in the log.
 * When the comments cannot be read, no comment approves anything.
 */
async function pullApprovals(
  runner: Runner,
  io: ActionIo,
  target: CommentTarget,
  pr: NonNullable<EventPayload["pull_request"]>,
): Promise<{ approvals: Approval[]; comments: PullComment[] } | undefined> {
  const policy = {
    associations: parseApprovers(runner.input("approvers")),
    pullAuthor: pr.user?.login,
    allowSelf: runner.booleanInput("allow-self-approval", false),
    ownMarker: OWN_MARKER,
  };
  let comments;
  try {
    comments = await listComments(target);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    io.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, `Could not read the pull request's comments, so none approves anything: ${why}`)}\n`);
    return undefined;
  }
  const { approvals, refused } = commentApprovals(comments, policy);
  for (const r of refused) {
    io.stdout.write(`${escapeTerminal(`Approvals in comment ${r.comment} by @${r.login} do not count: ${r.why}.`)}\n`);
  }
  return { approvals, comments };
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
    const threshold = parseFailOn(runner.input("fail-on"), "input fail-on");
    const config = runner.input("config");
    const wantComment = runner.booleanInput("comment", true);
    const token = runner.input("github-token");
    const target = (pullNumber: number): CommentTarget => ({
      apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
      ...(env["GITHUB_GRAPHQL_URL"] ? { graphqlUrl: env["GITHUB_GRAPHQL_URL"] } : {}),
      repository: env["GITHUB_REPOSITORY"] ?? "",
      pullNumber,
      token,
    });
    const skip = (why: string): number => {
      io.stdout.write(`${workflowCommand("notice", { title: "protoguard" }, `Skipped: ${why}.`)}\n`);
      runner.setOutput("breaking-count", "0");
      runner.appendSummary(`### ⏩ protoguard: skipped\n\nSkipped: ${why}.\n`);
      return 0;
    };
    let eventName = env["GITHUB_EVENT_NAME"] ?? "";
    let event = readEvent(env);
    if (eventName === "issue_comment") {
      const pulled = await commentEvent(event, token, target, cwd);
      if ("skip" in pulled) return skip(pulled.skip);
      event = pulled.event;
      eventName = "pull_request";
    }
    let against = runner.input("against");
    if (against === "") {
      const found = defaultAgainst(eventName, event);
      if ("skip" in found) return skip(found.skip);
      const mergedOn = found.head === undefined ? undefined : testMergeBase(cwd, found.head);
      if (mergedOn !== undefined) {
        against = mergedOn;
      } else {
        requireHistory(cwd, found.commits);
        against = found.spec;
      }
    }
    const inputFormat = formatInput(runner, "input-format");
    const againstFormat = formatInput(runner, "against-format");
    const use = list(runner.input("use"));
    const except = list(runner.input("except"));
    const pr = event.pull_request;
    const read = pr === undefined || token === "" ? undefined : await pullApprovals(runner, io, target(pr.number), pr);
    const approve = read?.approvals ?? [];
    const result = await breaking({
      input,
      against,
      use,
      except,
      cwd,
      approve,
      trailers: runner.booleanInput("trailers", false),
      ...(config === "" ? {} : { config }),
      ...(inputFormat === undefined ? {} : { inputFormat }),
      ...(againstFormat === undefined ? {} : { againstFormat }),
    });
    const { current, against: previous } = result.inputs;
    const context = reportContext(result, { version: version() });
    const findings = result.findings;
    for (const w of result.warnings) io.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, w)}\n`);
    io.stdout.write(`protoguard breaking: ${escapeTerminal(`${current.description} against ${previous.description}`)}\n`);
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
      io.stdout.write(`Wrote SARIF to ${escapeTerminal(sarifFile)}.\n`);
    }

    if (wantComment && pr !== undefined && token !== "") {
      if (fromFork(pr, env["GITHUB_REPOSITORY"])) {
        const why = pr.head.repo === null ? "its head repository was deleted; it counts as a fork" : "the pull request comes from a fork";
        io.stdout.write(`No pull request comment: ${why}, whose token cannot comment (annotations, summary and SARIF are written as usual).\n`);
      } else {
        try {
          const done = await upsertComment(
            target(pr.number),
            commentMarker(env["GITHUB_WORKFLOW"] ?? "", env["GITHUB_JOB"] ?? ""),
            markdown,
            findings.length > 0,
            read?.comments,
          );
          if (done !== "none") io.stdout.write(`Pull request comment ${done}.\n`);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          io.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, `Could not post the pull request comment (does the job have pull-requests: write?): ${why}`)}\n`);
        }
      }
    }

    const code = exitCodeOf(findings, threshold);
    if (code === 1) io.stdout.write(`protoguard: ${plural(errors, "breaking change")} (fail-on: ${threshold}).\n`);
    return code;
  } catch (err) {
    const failure = failureOf(err);
    if (failure.kind !== "internal") {
      io.stdout.write(`${errorAnnotation(failure.message)}\n`);
      return FAILURE_EXIT_CODE;
    }
    io.stdout.write(
      `${workflowCommand("error", { title: "protoguard" }, `internal error (${failure.message.split("\n")[0] ?? ""}); please report it at ${HOMEPAGE}/issues with the input that caused it`)}\n`,
    );
    writeVerbatim(io, failure.stack ?? failure.message);
    return FAILURE_EXIT_CODE;
  }
}
