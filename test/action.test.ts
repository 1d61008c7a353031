import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import protobufjs from "protobufjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git, TestRepo } from "./helpers/git.js";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const BUNDLE = join(ROOT, "action/index.mjs");

const BASE = `syntax = "proto3";

package acme.orders.v1;

message Order {
  string id = 1;
  int64 total_cents = 2;
  string coupon_code = 3;
}
`;

/** What the main branch gained after the pull request branched off: not the pull request's doing. */
const MAIN_LATER = BASE.replace("  string coupon_code = 3;\n", "  string coupon_code = 3;\n  string notes = 4;\n");

/** The pull request: deletes coupon_code and changes the type of total_cents. */
const HEAD = `syntax = "proto3";

package acme.orders.v1;

message Order {
  string id = 1;
  string total_cents = 2;
}
`;

/** A pull request that only adds a field. */
const ADDS = BASE.replace("  string coupon_code = 3;\n", "  string coupon_code = 3;\n  string gift_note = 5;\n");

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: "User" | "Bot" };
  author_association?: string;
}

/** The author GitHub records for a comment made with the default GITHUB_TOKEN. */
const ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" as const };

/**
 * A stand-in for the GitHub API on 127.0.0.1: lists, creates and edits issue
 * comments (created as `author`), and answers GraphQL's viewer when `viewer`
 * is set (as for a personal or app token), else fails it as it fails for the
 * default GITHUB_TOKEN.
 */
class FakeGitHub {
  readonly requests: Recorded[] = [];
  comments: Comment[] = [];
  author: Comment["user"] = ACTIONS_BOT;
  viewer: { __typename: "User" | "Bot"; login: string } | undefined;
  /** What GET /repos/acme/apis/pulls/7 answers (an issue_comment run reads the pull request). */
  pull: unknown;
  private server: Server | undefined;

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      void this.handle(req).then(([status, body]) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
    this.server = server;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    this.requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body });
    const url = req.url ?? "";
    if (req.method === "GET" && /^\/repos\/acme\/apis\/issues\/7\/comments\?/.test(url)) {
      return [200, url.includes("page=1") ? this.comments : []];
    }
    if (req.method === "GET" && url === "/repos/acme/apis/pulls/7" && this.pull !== undefined) return [200, this.pull];
    if (req.method === "POST" && url === "/graphql") {
      if (this.viewer === undefined) return [200, { errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] }];
      return [200, { data: { viewer: this.viewer } }];
    }
    if (req.method === "POST" && url === "/repos/acme/apis/issues/7/comments") {
      const comment = { id: 1000 + this.comments.length, body: (JSON.parse(body) as { body: string }).body, user: this.author };
      this.comments.push(comment);
      return [201, comment];
    }
    const edit = /^\/repos\/acme\/apis\/issues\/comments\/(\d+)$/.exec(url);
    if (req.method === "PATCH" && edit) {
      const comment = this.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = (JSON.parse(body) as { body: string }).body;
      return [200, comment];
    }
    return [404, { message: "Not Found" }];
  }
}

interface Run {
  code: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Parses $GITHUB_OUTPUT as the runner does: `name<<DELIMITER` blocks and `name=value` lines. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1);
      out[heredoc[1] as string] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

/** Runs the committed bundle as the runner does: `node action/index.mjs` with the GitHub environment and INPUT_* variables. */
async function runAction(
  workspace: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string>,
  apiUrl = "",
  script = BUNDLE,
): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), "protoguard-runner-"));
  const eventPath = join(tmp, "event.json");
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const summaryPath = join(tmp, "step_summary.md");
  const outputPath = join(tmp, "output.txt");
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: process.env["GIT_CONFIG_GLOBAL"],
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: "acme/apis",
    GITHUB_WORKFLOW: "protos",
    GITHUB_JOB: "breaking",
    GITHUB_API_URL: apiUrl,
    RUNNER_TEMP: tmp,
    // Every input action.yml declares, as the runner sets them (defaults applied, hyphens kept).
    INPUT_INPUT: ".",
    INPUT_AGAINST: "",
    "INPUT_INPUT-FORMAT": "",
    "INPUT_AGAINST-FORMAT": "",
    INPUT_CONFIG: "",
    "INPUT_FAIL-ON": "error",
    "INPUT_SARIF-FILE": "",
    INPUT_COMMENT: "true",
    "INPUT_GITHUB-TOKEN": "",
    INPUT_USE: "",
    INPUT_EXCEPT: "",
    INPUT_APPROVERS: "",
    "INPUT_ALLOW-SELF-APPROVAL": "false",
    INPUT_TRAILERS: "false",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  let code = 0;
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [script], { cwd: workspace, env }));
  } catch (err) {
    const e = err as { code?: number; stdout?: string };
    code = e.code ?? -1;
    stdout = e.stdout ?? "";
  }
  return { code, stdout, summary: readFileSync(summaryPath, "utf8"), outputs: parseOutputs(readFileSync(outputPath, "utf8")) };
}

