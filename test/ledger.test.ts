import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import { breaking, type BreakingResult } from "../src/index.js";
import { parseLedgerFile } from "../src/model/ledger-file.js";
import { git, TestRepo } from "./helpers/git.js";

const ORDER = `syntax = "proto3";
package acme.orders.v1;

message Order {
  string id = 1;
  int64 total = 2;
  string coupon = 3;
}
`;
const WITHOUT_COUPON = ORDER.replace("  string coupon = 3;\n", "");
const WITH_WEIGHT = WITHOUT_COUPON.replace("  int64 total = 2;\n", "  int64 total = 2;\n  int64 weight = 3;\n");

const cli = (cwd: string, ...args: string[]) => runCli(args, cwd);

function reuses(result: BreakingResult): string[] {
  return result.findings.filter((f) => f.rule.includes("_NO_REUSE_")).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`);
}

function day(repo: TestRepo, commit: string): string {
  return new Date(Number(repo.git("show", "-s", "--format=%ct", commit)) * 1000).toISOString().slice(0, 10);
}

/** A repository whose first commit has coupon = 3 and whose second deletes it. */
function deletedCoupon(): { repo: TestRepo; first: string; second: string } {
  const repo = new TestRepo().write({ "proto/order.proto": ORDER });
  const first = repo.commit("orders");
  const second = repo.write({ "proto/order.proto": WITHOUT_COUPON }).commit("drop coupon");
  return { repo, first, second };
}

function shallowClone(repo: TestRepo): TestRepo {
  const clone = new TestRepo(`${repo.dir}-clone`);
  git(repo.dir, "clone", "-q", "--depth", "1", `file://${repo.dir}`, clone.dir);
  clone.git("config", "user.name", "Protoguard Test");
  clone.git("config", "user.email", "test@protoguard.invalid");
  return clone;
}

