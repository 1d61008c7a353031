import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyApprovals, parseApprovalsFile, trailerApprovals, type Approval } from "../../src/config/approvals.js";
import { ConfigError } from "../../src/config/yaml.js";
import { breaking, formatReport, reportContext, type BreakingResult, type Finding } from "../../src/index.js";
import { NO_COLOR } from "../../src/report/color.js";
import { bundleCli } from "../helpers/bin.js";
import { git, TestRepo } from "../helpers/git.js";

const BEFORE = `syntax = "proto3";

package acme.orders.v1;

message Order {
  string id = 1;
  int64 total_cents = 2;
  string coupon = 3;
  string note = 4;
}
`;

/** Deletes coupon (3) and note (4). */
const AFTER = `syntax = "proto3";

package acme.orders.v1;

message Order {
  string id = 1;
  int64 total_cents = 2;
}
`;

/** The same breaking changes after unrelated edits: a comment, a new message above, everything moved down. */
const AFTER_MOVED = `syntax = "proto3";

package acme.orders.v1;

// Gift wrapping, added in the same change.
message Wrapping {
  string paper = 1;
}

// An order.
message Order {
  string id = 1;

  int64 total_cents = 2;
}
`;

function dirs(current: string): { cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), "protoguard-approve-"));
  for (const [side, text] of [["previous", BEFORE], ["current", current]] as const) {
    new TestRepo(cwd).write({ [`${side}/acme/orders/v1/order.proto`]: text });
  }
  return { cwd };
}

async function compare(cwd: string, extra: Partial<Parameters<typeof breaking>[0]> = {}): Promise<BreakingResult> {
  return breaking({ input: "current", against: "previous", cwd, trailers: false, ...extra });
}

function fingerprintOf(result: BreakingResult, field: string): string {
  const f = result.findings.find((x) => x.rule === "FIELD_NO_DELETE" && x.message.includes(`"${field}"`));
  expect(f, `a FIELD_NO_DELETE finding for ${field}`).toBeDefined();
  return (f as Finding).fingerprint as string;
}

describe("fingerprints", () => {
  it("name the element and survive unrelated edits that move every line", async () => {
    const plain = await compare(dirs(AFTER).cwd);
    const moved = await compare(dirs(AFTER_MOVED).cwd);
    expect(plain.findings.map((f) => f.line)).not.toEqual(moved.findings.map((f) => f.line));
    expect(fingerprintOf(plain, "coupon")).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintOf(moved, "coupon")).toBe(fingerprintOf(plain, "coupon"));
    expect(fingerprintOf(moved, "note")).toBe(fingerprintOf(plain, "note"));
    expect(fingerprintOf(plain, "coupon")).not.toBe(fingerprintOf(plain, "note"));
  });

  it("are shown in every format", async () => {
    const result = await compare(dirs(AFTER).cwd);
    const fp = fingerprintOf(result, "coupon");
    const context = reportContext(result);
    for (const format of ["text", "json", "github", "sarif", "junit", "gitlab", "markdown"] as const) {
      expect(formatReport(format, result.findings, context, NO_COLOR), format).toContain(fp);
    }
  });
});