/** A pull_request payload as GitHub sends it, trimmed to the fields that matter plus some that do not. */
function pullRequest(base: string, head: string, headRepo: string | null = "acme/apis"): { name: string; payload: unknown } {
  const repo = (fullName: string) => ({ id: 1, name: fullName.split("/")[1], full_name: fullName, private: false });
  return {
    name: "pull_request",
    payload: {
      action: "synchronize",
      number: 7,
      before: "1111111111111111111111111111111111111111",
      after: head,
      pull_request: {
        url: "https://api.github.com/repos/acme/apis/pulls/7",
        id: 42,
        number: 7,
        state: "open",
        title: "Orders: drop coupon codes",
        user: { login: "octocat" },
        head: { label: "octocat:feature", ref: "feature", sha: head, repo: headRepo === null ? null : repo(headRepo) },
        base: { label: "acme:main", ref: "main", sha: base, repo: repo("acme/apis") },
        merged: false,
      },
      repository: repo("acme/apis"),
      sender: { login: "octocat" },
    },
  };
}

describe("the committed action bundle", () => {
  it("is what npm run generate builds from the sources today", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "protoguard-bundle-")), "index.mjs");
    await run(process.execPath, [join(ROOT, "scripts/bundle-action.mjs"), out], { cwd: ROOT });
    const fresh = readFileSync(out);
    const committed = readFileSync(BUNDLE);
    expect(fresh.equals(committed), "action/index.mjs is out of date: run npm run generate and commit it").toBe(true);
  });

  it("is what action.yml runs, on node24", () => {
    const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(yml).toMatch(/\n {2}using: node24\n/);
    expect(yml).toMatch(/\n {2}main: action\/index\.mjs\n/);
    for (const input of ["input", "against", "input-format", "against-format", "config", "fail-on", "sarif-file", "comment", "github-token", "use", "except"]) {
      expect(yml, input).toMatch(new RegExp(`\\n {2}${input}:\\n {4}description: `));
    }
    for (const output of ["breaking-count", "report-file"]) expect(yml).toMatch(new RegExp(`\\n {2}${output}:\\n {4}description: `));
  });
});

