import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import { breaking, diff } from "../src/index.js";
import type { Finding } from "../src/model/finding.js";
import { TestRepo } from "./helpers/git.js";

const ROOT = resolve(import.meta.dirname, "..");

function key(f: Finding): string {
  return [f.rule, f.path, f.line, f.column, f.message].join("|");
}

/** Checks that diff's breaking part is exactly breaking's findings, each under one change. */
async function expectSameVerdict(dir: string): Promise<Awaited<ReturnType<typeof diff>>> {
  const options = { input: `${dir}/current`, against: `${dir}/previous`, cwd: ROOT };
  const [listed, checked] = await Promise.all([diff(options), breaking(options)]);
  expect(checked.findings.length).toBeGreaterThan(0);
  const attached = listed.changes.flatMap((c) => c.findings);
  expect(attached.map(key).sort()).toEqual(checked.findings.map(key).sort());
  for (const c of listed.changes) {
    expect(c.breaking).toBe(c.findings.length > 0);
    expect(c.rules).toEqual([...new Set(c.findings.map((f) => f.rule))].sort());
  }
  expect(listed.semver).toBe("major");
  expect(listed.commit).toBe("feat!");
  return listed;
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-diff-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const HEAD = 'syntax = "proto3";\n\npackage acme.orders.v1;\n\n';
const ORDER = `${HEAD}// An order.\nmessage Order {\n  string id = 1;\n}\n`;

async function verdictOf(previous: string, current: string) {
  const dir = tree({ "previous/order.proto": previous, "current/order.proto": current });
  return diff({ input: join(dir, "current"), against: join(dir, "previous") });
}

describe("protoguard diff", () => {
  it("gives breaking's findings on a real googleapis pair, each under the change it flags", async () => {
    const listed = await expectSameVerdict("fixtures/diff/googleapis");
    const removed = listed.changes.find((c) => c.rules.includes("FIELD_NO_DELETE"));
    expect(removed).toMatchObject({ kind: "removed", element: "field", previous: "google.cloud.biglake.v1.IcebergCatalog.catalog_regions", current: null });
    const retyped = listed.changes.find((c) => c.rules.includes("FIELD_SAME_TYPE"));
    expect(retyped).toMatchObject({ kind: "changed", element: "field", detail: "type string → bool" });
    // Additions are listed too, and not as breaking.
    expect(listed.changes.some((c) => c.kind === "added" && c.element === "message" && !c.breaking)).toBe(true);
  });

  it("gives breaking's findings on the demo, with a rename as one renamed change", async () => {
    const listed = await expectSameVerdict("fixtures/demo");
    const renamed = listed.changes.find((c) => c.kind === "renamed" && c.element === "field");
    expect(renamed).toMatchObject({ previous: "acme.orders.v1.Order.customer_id", current: "acme.orders.v1.Order.customer", rules: ["FIELD_NO_RENAME", "FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME"] });
    // The JSON name that follows from the rename is part of it, not a change of its own.
    expect(listed.changes.filter((c) => c.current === "acme.orders.v1.Order.customer")).toHaveLength(1);
    expect(renamed?.previousAt).toEqual({ path: "acme/orders/v1/order.proto", file: "fixtures/demo/previous/acme/orders/v1/order.proto", line: 14, column: 3 });
  });

  it("lists renamed and moved elements by structure", async () => {
    const message = await diff({ input: "fixtures/message-no-rename/renamed/current", against: "fixtures/message-no-rename/renamed/previous", cwd: ROOT });
    expect(message.changes.filter((c) => c.element === "message" && c.kind !== "changed").map((c) => [c.kind, c.previous, c.current])).toEqual([
      ["renamed", "acme.orders.v1.Order", "acme.orders.v1.Purchase"],
    ]);
    const file = await diff({ input: "fixtures/file-no-move/moved-within-package/current", against: "fixtures/file-no-move/moved-within-package/previous", cwd: ROOT });
    expect(file.changes.map((c) => [c.kind, c.element, c.previous, c.current])).toEqual([
      ["moved", "file", "acme/orders/v1/order.proto", "acme/orders/v1/orders.proto"],
    ]);
  });

  it("lists a message moved to another file of its package as moved, with buf's deletion under it", async () => {
    const listed = await expectSameVerdict("fixtures/message-no-delete/moved-to-another-file");
    const moved = listed.changes.filter((c) => c.kind === "moved");
    expect(moved.map((c) => [c.element, c.previous, c.current, c.rules])).toEqual([
      ["message", "acme.orders.v1.Address", "acme.orders.v1.Address", ["MESSAGE_NO_DELETE"]],
    ]);
    expect(moved[0]?.previousAt?.path).not.toBe(moved[0]?.currentAt?.path);
  });

  it("classifies additions as minor, options as a patch fix, comments as docs, nothing as none", async () => {
    const added = await verdictOf(ORDER, `${ORDER}\nmessage Refund {\n  string id = 1;\n}\n`);
    expect([added.semver, added.commit]).toEqual(["minor", "feat"]);
    // An added message is one change: its fields come with it, listed under it.
    expect(added.changes.map((c) => [c.kind, c.element, c.current])).toEqual([["added", "message", "acme.orders.v1.Refund"]]);
    expect(added.changes[0]?.children?.map((m) => [m.kind, m.element, m.current, m.detail])).toEqual([
      ["added", "field", "acme.orders.v1.Refund.id", "number 1, type string"],
    ]);
    const deprecated = await verdictOf(ORDER, ORDER.replace("string id = 1;", "string id = 1 [deprecated = true];"));
    expect(deprecated.changes.map((c) => c.kind)).toEqual(["deprecated"]);
    expect(deprecated.semver).toBe("minor");
    const option = await verdictOf(ORDER, ORDER.replace("string id = 1;", "string id = 1 [debug_redact = true];"));
    expect(option.changes.map((c) => [c.kind, c.element, c.detail])).toEqual([["changed", "option", "option debug_redact"]]);
    expect([option.semver, option.commit]).toEqual(["patch", "fix"]);
    const comment = await verdictOf(ORDER, ORDER.replace("// An order.", "// An order placed by a customer."));
    expect(comment.changes.map((c) => c.detail)).toEqual(["comment"]);
    expect([comment.semver, comment.commit]).toEqual(["patch", "docs"]);
    const none = await verdictOf(ORDER, ORDER);
    expect([none.semver, none.commit, none.changes]).toEqual(["none", null, []]);
  });
});

const cli = (args: string[], cwd = ROOT) => runCli(args, cwd);

const A1 = 'syntax = "proto3";\npackage acme.v1;\nmessage A {\n  string id = 1;\n  string x = 2;\n}\n';
const A2 = 'syntax = "proto3";\npackage acme.v1;\nmessage A {\n  string id = 1;\n}\nmessage B {\n  string y = 1;\n}\n';

describe("protoguard diff, file names", () => {
  it("names files as breaking does for a directory in a subdirectory and for a git revision", async () => {
    const repo = new TestRepo().write({ "proto/acme/v1/a.proto": A1 });
    repo.commit("one");
    repo.write({ "proto/acme/v1/a.proto": A2 });
    const options = { input: "proto", against: "main", cwd: repo.dir };
    const [listed, checked] = await Promise.all([diff(options), breaking(options)]);
    const finding = checked.findings[0];
    expect(finding).toMatchObject({ file: "proto/acme/v1/a.proto", previous: { file: "main:proto/acme/v1/a.proto" } });
    const removed = listed.changes.find((c) => c.kind === "removed");
    expect(removed).toMatchObject({
      file: "proto/acme/v1/a.proto",
      previousAt: { file: "main:proto/acme/v1/a.proto", path: "acme/v1/a.proto", line: 5, column: 3 },
      rules: ["FIELD_NO_DELETE"],
    });
    const added = listed.changes.find((c) => c.kind === "added" && c.element === "message");
    expect(added).toMatchObject({ file: "proto/acme/v1/a.proto", currentAt: { file: "proto/acme/v1/a.proto", line: 6, column: 1 } });

    const text = await cli(["diff", "proto", "--against", "main"], repo.dir);
    expect(text.stdout.split("\n").slice(0, 3)).toEqual([
      "proto/acme/v1/a.proto",
      "           breaking  removed field acme.v1.A.x",
      "             (was at main:proto/acme/v1/a.proto:5:3)",
    ]);
    const json = JSON.parse((await cli(["diff", "proto", "--against", "main", "--format", "json"], repo.dir)).stdout) as {
      changes: { file: string; previousLocation?: { file: string }; currentLocation?: { file: string } }[];
    };
    expect(json.changes.map((c) => c.file)).toEqual(["proto/acme/v1/a.proto", "proto/acme/v1/a.proto"]);
    expect(json.changes[0]?.previousLocation?.file).toBe("main:proto/acme/v1/a.proto");
    const md = (await cli(["diff", "proto", "--against", "main", "--format", "markdown"], repo.dir)).stdout;
    expect(md).toContain("— proto/acme/v1/a.proto:6:1");
    expect(md).toContain("— was at main:proto/acme/v1/a.proto:5:3");
  });

  it("names a removed file by its previous name, as breaking's deletion does", async () => {
    const dir = tree({ "previous/proto/acme/v1/a.proto": A1, "previous/proto/acme/v1/gone.proto": 'syntax = "proto3";\npackage acme.v1;\n', "current/proto/acme/v1/a.proto": A1 });
    const listed = await diff({ input: "current/proto", against: "previous/proto", cwd: dir });
    expect(listed.changes.map((c) => [c.kind, c.element, c.file])).toEqual([["removed", "file", "previous/proto/acme/v1/gone.proto"]]);
  });
});

const WHOLE = `${HEAD}message Refund {\n  string id = 1;\n  repeated int64 cents = 2;\n  oneof reason {\n    string note = 3;\n  }\n  map<string, Kind> kinds = 4;\n}\n\nenum Kind {\n  KIND_UNSPECIFIED = 0;\n}\n\nservice Refunds {\n  rpc Get(Refund) returns (Refund);\n}\n`;

describe("protoguard diff, elements added or removed as a whole", () => {
  it("lists the fields and oneofs, values and RPCs of an added message, enum and service under it", async () => {
    const added = await verdictOf(ORDER, `${ORDER}\n${WHOLE.slice(HEAD.length)}`);
    expect(added.changes.map((c) => [c.kind, c.element, c.current, c.children?.map((m) => [m.kind, m.element, m.current, m.detail, m.currentAt?.line])])).toEqual([
      [
        "added",
        "message",
        "acme.orders.v1.Refund",
        [
          ["added", "field", "acme.orders.v1.Refund.id", "number 1, type string", 11],
          ["added", "field", "acme.orders.v1.Refund.cents", "number 2, type int64, label repeated", 12],
          ["added", "field", "acme.orders.v1.Refund.note", "number 3, type string", 14],
          ["added", "field", "acme.orders.v1.Refund.kinds", "number 4, type map<string, acme.orders.v1.Kind>", 16],
          ["added", "oneof", "acme.orders.v1.Refund.reason", undefined, 13],
        ],
      ],
      ["added", "enum", "acme.orders.v1.Kind", [["added", "enum_value", "acme.orders.v1.Kind.KIND_UNSPECIFIED", "number 0", 20]]],
      ["added", "service", "acme.orders.v1.Refunds", [["added", "rpc", "acme.orders.v1.Refunds.Get", "request acme.orders.v1.Refund, response acme.orders.v1.Refund", 24]]],
    ]);
  });

  it("lists the members of a removed message at their previous places, in text, json and markdown", async () => {
    const dir = tree({ "previous/order.proto": `${ORDER}\nmessage Refund {\n  string id = 1;\n}\n`, "current/order.proto": ORDER });
    const args = ["diff", join(dir, "current"), "--against", join(dir, "previous")];
    const text = (await cli(args)).stdout.split("\n");
    const at = text.findIndex((l) => l.includes("removed message acme.orders.v1.Refund"));
    expect(text.slice(at, at + 4)).toEqual([
      "           breaking  removed message acme.orders.v1.Refund",
      `             (was at ${join(dir, "previous")}/order.proto:10:1)`,
      "             MESSAGE_NO_DELETE",
      "                       field acme.orders.v1.Refund.id: number 1, type string",
    ]);
    const json = JSON.parse((await cli([...args, "--format", "json"])).stdout) as { changes: { children?: unknown[] }[] };
    expect(json.changes[0]?.children).toEqual([
      {
        kind: "removed",
        element: "field",
        previous: "acme.orders.v1.Refund.id",
        current: null,
        detail: "number 1, type string",
        previousLocation: { path: "order.proto", file: `${join(dir, "previous")}/order.proto`, line: 11, column: 3 },
      },
    ]);
    const md = (await cli([...args, "--format", "markdown"])).stdout.split("\n");
    const item = md.findIndex((l) => l.startsWith("- removed message acme.orders.v1.Refund"));
    expect(md[item + 1]).toMatch(/^ {2}- field acme\.orders\.v1\.Refund\.id: number 1, type string — was at .*order\.proto:11:3$/);
  });
});

const NESTED = `${HEAD}message Refund {\n  message Line {\n    string sku = 1;\n    enum Kind {\n      KIND_UNSPECIFIED = 0;\n    }\n  }\n  enum Reason {\n    REASON_UNSPECIFIED = 0;\n  }\n  repeated Line lines = 1;\n}\n`;

describe("protoguard diff, messages and enums inside a message added or removed as a whole", () => {
  const dir = tree({ "previous/order.proto": ORDER, "current/order.proto": `${ORDER}\n${NESTED.slice(HEAD.length)}` });
  const added = ["diff", join(dir, "current"), "--against", join(dir, "previous")];
  const removed = ["diff", join(dir, "previous"), "--against", join(dir, "current")];

  it("lists them under the message in text, one level deeper each", async () => {
    const text = (await cli(added)).stdout.split("\n");
    const at = text.findIndex((l) => l.includes("added message acme.orders.v1.Refund"));
    expect(text.slice(at, at + 9)).toEqual([
      "     10:1            added message acme.orders.v1.Refund",
      "                       field acme.orders.v1.Refund.lines: number 1, type acme.orders.v1.Refund.Line, label repeated",
      "                       message acme.orders.v1.Refund.Line",
      "                         field acme.orders.v1.Refund.Line.sku: number 1, type string",
      "                         enum acme.orders.v1.Refund.Line.Kind",
      "                           enum value acme.orders.v1.Refund.Line.Kind.KIND_UNSPECIFIED: number 0",
      "                       enum acme.orders.v1.Refund.Reason",
      "                         enum value acme.orders.v1.Refund.Reason.REASON_UNSPECIFIED: number 0",
      "",
    ]);
    expect(text.at(-2)).toMatch(/^4 changes against /);
  });

  it("lists them under the message in markdown with the rules that flag each, and keeps one JSON entry per element", async () => {
    const md = (await cli([...removed, "--format", "markdown"])).stdout.split("\n");
    const at = md.findIndex((l) => l.startsWith("- removed message acme.orders.v1.Refund "));
    expect(md.slice(at + 1, at + 7).map((l) => l.replace(/ — was at .*?(?=( \(|$))/, ""))).toEqual([
      "  - field acme.orders.v1.Refund.lines: number 1, type acme.orders.v1.Refund.Line, label repeated",
      "  - message acme.orders.v1.Refund.Line (`MESSAGE_NO_DELETE`)",
      "    - field acme.orders.v1.Refund.Line.sku: number 1, type string",
      "    - enum acme.orders.v1.Refund.Line.Kind (`ENUM_NO_DELETE`)",
      "      - enum value acme.orders.v1.Refund.Line.Kind.KIND\\_UNSPECIFIED: number 0",
      "  - enum acme.orders.v1.Refund.Reason (`ENUM_NO_DELETE`)",
    ]);
    const json = JSON.parse((await cli([...removed, "--format", "json"])).stdout) as { changes: { kind: string; element: string; previous: string }[] };
    expect(json.changes.map((c) => [c.kind, c.element, c.previous])).toEqual([
      ["removed", "message", "acme.orders.v1.Refund"],
      ["removed", "message", "acme.orders.v1.Refund.Line"],
      ["removed", "enum", "acme.orders.v1.Refund.Line.Kind"],
      ["removed", "enum", "acme.orders.v1.Refund.Reason"],
    ]);
  });
});

const ONEOF = `${HEAD}message Refund {\n  oneof reason {\n    string note = 1;\n    int32 code = 2;\n  }\n}\n`;

describe("protoguard diff, oneofs", () => {
  it("lists a oneof with the same field numbers under another name as renamed, its fields' moves under buf's rule", async () => {
    const listed = await verdictOf(ONEOF, ONEOF.replace("oneof reason", "oneof cause"));
    const oneofs = listed.changes.filter((c) => c.element === "oneof");
    expect(oneofs.map((c) => [c.kind, c.previous, c.current, c.currentAt?.line, c.previousAt?.line])).toEqual([
      ["renamed", "acme.orders.v1.Refund.reason", "acme.orders.v1.Refund.cause", 6, 6],
    ]);
    const fields = listed.changes.filter((c) => c.element === "field");
    expect(fields.map((c) => [c.detail, c.rules])).toEqual([
      ["oneof reason → cause", ["FIELD_SAME_ONEOF"]],
      ["oneof reason → cause", ["FIELD_SAME_ONEOF"]],
    ]);
  });

  it("lists a oneof whose fields differ by number, or that lost a field, as removed and added", async () => {
    const renumbered = await verdictOf(ONEOF, ONEOF.replace("oneof reason", "oneof cause").replace("code = 2", "code = 3"));
    expect(renumbered.changes.filter((c) => c.element === "oneof").map((c) => [c.kind, c.previous ?? c.current])).toEqual([
      ["added", "acme.orders.v1.Refund.cause"],
      ["removed", "acme.orders.v1.Refund.reason"],
    ]);
    const split = `${HEAD}message Refund {\n  oneof cause {\n    string note = 1;\n  }\n  int32 code = 2;\n}\n`;
    const lost = await verdictOf(ONEOF, split);
    expect(lost.changes.filter((c) => c.element === "oneof").map((c) => [c.kind, c.previous ?? c.current])).toEqual([
      ["added", "acme.orders.v1.Refund.cause"],
      ["removed", "acme.orders.v1.Refund.reason"],
    ]);
  });
});

describe("protoguard diff, oneofs and extensions renamed or moved", () => {
  const listed = (c: { kind: string; element: string; previous: string | null; current: string | null; rules: readonly string[] }) => [
    c.kind,
    c.element,
    c.previous,
    c.current,
    c.rules,
  ];

  it("lists a oneof renamed while a field was added to it as renamed, with breaking's findings", async () => {
    const out = await expectSameVerdict("fixtures/oneof-no-rename/renamed-with-field-added");
    expect(out.changes.filter((c) => c.element === "oneof").map(listed)).toEqual([
      ["renamed", "oneof", "acme.pay.v1.Payment.method", "acme.pay.v1.Payment.instrument", ["ONEOF_NO_DELETE", "ONEOF_NO_RENAME"]],
    ]);
    expect(out.changes.filter((c) => c.kind === "added").map((c) => c.current)).toEqual(["acme.pay.v1.Payment.wallet_id"]);
  });

  it("lists a oneof split in two as removed, and the two as added", async () => {
    const out = await expectSameVerdict("fixtures/oneof-no-rename/near-miss-split-in-two");
    expect(out.changes.filter((c) => c.element === "oneof").map((c) => [c.kind, c.previous ?? c.current])).toEqual([
      ["added", "acme.pay.v1.Payment.card"],
      ["removed", "acme.pay.v1.Payment.method"],
      ["added", "acme.pay.v1.Payment.bank"],
    ]);
  });

  it("lists renamed and moved extensions, one change each with buf's deletion under it", async () => {
    const renamed = await expectSameVerdict("fixtures/extension-no-rename/renamed");
    expect(renamed.changes.map(listed)).toEqual([
      ["renamed", "extension", "acme.ext.v1.tag", "acme.ext.v1.label", ["EXTENSION_NO_DELETE", "EXTENSION_NO_RENAME", "FIELD_SAME_NAME"]],
    ]);
    const moved = await expectSameVerdict("fixtures/extension-no-rename/moved-to-another-package");
    expect(moved.changes.filter((c) => c.element === "extension").map(listed)).toEqual([
      ["moved", "extension", "acme.ext.v1.tag", "acme.tags.v1.tag", ["EXTENSION_NO_RENAME", "FIELD_SAME_NAME"]],
    ]);
    const nested = await expectSameVerdict("fixtures/extension-no-rename/renamed-with-extended-message-renamed");
    expect(nested.changes.filter((c) => c.element === "extension").map((c) => [c.kind, c.previous, c.current])).toEqual([
      ["renamed", "acme.ext.v1.tag", "acme.ext.v1.label"],
    ]);
  });

  it("lists an extension with another type at the same number as removed and added, not renamed", async () => {
    const out = await expectSameVerdict("fixtures/extension-no-rename/near-miss-type-changed");
    expect(out.changes.map((c) => [c.kind, c.element, c.previous ?? c.current])).toEqual([
      ["added", "extension", "acme.ext.v1.label"],
      ["removed", "extension", "acme.ext.v1.tag"],
    ]);
    const retargeted = await diff({
      input: "fixtures/extension-no-rename/near-miss-another-extended-message/current",
      against: "fixtures/extension-no-rename/near-miss-another-extended-message/previous",
      cwd: ROOT,
    });
    expect(retargeted.changes.map((c) => [c.kind, c.element, c.previous, c.detail])).toEqual([
      ["changed", "extension", "acme.ext.v1.tag", "extendee acme.ext.v1.Base → acme.ext.v1.Other"],
    ]);
  });
});

describe("protoguard diff, command line", () => {
  const demo = ["diff", "fixtures/demo/current", "--against", "fixtures/demo/previous"];

  it("exits 0 without --exit-code, 1 with it on a major change", async () => {
    expect((await cli(demo)).code).toBe(0);
    expect((await cli([...demo, "--exit-code"])).code).toBe(1);
    const same = await cli(["diff", "fixtures/demo/previous", "--against", "fixtures/demo/previous", "--exit-code"]);
    expect(same).toMatchObject({ code: 0, stdout: "No changes against fixtures/demo/previous (directory).\n" });
  });

  it("writes the JSON shape release tooling reads", async () => {
    const { stdout } = await cli([...demo, "--format", "json"]);
    const out = JSON.parse(stdout) as { semver: string; commit: string; changes: Record<string, unknown>[] };
    expect(out.semver).toBe("major");
    expect(out.commit).toBe("feat!");
    for (const c of out.changes) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["kind", "element", "previous", "current", "breaking", "rules"]));
    }
  });

  it("writes markdown with the breaking changes and the other changes apart, names escaped", async () => {
    const { stdout } = await cli([...demo, "--format", "markdown"]);
    expect(stdout).toContain("SemVer: **major** · conventional commit: `feat!:`");
    expect(stdout.indexOf("### Breaking changes")).toBeLessThan(stdout.indexOf("### Other changes"));
    expect(stdout).toMatch(/- added field acme\.billing\.v1\.Invoice\.currency/);
    expect(stdout).toContain("renamed field acme.orders.v1.Order.customer\\_id → acme.orders.v1.Order.customer");
  });

  it("reads a rename in text as one change with both places and the rules that flag it", async () => {
    const { stdout } = await cli(["diff", "fixtures/enum-value-no-rename/renamed/current", "--against", "fixtures/enum-value-no-rename/renamed/previous"]);
    expect(stdout).toBe(
      [
        "fixtures/enum-value-no-rename/renamed/current/acme/orders/v1/order.proto",
        "      7:3  breaking  renamed enum value acme.orders.v1.Status.STATUS_OPEN → acme.orders.v1.Status.STATUS_PENDING",
        "             ENUM_VALUE_NO_RENAME, ENUM_VALUE_SAME_NAME",
        "",
        "1 change against fixtures/enum-value-no-rename/renamed/previous (directory), 1 breaking: semver major; commit type feat!:",
        "",
      ].join("\n"),
    );
  });
});