describe("the approvals file", () => {
  let cwd: string;
  let coupon: string;
  let note: string;

  beforeAll(async () => {
    ({ cwd } = dirs(AFTER));
    const first = await compare(cwd);
    coupon = fingerprintOf(first, "coupon");
    note = fingerprintOf(first, "note");
  });

  function approvals(text: string): string {
    const file = join(cwd, `approvals-${Math.random().toString(16).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  }

  it("approves the finding it names and only that one, reported with reason and approver", async () => {
    const file = approvals(`approvals:\n  - fingerprint: ${coupon}\n    reason: coupon was retired in 2025\n    approved_by: alice\n`);
    const result = await compare(cwd, { approvals: file });
    expect(result.findings.map((f) => f.fingerprint)).toEqual([note]);
    expect(result.suppressed.map((f) => [f.rule, f.fingerprint, f.suppression.by, f.suppression.reason, f.suppression.approver])).toEqual([
      ["FIELD_NO_DELETE", coupon, "approval", "coupon was retired in 2025", "alice"],
    ]);
    expect(result.suppressed[0]?.suppression.at).toMatch(/approvals-[0-9a-f]+\.yaml:2:5$/);
    const text = formatReport("text", result.findings, reportContext(result), NO_COLOR);
    expect(text).toContain("1 finding approved:");
    expect(text).toContain(`(approved ${coupon} by alice: coupon was retired in 2025 (`);
    const json = JSON.parse(formatReport("json", result.findings, reportContext(result))) as { summary: { approved: number; errors: number } };
    expect(json.summary).toMatchObject({ approved: 1, errors: 1 });
  });

  it("is found beside the configuration file without being named", async () => {
    writeFileSync(join(cwd, "protoguard.yaml"), "version: v2\n");
    writeFileSync(join(cwd, "protoguard.approvals.yaml"), `approvals:\n  - fingerprint: ${note}\n    reason: notes moved to the Notes service\n    approved_by: bob\n`);
    try {
      const result = await compare(cwd);
      expect(result.findings.map((f) => f.fingerprint)).toEqual([coupon]);
      expect(result.suppressed.map((s) => s.suppression.approver)).toEqual(["bob"]);
    } finally {
      rmSync(join(cwd, "protoguard.yaml"));
      rmSync(join(cwd, "protoguard.approvals.yaml"));
    }
  });

  it("reports an approval that matches nothing as unused, and an expired one as no longer applying", async () => {
    const file = approvals(
      [
        "approvals:",
        "  - fingerprint: 0123456789ab",
        "    reason: a field that is long gone",
        "    approved_by: carol",
        `  - fingerprint: ${coupon}`,
        "    reason: temporary",
        "    approved_by: dave",
        "    expires: 2026-01-31",
        "",
      ].join("\n"),
    );
    const result = await compare(cwd, { approvals: file, now: new Date("2026-02-01T09:00:00Z") });
    expect(result.suppressed).toEqual([]);
    const warnings = result.findings.filter((f) => f.severity === "warning");
    expect(warnings.map((w) => [w.rule, w.line, w.message])).toEqual([
      ["APPROVAL_UNUSED", 2, "Approval of 0123456789ab (a field that is long gone) matches no finding."],
      ["APPROVAL_EXPIRED", 5, `Approval of ${coupon} expired on 2026-01-31 and no longer applies.`],
    ]);
    expect(result.findings.filter((f) => f.rule === "FIELD_NO_DELETE")).toHaveLength(2);
    const stillValid = await compare(cwd, { approvals: file, now: new Date("2026-01-31T23:00:00Z") });
    expect(stillValid.suppressed.map((s) => s.fingerprint)).toEqual([coupon]);
  });

  it("rejects a bad file with its place, never a stack trace", async () => {
    const cases: [string, RegExp][] = [
      ["approvals:\n  - fingerprint: 12345\n    reason: r\n    approved_by: a\n", /:2:18: fingerprint must be the 12 hex digits a finding shows$/],
      ["approvals:\n  - fingerprint: 0123456789ab\n    approved_by: a\n", /:2:5: an approval needs "reason"$/],
      ["approvals:\n  - fingerprint: 0123456789ab\n    reason: r\n    approved_by: a\n    expires: 31/01/2027\n", /:5:14: expires must be a date written YYYY-MM-DD$/],
      ["approvals:\n  - fingerprint: 0123456789ab\n    reason: r\n    approved_by: a\n    expiry: 2027-01-31\n", /:5:5: unknown key "expiry" in an approval \(did you mean "expires"\?\)$/],
      ["aprovals: []\n", /:1:1: unknown key "aprovals" \(did you mean "approvals"\?\)$/],
    ];
    for (const [text, message] of cases) {
      await expect(compare(cwd, { approvals: approvals(text) })).rejects.toSatisfy((err: unknown) => err instanceof ConfigError && message.test(err.message));
    }
  });

  it("keeps a fingerprint written with digits only as written", () => {
    const [a] = parseApprovalsFile("a.yaml", "approvals:\n  - fingerprint: 012345678901\n    reason: r\n    approved_by: a\n");
    expect(a?.fingerprint).toBe("012345678901");
  });
});

describe("approvals, applied", () => {
  const finding = (fingerprint: string): Finding => ({
    rule: "FIELD_NO_DELETE",
    severity: "error",
    file: "a.proto",
    path: "a.proto",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: "m",
    fingerprint,
  });
  const approval = (fingerprint: string, expires?: string): Approval => ({
    fingerprint,
    reason: "r",
    approver: "a",
    at: "commit 1234567",
    ...(expires === undefined ? {} : { expires }),
  });

  it("approve every finding with the fingerprint, and count an approval once", () => {
    const out = applyApprovals([finding("aaaaaaaaaaaa"), finding("bbbbbbbbbbbb")], [approval("aaaaaaaaaaaa"), approval("aaaaaaaaaaaa")], "2026-01-01");
    expect(out.findings.map((f) => f.fingerprint)).toEqual(["bbbbbbbbbbbb"]);
    expect(out.approved.map((f) => f.suppression.at)).toEqual(["commit 1234567"]);
    expect(out.warnings).toEqual([]);
  });

  it("name a trailer's or a comment's warning by where it was given", () => {
    const out = applyApprovals([], [approval("cccccccccccc")], "2026-01-01");
    expect(out.warnings.map((w) => [w.rule, w.file, w.line])).toEqual([["APPROVAL_UNUSED", "commit 1234567", 1]]);
  });
});

describe("commit trailers", () => {
  it("read Protoguard-Approve lines, in any case, with a well-formed fingerprint and a reason; bounded", () => {
    const message = [
      "Retire coupons",
      "",
      "protoguard-approve: ABCDEF012345 coupons are gone",
      "Protoguard-Approve: abcdef012345",
      "Protoguard-Approve: not-a-print reason",
      "Protoguard-Approve: 111111111111 reason\twith\u001b[31m control",
      ...Array.from({ length: 80 }, () => "Protoguard-Approve: 222222222222 again"),
    ].join("\n");
    const got = trailerApprovals([{ hash: "0123456789abcdef", author: "Alice", message }]);
    expect(got[0]).toEqual({ fingerprint: "abcdef012345", reason: "coupons are gone", approver: "Alice", at: "commit 0123456" });
    expect(got[1]).toEqual({ fingerprint: "111111111111", reason: "reason with [31m control", approver: "Alice", at: "commit 0123456" });
    expect(got).toHaveLength(50);
  });
});

describe("commit trailers in a real repository", () => {
  let repo: TestRepo;
  let coupon: string;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.write({ "proto/acme/orders/v1/order.proto": BEFORE }).commit("orders");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "proto/acme/orders/v1/order.proto": AFTER }).commit("drop coupon and note");
    const first = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    coupon = fingerprintOf(first, "coupon");
  });

  function commitAs(author: string, message: string): string {
    repo.git("-c", `user.name=${author}`, "commit", "-q", "--allow-empty", "-m", message);
    return repo.git("rev-parse", "HEAD");
  }

  it("approve from a commit in the compared range, by its author", async () => {
    const sha = commitAs("Alice Reviewer", `Approve the coupon removal\n\nProtoguard-Approve: ${coupon} coupon was retired in 2025`);
    const result = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(result.suppressed.map((s) => s.suppression)).toEqual([
      { by: "approval", reason: "coupon was retired in 2025", approver: "Alice Reviewer", at: `commit ${sha.slice(0, 7)}` },
    ]);
    expect(result.findings.map((f) => f.rule)).toEqual(["FIELD_NO_DELETE"]);
    const off = await breaking({ input: "proto", against: "main", cwd: repo.dir, trailers: false });
    expect(off.suppressed).toEqual([]);
    // The same range as a merge base.
    const mergeBase = await breaking({ input: "proto", against: "main...HEAD", cwd: repo.dir });
    expect(mergeBase.suppressed).toHaveLength(1);
  });

  it("do not count from commits outside the range, and count through a merge", async () => {
    repo.git("checkout", "-q", "main");
    commitAs("Mallory", `Unrelated\n\nProtoguard-Approve: ${coupon} from main`);
    repo.git("checkout", "-q", "feature");
    // Against main's newest commit, main's own trailer is outside the range.
    const result = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(result.suppressed.map((s) => s.suppression.approver)).toEqual(["Alice Reviewer"]);
    // Merging main in brings its commit into history, but not into main..HEAD.
    repo.git("merge", "-q", "--no-edit", "main");
    const merged = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(merged.suppressed.map((s) => s.suppression.approver)).toEqual(["Alice Reviewer"]);
  });

  it("are read in a shallow clone that holds the compared commits", async () => {
    const shallow = mkdtempSync(join(tmpdir(), "protoguard-shallow-approve-"));
    git(tmpdir(), "clone", "-q", "--depth", "5", "--no-single-branch", `file://${repo.dir}`, shallow);
    git(shallow, "checkout", "-q", "feature");
    const result = await breaking({ input: "proto", against: "origin/main", cwd: shallow });
    expect(result.suppressed.map((s) => s.suppression.approver)).toEqual(["Alice Reviewer"]);
  });

  it("are not read when the previous side is not a git revision", async () => {
    const result = await breaking({ input: "proto", against: "proto", cwd: repo.dir });
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toEqual([]);
  });
});

describe("approvals from hostile text", () => {
  it("are escaped where they leave: no workflow command, mention, HTML or terminal escape", async () => {
    const { cwd } = dirs(AFTER);
    const first = await compare(cwd);
    const coupon = fingerprintOf(first, "coupon");
    const evil: Approval = {
      fingerprint: coupon,
      reason: "ok\n::error file=x::pwned @admin <img src=x> \u001b[31mred\u202e",
      approver: "@mallory\n::warning::x",
      at: "comment 1",
    };
    const result = await compare(cwd, { approve: [evil] });
    expect(result.suppressed.map((s) => s.fingerprint)).toEqual([coupon]);
    const context = reportContext(result);
    for (const format of ["text", "github", "markdown"] as const) {
      const out = formatReport(format, result.findings, context, NO_COLOR);
      expect(out, format).not.toMatch(/^::(?!error title=FIELD_NO_DELETE)/m);
      expect(out, format).not.toContain("\u001b");
      expect(out, format).not.toContain("\u202e");
    }
    const markdown = formatReport("markdown", result.findings, context);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toMatch(/@(?!&#8203;)\w/);
    const sarif = JSON.parse(formatReport("sarif", result.findings, context)) as { runs: { results: { suppressions?: { justification: string }[] }[] }[] };
    const suppressed = sarif.runs[0]?.results.filter((r) => r.suppressions !== undefined);
    expect(suppressed?.map((r) => r.suppressions?.map((s) => s.justification))).toEqual([[evil.reason]]);
  });
});

describe("the CLI with an approvals file", () => {
  it("ends a bad file in exit 2 with its place, and applies a good one", async () => {
    const { cwd } = dirs(AFTER);
    const bin = await bundleCli();
    writeFileSync(join(cwd, "bad.yaml"), "approvals:\n  - fingerprint: nope\n    reason: r\n    approved_by: a\n");
    const bad = spawnSync(process.execPath, [bin, "breaking", "current", "--against", "previous", "--approvals", "bad.yaml"], { cwd, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("bad.yaml:2:18: fingerprint must be the 12 hex digits a finding shows");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const first = await compare(cwd);
    const all = first.findings.map((f) => `  - fingerprint: ${f.fingerprint as string}\n    reason: accepted\n    approved_by: a\n`).join("");
    writeFileSync(join(cwd, "good.yaml"), `approvals:\n${all}`);
    const good = spawnSync(process.execPath, [bin, "breaking", "current", "--against", "previous", "--approvals", "good.yaml"], { cwd, encoding: "utf8" });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("2 findings approved:");
  });
});

describe("commit trailers and the sides compared", () => {
  it("read the range up to a current git revision, and nothing across repositories", async () => {
    const repo = new TestRepo();
    repo.write({ "proto/acme/orders/v1/order.proto": BEFORE }).commit("orders");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "proto/acme/orders/v1/order.proto": AFTER }).commit("drop");
    const first = await breaking({ input: "feature", against: "main", cwd: repo.dir });
    const coupon = fingerprintOf(first, "coupon");
    repo.git("commit", "-q", "--allow-empty", "-m", `approve\n\nProtoguard-Approve: ${coupon} retired`);
    repo.git("checkout", "-q", "main");
    const byRevision = await breaking({ input: "feature", against: "main", cwd: repo.dir });
    expect(byRevision.suppressed.map((s) => s.fingerprint)).toEqual([coupon]);
    // The previous side in another repository: no range, no trailers.
    const other = new TestRepo();
    other.write({ "proto/acme/orders/v1/order.proto": BEFORE }).commit("orders");
    repo.git("checkout", "-q", "feature");
    const across = await breaking({ input: "proto", against: `${other.dir}/.git#branch=main,subdir=proto`, cwd: repo.dir });
    expect(across.findings.filter((f) => f.rule === "FIELD_NO_DELETE")).toHaveLength(2);
    expect(across.suppressed).toEqual([]);
  });
});