describe("the action on a pull request", () => {
  const github = new FakeGitHub();
  let api: string;
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(async () => {
    api = await github.start();
    repo = new TestRepo();
    repo.write({ "proto/acme/orders/v1/order.proto": BASE, "README.md": "apis\n" });
    repo.commit("orders");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "proto/acme/orders/v1/order.proto": HEAD });
    head = repo.commit("drop coupon codes");
    repo.git("checkout", "-q", "main");
    repo.write({ "proto/acme/orders/v1/order.proto": MAIN_LATER });
    base = repo.commit("notes");
    repo.git("checkout", "-q", "feature");
  });

  afterAll(() => github.stop());

  it("annotates the breaking changes, writes the summary, outputs and SARIF, comments, and fails", async () => {
    const result = await runAction(repo.dir, pullRequest(base, head), {
      input: "proto",
      "sarif-file": "protoguard.sarif",
      "github-token": "test-token",
    }, api);
    expect(result.code).toBe(1);
    const annotations = result.stdout.split("\n").filter((l) => /^::(error|warning|notice) /.test(l));
    const fingerprints = (JSON.parse(readFileSync(result.outputs["report-file"] as string, "utf8")) as { findings: { fingerprint: string }[] }).findings.map((f) => f.fingerprint);
    expect(fingerprints).toEqual([expect.stringMatching(/^[0-9a-f]{12}$/), expect.stringMatching(/^[0-9a-f]{12}$/)]);
    expect(annotations).toEqual([
      "::error title=FIELD_NO_DELETE,file=proto/acme/orders/v1/order.proto,line=5,endLine=8::Field 3 \"coupon_code\" was deleted from message acme.orders.v1.Order." +
        "%0AFix: restore field 3 \"coupon_code\" with `[deprecated = true]` instead; delete it only in a new major version, with `reserved 3; reserved \"coupon_code\";` in its place." +
        `%0AFingerprint: ${fingerprints[0]}`,
      "::error title=FIELD_SAME_TYPE,file=proto/acme/orders/v1/order.proto,line=7,endLine=7,col=3,endColumn=9::Field 2 \"total_cents\" on message acme.orders.v1.Order changed type from \"int64\" to \"string\"." +
        "%0AFix: restore type \"int64\"; to change it, add a new field with a new number and deprecate this one." +
        `%0AFingerprint: ${fingerprints[1]}`,
    ]);
    // Compared with the merge base: the field main gained later is not reported as deleted.
    expect(result.stdout).not.toContain("notes");
    // The full text report sits in the log with workflow commands off around it.
    expect(result.stdout).toMatch(/::stop-commands::([0-9a-f-]+)\n[^]*7 \| {3}string total_cents = 2;[^]*\n::\1::\n/);

    expect(result.summary).toContain("### ❌ protoguard: 2 breaking changes in 1 file");
    expect(result.summary).toContain("| ❌ | proto/acme/orders/v1/order.proto:5:1 | [FIELD\\_NO\\_DELETE]");
    expect(result.summary).toContain("acme.orders.v1 is a stable package: its 2 breaking changes belong in a new package acme.orders.v2.");

    expect(result.outputs["breaking-count"]).toBe("2");
    const report = JSON.parse(readFileSync(result.outputs["report-file"] as string, "utf8")) as { findings: { rule: string }[] };
    expect(report.findings.map((f) => f.rule)).toEqual(["FIELD_NO_DELETE", "FIELD_SAME_TYPE"]);

    const sarif = JSON.parse(readFileSync(repo.path("protoguard.sarif"), "utf8")) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(["FIELD_NO_DELETE", "FIELD_SAME_TYPE"]);

    const calls = github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`);
    expect(calls).toEqual(["GET /repos/acme/apis/issues/7/comments", "POST /repos/acme/apis/issues/7/comments"]);
    expect(github.requests.every((r) => r.authorization === "Bearer test-token")).toBe(true);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/^<!-- protoguard-comment protos\/breaking -->\n### ❌ protoguard: 2 breaking changes/);
  });

  it("updates its own comment on the next push instead of adding one", async () => {
    github.comments.unshift({ id: 5, body: "Looks good to me!", user: { login: "octocat", type: "User" } });
    github.requests.length = 0;
    const fixed = repo.write({ "proto/acme/orders/v1/order.proto": HEAD.replace("string total_cents", "int64 total_cents") }).commit("keep the type");
    const result = await runAction(repo.dir, pullRequest(base, fixed), { input: "proto", "github-token": "test-token" }, api);
    repo.git("reset", "-q", "--hard", head);
    expect(result.code).toBe(1);
    // GraphQL's viewer fails for the default token: its identity is the Actions bot.
    expect(github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`)).toEqual([
      "GET /repos/acme/apis/issues/7/comments",
      "POST /graphql",
      "PATCH /repos/acme/apis/issues/comments/1000",
    ]);
    expect(github.comments).toHaveLength(2);
    expect(github.comments[0]?.body).toBe("Looks good to me!");
    expect(github.comments[1]?.body).toContain("### ❌ protoguard: 1 breaking change in 1 file");
    expect(result.outputs["breaking-count"]).toBe("1");
  });

  it("passes a pull request that only adds a field, and posts no new comment", async () => {
    repo.git("checkout", "-q", "-b", "additive", base);
    const adds = repo.write({ "proto/acme/orders/v1/order.proto": ADDS.replace("string coupon_code = 3;\n", "string coupon_code = 3;\n  string notes = 4;\n") }).commit("gift notes");
    const quiet = new FakeGitHub();
    const quietApi = await quiet.start();
    try {
      const result = await runAction(repo.dir, pullRequest(base, adds), { input: "proto", "github-token": "test-token" }, quietApi);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/^::error/m);
      expect(result.summary).toBe("### ✅ protoguard: no breaking changes\n\n1 file compared against " + `${base}...${adds} (merge base ${base.slice(0, 7)} at proto/).\n`);
      expect(result.outputs["breaking-count"]).toBe("0");
      expect(quiet.requests.map((r) => r.method)).toEqual(["GET"]);
    } finally {
      await quiet.stop();
      repo.git("checkout", "-q", "feature");
    }
  });

  it("fail-on never reports without failing; fail-on with a bad value is an error", async () => {
    const never = await runAction(repo.dir, pullRequest(base, head), { input: "proto", "fail-on": "never" });
    expect(never.code).toBe(0);
    expect(never.outputs["breaking-count"]).toBe("2");
    const bad = await runAction(repo.dir, pullRequest(base, head), { input: "proto", "fail-on": "sometimes" });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error title=protoguard::input fail-on: "sometimes" is not one of error, warning, never');
  });

  it("reads the configuration file the config input names", async () => {
    writeFileSync(repo.path("relaxed.yaml"), "severity:\n  FIELD_NO_DELETE: warning\n  FIELD_SAME_TYPE: off\n");
    const result = await runAction(repo.dir, pullRequest(base, head), { input: "proto", config: "relaxed.yaml" });
    expect(result.code).toBe(0);
    expect(result.outputs["breaking-count"]).toBe("0");
    expect(result.stdout).toMatch(/^::warning title=FIELD_NO_DELETE,file=proto\/acme\/orders\/v1\/order\.proto/m);
    expect(result.stdout).not.toContain("FIELD_SAME_TYPE");
  });

  it("never edits a comment someone else wrote, even one carrying its marker", async () => {
    const marker = "<!-- protoguard-comment protos/breaking -->";
    const planted = [
      { id: 1, body: `${marker}\nAll clear, merge away!`, user: { login: "mallory", type: "User" as const } },
      // A user account may be named like a bot's login without the suffix; it is still not the bot.
      { id: 2, body: `${marker}\nAll clear!`, user: { login: "github-actions", type: "User" as const } },
      { id: 3, body: `${marker}\nAll clear!`, user: { login: "github-actions[bot]", type: "User" as const } },
    ];
    const spoofed = new FakeGitHub();
    spoofed.comments = planted.map((c) => ({ ...c }));
    const spoofedApi = await spoofed.start();
    try {
      const result = await runAction(repo.dir, pullRequest(base, head), { input: "proto", "github-token": "test-token" }, spoofedApi);
      expect(result.code).toBe(1);
      expect(spoofed.requests.map((r) => r.method)).toEqual(["GET", "POST", "POST"]);
      expect(spoofed.requests.some((r) => r.method === "PATCH")).toBe(false);
      expect(spoofed.comments.slice(0, 3)).toEqual(planted);
      expect(spoofed.comments).toHaveLength(4);
      expect(spoofed.comments[3]?.user).toEqual(ACTIONS_BOT);
      expect(result.stdout).toContain("Pull request comment created.");
    } finally {
      await spoofed.stop();
    }
  });

  it("with a token GraphQL can name, edits only that identity's comment", async () => {
    const marker = "<!-- protoguard-comment protos/breaking -->";
    const app = new FakeGitHub();
    app.viewer = { __typename: "Bot", login: "acme-checks" };
    app.comments = [
      { id: 1, body: `${marker}\nold`, user: ACTIONS_BOT },
      { id: 2, body: `${marker}\nold`, user: { login: "acme-checks[bot]", type: "Bot" } },
    ];
    const appApi = await app.start();
    try {
      await runAction(repo.dir, pullRequest(base, head), { input: "proto", "github-token": "app-token" }, appApi);
      expect(app.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`)).toEqual([
        "GET /repos/acme/apis/issues/7/comments",
        "POST /graphql",
        "PATCH /repos/acme/apis/issues/comments/2",
      ]);
      expect(app.comments[0]?.body).toBe(`${marker}\nold`);
      expect(app.comments[1]?.body).toContain("### ❌ protoguard: 2 breaking changes");
    } finally {
      await app.stop();
    }
  });

  it("treats a pull request whose head repository was deleted as a fork: no comment", async () => {
    github.requests.length = 0;
    const result = await runAction(repo.dir, pullRequest(base, head, null), { input: "proto", "github-token": "test-token" }, api);
    expect(result.code).toBe(1);
    // Only the comments are read, for approvals: a fork's token can read them, and nothing is written.
    expect(github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`)).toEqual(["GET /repos/acme/apis/issues/7/comments"]);
    expect(result.stdout).toContain("No pull request comment: its head repository was deleted; it counts as a fork");
    expect(result.summary).toContain("### ❌ protoguard: 2 breaking changes in 1 file");
  });

  it("posts no comment for a pull request from a fork", async () => {
    github.requests.length = 0;
    const result = await runAction(repo.dir, pullRequest(base, head, "someone/apis"), { input: "proto", "github-token": "test-token" }, api);
    expect(result.code).toBe(1);
    expect(github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`)).toEqual(["GET /repos/acme/apis/issues/7/comments"]);
    expect(result.stdout).toContain("No pull request comment: the pull request comes from a fork");
  });

  it("stops with the fix on a shallow checkout", async () => {
    const shallow = mkdtempSync(join(tmpdir(), "protoguard-shallow-"));
    git(tmpdir(), "clone", "-q", "--depth", "1", "--branch", "feature", `file://${repo.dir}`, shallow);
    const result = await runAction(shallow, pullRequest(base, head), { input: "proto" });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`::error title=protoguard::commit ${base} is not in this checkout: it is a shallow clone. Set fetch-depth: 0 on actions/checkout`);
    expect(result.outputs).toEqual({});
  });

  it("places a syntax error on its line and exits 2", async () => {
    repo.write({ "proto/acme/orders/v1/order.proto": HEAD.replace("string id = 1;", "string id = ;") });
    try {
      const result = await runAction(repo.dir, pullRequest(base, head), { input: "proto" });
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(/^::error title=protoguard,file=proto\/acme\/orders\/v1\/order\.proto,line=6,col=\d+::/m);
      expect(result.stdout).not.toContain("    at ");
    } finally {
      repo.git("checkout", "--", ".");
    }
  });
});