describe("the ledger in a breaking check", () => {
  it("reports a number reused after a deletion, naming the last commit that had it", async () => {
    const { repo, first } = deletedCoupon();
    repo.write({ "proto/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    expect(reuses(result)).toEqual([
      `FIELD_NO_REUSE_NUMBER proto/order.proto:7:18 Field 3 "weight" on message acme.orders.v1.Order reuses number 3 of field "coupon" (string), last in commit ${first.slice(0, 7)} (${day(repo, first)}) — old clients still send "coupon" as field 3.`,
    ]);
    expect(result.findings.find((f) => f.rule === "FIELD_NO_REUSE_NUMBER")?.fix).toBe('reserve 3 and "coupon"; use a new number');
  });

  it("names the newest release tag that had the field, and keeps it in the ledger file", async () => {
    const repo = new TestRepo().write({ "proto/order.proto": ORDER });
    repo.commit("orders");
    repo.git("tag", "v1.0.0");
    repo.git("tag", "-a", "-m", "annotated", "v1.1.0");
    repo.git("tag", "not-a-release");
    const last = repo.write({ "proto/order.proto": ORDER.replace("int64 total = 2;", "int64 total = 2; // in cents") }).commit("comment, unreleased");
    repo.write({ "proto/order.proto": WITHOUT_COUPON }).commit("drop coupon");
    repo.git("tag", "v2.0.0");
    repo.write({ "proto/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    expect(reuses(result)).toHaveLength(1);
    expect(reuses(result)[0]).toContain(`last in commit ${last.slice(0, 7)} (${day(repo, last)}), released in v1.1.0 — old clients`);
    expect((await cli(repo.dir, "ledger", "proto")).code).toBe(0);
    expect(readFileSync(repo.path("proto/protoguard.ledger.json"), "utf8")).toContain(`"last": "${last} ${day(repo, last)} v1.1.0"}`);
  });

  it("reports nothing for a new number, or for the same field coming back", async () => {
    const { repo } = deletedCoupon();
    repo.write({ "proto/order.proto": WITH_WEIGHT.replace("weight = 3", "weight = 4") });
    expect(reuses(await breaking({ input: "proto", against: "HEAD", cwd: repo.dir }))).toEqual([]);
    repo.write({ "proto/order.proto": ORDER });
    expect(reuses(await breaking({ input: "proto", against: "HEAD", cwd: repo.dir }))).toEqual([]);
  });

  it("counts what only the compared revision's history has, not a later branch", async () => {
    const { repo, first } = deletedCoupon();
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "proto/order.proto": WITH_WEIGHT }).commit("weight");
    const result = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(reuses(result).map((r) => r.split(" ")[0])).toEqual(["FIELD_NO_REUSE_NUMBER"]);
    expect(reuses(result)[0]).toContain(`last in commit ${first.slice(0, 7)}`);
    // Against the first commit, field 3 is still coupon there: a change of name and type, no reuse.
    const older = await breaking({ input: "proto", against: first, cwd: repo.dir });
    expect(reuses(older)).toEqual([]);
    expect(older.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["FIELD_SAME_NAME", "FIELD_SAME_TYPE"]));
  });

  it("follows a deletion merged from a side branch to the last commit that still had the field", async () => {
    const repo = new TestRepo().write({ "proto/order.proto": ORDER });
    repo.commit("orders");
    repo.git("checkout", "-q", "-b", "side");
    repo.write({ "proto/order.proto": WITHOUT_COUPON }).commit("drop coupon on a branch");
    repo.git("checkout", "-q", "main");
    repo.write({ "proto/notes.proto": 'syntax = "proto3";\npackage acme.orders.v1;\nmessage Note { string text = 1; }\n' });
    const mainline = repo.commit("notes on main, coupon still there");
    repo.git("merge", "-q", "--no-edit", "side");
    repo.write({ "proto/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(reuses(result)).toHaveLength(1);
    expect(reuses(result)[0]).toContain(`last in commit ${mainline.slice(0, 7)} (`);
  });

  it("counts reserved numbers and names, even when the reservation was dropped later", async () => {
    const repo = new TestRepo().write({
      "proto/order.proto": ORDER.replace("  string coupon = 3;\n", '  reserved 3, 8 to 10;\n  reserved "coupon";\n'),
    });
    const reserved = repo.commit("reserve");
    repo.write({ "proto/order.proto": WITHOUT_COUPON }).commit("drop the reservation");
    repo.write({ "proto/order.proto": WITHOUT_COUPON.replace("  int64 total = 2;\n", "  int64 total = 2;\n  int64 weight = 9;\n  string coupon = 4;\n") });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    const stamp = `commit ${reserved.slice(0, 7)} (${day(repo, reserved)})`;
    expect(reuses(result)).toEqual([
      `FIELD_NO_REUSE_NUMBER proto/order.proto:7:18 Field 9 "weight" on message acme.orders.v1.Order uses number 9, reserved (8 to 10) in ${stamp} — old clients may still send the field it was reserved for.`,
      `FIELD_NO_REUSE_NAME proto/order.proto:8:10 Field 4 "coupon" on message acme.orders.v1.Order uses the name "coupon", reserved in ${stamp} — old JSON clients may still send it for the field it was reserved for.`,
    ]);
  });

  it("reports enum values and extensions reused after a deletion", async () => {
    const enumV1 = 'syntax = "proto2";\npackage acme.v1;\nenum Status {\n  STATUS_UNSPECIFIED = 0;\n  STATUS_SUSPENDED = 2;\n}\nmessage Order {\n  optional string id = 1;\n  extensions 100 to 199;\n}\nextend Order {\n  optional string gift_note = 100;\n}\n';
    const repo = new TestRepo().write({ "proto/a.proto": enumV1 });
    repo.commit("v1");
    const bare = enumV1.replace("  STATUS_SUSPENDED = 2;\n", "").replace("extend Order {\n  optional string gift_note = 100;\n}\n", "");
    repo.write({ "proto/a.proto": bare }).commit("drop");
    repo.write({ "proto/a.proto": `${bare.replace("  STATUS_UNSPECIFIED = 0;\n", "  STATUS_UNSPECIFIED = 0;\n  STATUS_CLOSED = 2;\n  STATUS_SUSPENDED = 3;\n")}extend Order {\n  optional int32 priority = 100;\n}\n` });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    expect(reuses(result).map((r) => r.split(" ").slice(0, 2).join(" "))).toEqual([
      "ENUM_VALUE_NO_REUSE_NUMBER proto/a.proto:5:19",
      "ENUM_VALUE_NO_REUSE_NAME proto/a.proto:6:3",
      "EXTENSION_NO_REUSE_NUMBER proto/a.proto:13:29",
    ]);
  });

  it("skips an old commit's file that does not parse, with a note from `protoguard ledger`", async () => {
    const repo = new TestRepo().write({ "proto/order.proto": "syntax = \"proto3\";\nmessage Order {\n  string coupon = \n}\n" });
    repo.commit("broken");
    repo.write({ "proto/order.proto": ORDER.replace("package acme.orders.v1;\n", "") }).commit("fixed");
    const out = await cli(repo.dir, "ledger", "proto");
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^note: proto\/order\.proto as of commit [0-9a-f]{7}: skipped, it does not parse \(4:1: /);
    expect(out.stdout).toBe("Wrote proto/protoguard.ledger.json: 3 entries from 2 commits.\n");
  });

  it("lets an approval of the reuse finding pass the check, by fingerprint", async () => {
    const { repo } = deletedCoupon();
    repo.write({ "proto/order.proto": WITH_WEIGHT });
    const first = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    const finding = first.findings.find((f) => f.rule === "FIELD_NO_REUSE_NUMBER");
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    repo.write({ "approvals.yaml": `approvals:\n  - fingerprint: ${finding?.fingerprint ?? ""}\n    reason: coupon was never shipped to a client\n    approved_by: alice\n` });
    const approved = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir, approvals: "approvals.yaml" });
    expect(reuses(approved)).toEqual([]);
    expect(approved.suppressed.map((s) => [s.rule, s.suppression.by])).toEqual([["FIELD_NO_REUSE_NUMBER", "approval"]]);
  });

  it("reads a ledger file beside two directories, and in a full clone not the current version's own", async () => {
    const { repo, first } = deletedCoupon();
    expect((await cli(repo.dir, "ledger", "proto")).code).toBe(0);
    repo.write({ "old/order.proto": WITHOUT_COUPON, "new/order.proto": WITH_WEIGHT });
    writeFileSync(repo.path("new/protoguard.ledger.json"), readFileSync(repo.path("proto/protoguard.ledger.json")));
    const dirs = await breaking({ input: "new", against: "old", cwd: repo.dir });
    expect(reuses(dirs)).toEqual([
      `FIELD_NO_REUSE_NUMBER new/order.proto:7:18 Field 3 "weight" on message acme.orders.v1.Order reuses number 3 of field "coupon" (string), last in commit ${first.slice(0, 7)} (${day(repo, first)}) — old clients still send "coupon" as field 3.`,
    ]);
    // A branch's own ledger that lists an unreleased field 4 "draft" does not count against main's history.
    repo.git("checkout", "-q", "-b", "draft");
    const draft = WITHOUT_COUPON.replace("  int64 total = 2;\n", "  int64 total = 2;\n  string draft = 4;\n");
    repo.write({ "proto/order.proto": draft }).commit("draft");
    expect((await cli(repo.dir, "ledger", "proto")).code).toBe(0);
    expect(readFileSync(repo.path("proto/protoguard.ledger.json"), "utf8")).toContain('"number": 4, "name": "draft"');
    repo.write({ "proto/order.proto": draft.replace("string draft = 4;", "int64 weight = 4;") });
    expect(reuses(await breaking({ input: "proto", against: "main", cwd: repo.dir }))).toEqual([]);
  });

  it("reports nothing and says nothing about a ledger for two directories without a ledger file", async () => {
    const { repo } = deletedCoupon();
    repo.write({ "old/order.proto": WITHOUT_COUPON, "new/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "new", against: "old", cwd: repo.dir });
    expect(result.findings).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe("a shallow clone", () => {
  it("without a ledger file sees only its own history, and says so", async () => {
    const { repo } = deletedCoupon();
    const clone = shallowClone(repo);
    clone.write({ "proto/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: clone.dir });
    expect(reuses(result)).toEqual([]);
    expect(result.warnings).toEqual([
      "the ledger knows only the 1 commit of this shallow clone and there is no protoguard.ledger.json: a number or name used before them is not checked; fetch the whole history (fetch-depth: 0) or commit a ledger written by `protoguard ledger`",
    ]);
  });

  it("with a current ledger file reports the reuse the file records", async () => {
    const { repo, first } = deletedCoupon();
    expect((await cli(repo.dir, "ledger", "proto")).code).toBe(0);
    repo.commit("ledger");
    const clone = shallowClone(repo);
    clone.write({ "proto/order.proto": WITH_WEIGHT });
    const result = await breaking({ input: "proto", against: "HEAD", cwd: clone.dir });
    expect(result.warnings).toEqual([]);
    expect(reuses(result)).toHaveLength(1);
    expect(reuses(result)[0]).toContain(`reuses number 3 of field "coupon" (string), last in commit ${first.slice(0, 7)} (`);
    expect((await cli(clone.dir, "ledger", "proto", "--check")).code).toBe(0);
  });

  it("with a stale ledger file ends in exit 2 at the file", async () => {
    const { repo } = deletedCoupon();
    expect((await cli(repo.dir, "ledger", "proto")).code).toBe(0);
    repo.commit("ledger");
    repo.write({ "proto/order.proto": WITHOUT_COUPON.replace("  int64 total = 2;\n", "  int64 total = 2;\n  string note = 4;\n") }).commit("note");
    const clone = shallowClone(repo);
    // Nothing added: the ledger is not read, so a stale file does not stop the check.
    expect((await cli(clone.dir, "breaking", "proto", "--against", "HEAD")).code).toBe(0);
    clone.write({ "proto/order.proto": WITHOUT_COUPON.replace("  int64 total = 2;\n", "  int64 total = 2;\n  string note = 4;\n  string gift = 5;\n") });
    const out = await cli(clone.dir, "breaking", "proto", "--against", "HEAD");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      'HEAD:proto/protoguard.ledger.json:1:1: the ledger is not current: the history of this shallow clone has field 4 "note" of acme.orders.v1.Order, which it lacks; run `protoguard ledger` and commit protoguard.ledger.json',
    );
    const check = await cli(clone.dir, "ledger", "proto", "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('proto/protoguard.ledger.json is not current: it lacks field 4 "note" of acme.orders.v1.Order; run `protoguard ledger` and commit it.\n');
  });
});

describe("protoguard ledger", () => {
  it("writes a sorted file, keeps entries the history no longer shows, and --check compares it", async () => {
    const { repo, first } = deletedCoupon();
    expect(await cli(repo.dir, "ledger", "proto", "--check")).toEqual({ code: 1, stdout: "proto/protoguard.ledger.json does not exist: run `protoguard ledger` and commit it.\n", stderr: "" });
    expect(await cli(repo.dir, "ledger", "proto")).toEqual({ code: 0, stdout: "Wrote proto/protoguard.ledger.json: 3 entries from 2 commits.\n", stderr: "" });
    const text = readFileSync(repo.path("proto/protoguard.ledger.json"), "utf8");
    expect(text).toBe(
      [
        "{",
        '  "version": 1,',
        '  "entries": [',
        '    {"in": "acme.orders.v1.Order", "kind": "field", "number": 1, "name": "id", "type": "string"},',
        '    {"in": "acme.orders.v1.Order", "kind": "field", "number": 2, "name": "total", "type": "int64"},',
        `    {"in": "acme.orders.v1.Order", "kind": "field", "number": 3, "name": "coupon", "type": "string", "last": "${first} ${day(repo, first)}"}`,
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
    expect(parseLedgerFile("x", text)).toHaveLength(3);
    expect((await cli(repo.dir, "ledger", "proto", "--check")).code).toBe(0);
    // An entry only the file has (history rewritten, squashed) is kept.
    const extra = text.replace('\n  ]\n', ',\n    {"in": "acme.orders.v1.Order", "kind": "reserved-number", "number": 7, "end": 9}\n  ]\n');
    writeFileSync(repo.path("proto/protoguard.ledger.json"), extra);
    expect((await cli(repo.dir, "ledger", "proto")).stdout).toBe("Wrote proto/protoguard.ledger.json: 4 entries from 2 commits.\n");
    expect(readFileSync(repo.path("proto/protoguard.ledger.json"), "utf8")).toBe(extra);
  });

  it("refuses a broken or hostile ledger file with exit 2 at its line and column", async () => {
    const { repo } = deletedCoupon();
    const cases: [string, string][] = [
      ['{\n  "version": 2,\n  "entries": []\n}\n', "proto/protoguard.ledger.json:2:14: ledger format version 2 is not known to this protoguard (it reads version 1)"],
      ['{\n  "version": 1,\n  "entries": [\n    {"in": "a.B", "kind": "field", "number": 1, "name": "x\\u001b[31m", "type": "string"}\n  ]\n}\n', 'proto/protoguard.ledger.json:4:49: "name" must be a protobuf name'],
      ['{\n  "version": 1,\n  "entries": [\n    {"in": "a.B", "kind": "field", "number": 1, "name": "x", "type": "string"\n  ]\n}\n', "proto/protoguard.ledger.json:4:"],
      ['{\n  "version": 1,\n  "entries": [\n    {"in": "a.B", "kind": "field", "number": 2, "name": "x", "type": "string"},\n    {"in": "a.B", "kind": "field", "number": 1, "name": "x", "type": "string"}\n  ]\n}\n', "proto/protoguard.ledger.json:5:5: entries must be sorted"],
      ["[]\n", "proto/protoguard.ledger.json:1:1: expected"],
    ];
    for (const [text, message] of cases) {
      writeFileSync(repo.path("proto/protoguard.ledger.json"), text);
      const out = await cli(repo.dir, "ledger", "proto");
      expect(out.code, text).toBe(2);
      expect(out.stderr, text).toContain(message);
      expect(out.stderr).not.toContain("\x1b");
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("reuses its caches inside the git directory, and ignores corrupt ones", async () => {
    const { repo } = deletedCoupon();
    const expected = await cli(repo.dir, "ledger", "proto");
    const dir = repo.path(".git/protoguard");
    const files = readdirSync(dir).sort();
    expect(files).toEqual([expect.stringMatching(/^ledger-[0-9a-f]{16}\.json$/), "ledger-outlines.json"]);
    const revision = join(dir, files[0] ?? "");
    expect(JSON.parse(readFileSync(revision, "utf8"))).toMatchObject({ version: 4, revision: `${repo.git("rev-parse", "HEAD")}:proto`, commits: 2 });
    expect(await cli(repo.dir, "ledger", "proto")).toEqual(expected);
    for (const file of readdirSync(dir)) writeFileSync(join(dir, file), "{ not json");
    expect(await cli(repo.dir, "ledger", "proto")).toEqual(expected);
    for (const file of readdirSync(dir)) expect(JSON.parse(readFileSync(join(dir, file), "utf8"))).toMatchObject({ version: 4 });
    // A cache of another revision is not used for this one.
    repo.write({ "proto/order.proto": ORDER }).commit("coupon is back");
    expect((await cli(repo.dir, "ledger", "proto")).stdout).toBe("Wrote proto/protoguard.ledger.json: 3 entries from 3 commits.\n");
    expect(readFileSync(repo.path("proto/protoguard.ledger.json"), "utf8")).not.toContain('"last"');
  });
});