describe("the action on GitHub's test merge of a pull request", () => {
  it("compares with the base the merge was made on, so the base branch's own changes are not the pull request's", async () => {
    const repo = new TestRepo();
    const withLegacy = `${BASE}\nmessage Legacy {\n  string note = 1;\n}\n`;
    repo.write({ "order.proto": withLegacy });
    repo.commit("orders");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "order.proto": withLegacy.replace("  string coupon_code = 3;\n", "") });
    const head = repo.commit("drop coupon codes");
    repo.git("checkout", "-q", "main");
    repo.write({ "order.proto": BASE });
    const base = repo.commit("drop legacy, on main");
    // What actions/checkout checks out for pull_request: refs/pull/N/merge.
    repo.git("checkout", "-q", "--detach", base);
    repo.git("merge", "-q", "--no-ff", "--no-edit", "feature");
    expect(repo.git("rev-parse", "HEAD^2")).toBe(head);

    const result = await runAction(repo.dir, pullRequest(base, head), {});
    expect(result.code).toBe(1);
    expect(result.outputs["breaking-count"]).toBe("1");
    expect(result.stdout).toContain(`against ${base} (git revision ${base.slice(0, 7)})`);
    expect(result.stdout).toContain('::error title=FIELD_NO_DELETE,file=order.proto,line=5,endLine=8::Field 3 "coupon_code" was deleted');
    expect(result.stdout).not.toContain("Legacy");
  });
});

describe("the action on a push", () => {
  it("compares with the commit before the push", async () => {
    const repo = new TestRepo();
    repo.write({ "order.proto": BASE });
    const before = repo.commit("orders");
    repo.write({ "order.proto": HEAD });
    const after = repo.commit("drop coupon codes");
    const result = await runAction(repo.dir, { name: "push", payload: { ref: "refs/heads/main", before, after } }, {});
    expect(result.code).toBe(1);
    expect(result.outputs["breaking-count"]).toBe("2");
    expect(result.stdout).toContain("::error title=FIELD_NO_DELETE,file=order.proto,line=5,endLine=8::");
  });

  it("skips with a notice when the push created the branch", async () => {
    const repo = new TestRepo();
    repo.write({ "order.proto": BASE });
    const after = repo.commit("orders");
    const result = await runAction(repo.dir, { name: "push", payload: { ref: "refs/heads/new", before: "0".repeat(40), after } }, {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("::notice title=protoguard::Skipped: this push created the branch");
    expect(result.outputs["breaking-count"]).toBe("0");
    expect(existsSync(join(repo.dir, "protoguard.sarif"))).toBe(false);
  });
});

describe("the action with a protobufjs JSON bundle", () => {
  /** The bundle pbjs writes for a schema: protobufjs's JSON form of the parsed .proto text. */
  const bundleOf = (proto: string): string => `${JSON.stringify(protobufjs.parse(proto, { keepCase: true }).root.toJSON(), null, 2)}\n`;

  /** A copy of the committed bundle in a directory with no node_modules above it, as the runner keeps an action. */
  const standalone = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-action-"));
    copyFileSync(BUNDLE, join(dir, "index.mjs"));
    return join(dir, "index.mjs");
  };

  // PACKAGE, not the default FILE: a bundle has no file names, so FILE_NO_DELETE would find the package's file deleted.
  it("compares the schema with a committed bundle (against-format pbjs), with the protobufjs it bundles", async () => {
    const repo = new TestRepo();
    repo.write({ "proto/acme/orders/v1/order.proto": BASE, "released.json": bundleOf(BASE) });
    const before = repo.commit("orders");
    repo.write({ "proto/acme/orders/v1/order.proto": HEAD });
    const after = repo.commit("drop coupon codes");
    const push = { name: "push", payload: { ref: "refs/heads/main", before, after } };
    const result = await runAction(repo.dir, push, { input: "proto", against: "released.json", "against-format": "pbjs", use: "PACKAGE" }, "", standalone());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("protoguard breaking: proto (directory) against released.json (descriptor set without source info: positions unknown)");
    const annotations = result.stdout.split("\n").filter((l) => /^::(error|warning|notice) /.test(l)).map((l) => l.replace(/%0A.*/, ""));
    expect(annotations).toEqual([
      '::error title=FIELD_NO_DELETE,file=proto/acme/orders/v1/order.proto,line=5,endLine=8::Field 3 "coupon_code" was deleted from message acme.orders.v1.Order.',
      '::error title=FIELD_SAME_TYPE,file=proto/acme/orders/v1/order.proto,line=7,endLine=7,col=3,endColumn=9::Field 2 "total_cents" on message acme.orders.v1.Order changed type from "int64" to "string".',
    ]);
    expect(result.outputs["breaking-count"]).toBe("2");
  });

  it("reads a bundle as the current schema with input-format pbjs, whatever its name", async () => {
    const repo = new TestRepo();
    repo.write({ "schema.pbjs": bundleOf(ADDS), "released.json": bundleOf(BASE) });
    const before = repo.commit("orders");
    const push = { name: "push", payload: { ref: "refs/heads/main", before, after: before } };
    const result = await runAction(repo.dir, push, { input: "schema.pbjs", "input-format": "pbjs", against: "released.json" }, "", standalone());
    expect(result.stdout).toContain("protoguard breaking: schema.pbjs (descriptor set without source info: positions unknown) against released.json");
    expect(result.code).toBe(0);
    expect(result.outputs["breaking-count"]).toBe("0");
    // Without the input, the same file is not read as a bundle: its name says nothing.
    const unforced = await runAction(repo.dir, push, { input: "schema.pbjs", against: "released.json" });
    expect(unforced.code).toBe(2);
    expect(unforced.stdout).toContain('not a directory or a descriptor set');
  });

  it("fails the step on a format it does not know, and on a file that is not a bundle", async () => {
    const repo = new TestRepo();
    repo.write({ "order.proto": BASE, "released.json": '{"file": []}\n' });
    const before = repo.commit("orders");
    const push = { name: "push", payload: { ref: "refs/heads/main", before, after: before } };
    const unknown = await runAction(repo.dir, push, { against: "released.json", "against-format": "yaml" });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('::error title=protoguard::input against-format: "yaml" is not one of pbjs');
    const notBundle = await runAction(repo.dir, push, { against: "released.json", "against-format": "pbjs" });
    expect(notBundle.code).toBe(2);
    expect(notBundle.stdout).toContain('::error title=protoguard,file=released.json,line=1,col=1::not a protobufjs JSON bundle: the file must hold an object with "nested" and no "file"');
  });
});

describe("the example workflow", () => {
  it("is what the README shows, checks out the history, runs the action and uploads its SARIF", () => {
    const example = readFileSync(join(ROOT, ".github/workflows/example-protoguard.yml"), "utf8");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const shown = /```yaml\n# \.github\/workflows\/protoguard\.yml\n([^]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(example.slice(example.indexOf("name: protoguard")));
    expect(example).toMatch(/uses: actions\/checkout@v\d+\n\s+with:\n\s+fetch-depth: 0/);
    expect(example).toMatch(/uses: protoguard\/protoguard@v1\n\s+with:\n\s+input: proto\n\s+sarif-file: protoguard\.sarif/);
    expect(example).toMatch(/uses: github\/codeql-action\/upload-sarif@v4\n\s+with:\n\s+sarif_file: protoguard\.sarif/);
  });
});

/** A pull request as the REST API returns it (GET /repos/acme/apis/pulls/7), trimmed, opened by octocat. */
function pullFromApi(base: string, head: string): unknown {
  const repo = { id: 1, name: "apis", full_name: "acme/apis", private: false };
  return {
    url: "https://api.github.com/repos/acme/apis/pulls/7",
    number: 7,
    state: "open",
    title: "Orders: drop coupon codes",
    user: { login: "octocat", type: "User" },
    head: { label: "acme:feature", ref: "feature", sha: head, repo },
    base: { label: "acme:main", ref: "main", sha: base, repo },
    author_association: "COLLABORATOR",
  };
}

/** An issue_comment payload as GitHub sends it for a comment on pull request 7 (or on issue 8, with `onIssue`). */
function issueComment(comment: Comment, onIssue = false): { name: string; payload: unknown } {
  return {
    name: "issue_comment",
    payload: {
      action: "created",
      issue: {
        number: onIssue ? 8 : 7,
        title: onIssue ? "A question" : "Orders: drop coupon codes",
        user: { login: "octocat", type: "User" },
        state: "open",
        ...(onIssue ? {} : { pull_request: { url: "https://api.github.com/repos/acme/apis/pulls/7", merged_at: null } }),
      },
      comment: { ...comment, html_url: `https://github.com/acme/apis/pull/7#issuecomment-${comment.id}` },
      repository: { id: 1, name: "apis", full_name: "acme/apis", private: false },
      sender: comment.user,
    },
  };
}

/** A pull_request payload whose pull request was opened by octocat, as GitHub sends it. */
function openedBy(base: string, head: string): { name: string; payload: unknown } {
  const event = pullRequest(base, head) as { name: string; payload: { pull_request: Record<string, unknown> } };
  event.payload.pull_request["user"] = { login: "octocat", type: "User" };
  return event;
}

describe("the action with approvals in pull request comments", () => {
  const github = new FakeGitHub();
  let api: string;
  let repo: TestRepo;
  let base: string;
  let head: string;
  let deleted: string;
  let retyped: string;

  const user = (login: string, association: string, id: number, body: string): Comment => ({
    id,
    body,
    user: { login, type: "User" },
    author_association: association,
  });

  beforeAll(async () => {
    api = await github.start();
    repo = new TestRepo();
    repo.write({ "proto/acme/orders/v1/order.proto": BASE });
    base = repo.commit("orders");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "proto/acme/orders/v1/order.proto": HEAD });
    head = repo.commit("drop coupon codes");
    github.pull = pullFromApi(base, head);
    const first = await runAction(repo.dir, openedBy(base, head), { input: "proto", "github-token": "t", comment: "false" }, api);
    const report = JSON.parse(readFileSync(first.outputs["report-file"] as string, "utf8")) as { findings: { rule: string; fingerprint: string }[] };
    deleted = report.findings.find((f) => f.rule === "FIELD_NO_DELETE")?.fingerprint as string;
    retyped = report.findings.find((f) => f.rule === "FIELD_SAME_TYPE")?.fingerprint as string;
  });

  afterAll(() => github.stop());

  it("shows under each failing finding the comment that would approve it", async () => {
    expect(deleted).toMatch(/^[0-9a-f]{12}$/);
    expect(retyped).toMatch(/^[0-9a-f]{12}$/);
    github.comments = [];
    const result = await runAction(repo.dir, openedBy(base, head), { input: "proto", "github-token": "t" }, api);
    expect(result.code).toBe(1);
    expect(github.comments[0]?.body).toContain(`Approve: \`/protoguard approve ${deleted} REASON\``);
    expect(github.comments[0]?.body).toContain(`Approve: \`/protoguard approve ${retyped} REASON\``);
  });

  it("does not count approvals by the pull request's author, by a user without write access or by a bot", async () => {
    github.comments = [
      user("octocat", "COLLABORATOR", 11, `/protoguard approve ${deleted} I wrote it, so it is fine`),
      user("stranger", "NONE", 12, `/protoguard approve ${deleted} looks fine to me\n/protoguard approve ${retyped} me too`),
      { id: 13, body: `/protoguard approve ${retyped} a bot says so`, user: { login: "helper[bot]", type: "Bot" }, author_association: "MEMBER" },
    ];
    const result = await runAction(repo.dir, issueComment(github.comments[1] as Comment), { input: "proto", "github-token": "t", comment: "false" }, api);
    expect(result.code).toBe(1);
    expect(result.outputs["breaking-count"]).toBe("2");
    expect(result.stdout).toContain("Approvals in comment 11 by @octocat do not count: its author opened the pull request");
    expect(result.stdout).toContain("Approvals in comment 12 by @stranger do not count: its author's association (NONE) is not one of OWNER, MEMBER, COLLABORATOR");
    expect(result.stdout).toContain("Approvals in comment 13 by @helper[bot] do not count: it was written by a bot");
  });

  it("on an issue_comment from a member, approves that finding: reported as approved, not failing", async () => {
    const approval = user("alice", "MEMBER", 21, `LGTM.\n/protoguard approve ${deleted} coupon codes were retired in 2025; no client sends field 3`);
    github.comments = [user("octocat", "COLLABORATOR", 11, `/protoguard approve ${retyped} mine`), approval];
    github.requests.length = 0;
    const result = await runAction(repo.dir, issueComment(approval), { input: "proto", "github-token": "t", "sarif-file": "approved.sarif" }, api);
    expect(github.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, "")}`).slice(0, 2)).toEqual([
      "GET /repos/acme/apis/pulls/7",
      "GET /repos/acme/apis/issues/7/comments",
    ]);
    expect(result.code).toBe(1);
    expect(result.outputs["breaking-count"]).toBe("1");
    const report = JSON.parse(readFileSync(result.outputs["report-file"] as string, "utf8")) as {
      findings: { rule: string }[];
      suppressed: { rule: string; fingerprint: string; suppression: { by: string; approver: string; reason: string; at: string } }[];
    };
    expect(report.findings.map((f) => f.rule)).toEqual(["FIELD_SAME_TYPE"]);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        rule: "FIELD_NO_DELETE",
        fingerprint: deleted,
        suppression: { by: "approval", reason: "coupon codes were retired in 2025; no client sends field 3", at: "comment 21", approver: "@alice" },
      }),
    ]);
    const sarif = JSON.parse(readFileSync(repo.path("approved.sarif"), "utf8")) as {
      runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string; properties: { approver: string } }[] }[] }[];
    };
    const approvedResult = sarif.runs[0]?.results.find((r) => r.ruleId === "FIELD_NO_DELETE");
    expect(approvedResult?.suppressions).toEqual([
      { kind: "external", justification: "coupon codes were retired in 2025; no client sends field 3", properties: { at: "comment 21", approval: true, approver: "@alice" } },
    ]);
    expect(result.summary).toContain("#### Approved (1)");
    expect(result.summary).toContain(`\`${deleted}\` @&#8203;alice: coupon codes were retired in 2025; no client sends field 3 (comment 21)`);
    expect(github.comments.at(-1)?.body).toContain("#### Approved (1)");
  });

  it("passes once every finding is approved; the pull request's author can approve only when allowed", async () => {
    github.comments = [user("octocat", "COLLABORATOR", 31, `/protoguard approve ${deleted} retired\n/protoguard approve ${retyped} ids are strings now`)];
    const refused = await runAction(repo.dir, openedBy(base, head), { input: "proto", "github-token": "t", comment: "false" }, api);
    expect(refused.code).toBe(1);
    const allowed = await runAction(repo.dir, openedBy(base, head), { input: "proto", "github-token": "t", comment: "false", "allow-self-approval": "true" }, api);
    expect(allowed.code).toBe(0);
    expect(allowed.outputs["breaking-count"]).toBe("0");
  });

  it("skips a comment on an issue, and a comment that approves nothing", async () => {
    const onIssue = await runAction(repo.dir, issueComment(user("alice", "MEMBER", 41, `/protoguard approve ${deleted} ok`), true), { "github-token": "t" }, api);
    expect(onIssue.code).toBe(0);
    expect(onIssue.stdout).toContain("Skipped: the comment is not on a pull request.");
    const chat = await runAction(repo.dir, issueComment(user("alice", "MEMBER", 42, "Thanks!")), { "github-token": "t" }, api);
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain("Skipped: the comment approves nothing.");
  });

  it("refuses an issue_comment run whose work tree is not the pull request's head", async () => {
    repo.git("checkout", "-q", "main");
    try {
      const result = await runAction(repo.dir, issueComment(user("alice", "MEMBER", 51, `/protoguard approve ${deleted} ok`)), { input: "proto", "github-token": "t" }, api);
      expect(result.code).toBe(2);
      expect(result.stdout).toContain("check it out with ref: refs/pull/7/head");
    } finally {
      repo.git("checkout", "-q", "feature");
    }
  });
});
