import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import type { Finding } from "../src/model/finding.js";
import { bufBuildBytes } from "./helpers/buf.js";
import { TestRepo } from "./helpers/git.js";

// One pair of schemas (fixtures/demo) given as directories, git revisions,
// the git index, descriptor sets made by the real `buf build` (binary and
// JSON, with and without source info) and snapshots: every form must give
// the same findings (rule, file, line).

const ROOT = resolve(import.meta.dirname, "..");
const DEMO = join(ROOT, "fixtures/demo");
const out = mkdtempSync(join(tmpdir(), "protoguard-inputs-"));

const cli = (cwd: string, ...args: string[]) => runCli(args, cwd);

interface JsonReport {
  findings: Finding[];
  summary: { errors: number; filesCompared: number; positionsUnknown?: string[] };
}

async function report(cwd: string, ...args: string[]): Promise<JsonReport> {
  const { code, stdout, stderr } = await cli(cwd, "breaking", ...args, "--format", "json");
  expect(stderr, args.join(" ")).toBe("");
  expect(code, args.join(" ")).toBe(1);
  return JSON.parse(stdout) as JsonReport;
}

/** What must not depend on the form of the input: rule, file inside the input, line. */
function places(r: JsonReport): string[] {
  return r.findings.map((f) => `${f.rule} ${f.path}:${f.line}`).sort();
}

async function bufBuild(dir: string, file: string, ...flags: string[]): Promise<string> {
  const path = join(out, file);
  writeFileSync(path, await bufBuildBytes(dir, flags, file));
  return path;
}

let repo: TestRepo;
let expected: string[];
const sets: Record<string, string> = {};

beforeAll(async () => {
  // The repository: "previous" tagged v1, then "current" committed on main; the work tree is "current".
  repo = new TestRepo().copy(join(DEMO, "previous"), "proto");
  repo.commit("previous");
  repo.git("tag", "v1");
  repo.copy(join(DEMO, "current"), "proto").commit("current");
  const [pb, json, bare, cpb, cjson, cbare] = await Promise.all([
    bufBuild(join(DEMO, "previous"), "previous.binpb"),
    bufBuild(join(DEMO, "previous"), "previous.json"),
    bufBuild(join(DEMO, "previous"), "previous-no-source-info.binpb", "--exclude-source-info"),
    bufBuild(join(DEMO, "current"), "current.binpb"),
    bufBuild(join(DEMO, "current"), "current.json"),
    bufBuild(join(DEMO, "current"), "current-no-source-info.binpb", "--exclude-source-info"),
  ]);
  Object.assign(sets, { pb, json, bare, cpb, cjson, cbare });
  expect((await cli(repo.dir, "snapshot", "proto", "-o", join(out, "current.lock.json"))).code).toBe(0);
  expect((await cli(repo.path("proto"), "snapshot", "v1", "-o", join(out, "previous.lock.json"))).code).toBe(0);
  expected = places(await report(ROOT, "fixtures/demo/current", "--against", "fixtures/demo/previous"));
}, 120_000);

describe("the same pair in every form gives the same findings", () => {
  it("has findings to compare", () => {
    expect(expected.length).toBeGreaterThan(8);
    expect(expected).toContain("FIELD_NO_DELETE acme/orders/v1/order.proto:12");
  });

  it.each([
    ["a directory", () => join(DEMO, "previous")],
    ["a tag", () => "v1"],
    ["HEAD~1", () => "HEAD~1"],
    ["a merge base", () => "v1...HEAD"],
    ["buf's git input", () => ".git#tag=v1,subdir=proto"],
    ["a binary descriptor set", () => sets["pb"] as string],
    ["a JSON descriptor set", () => sets["json"] as string],
    ["a snapshot", () => join(out, "previous.lock.json")],
  ])("--against as %s", async (_name, against) => {
    expect(places(await report(repo.dir, "proto", "--against", against()))).toEqual(expected);
  });

  it.each([
    ["a git revision", () => "HEAD"],
    ["a binary descriptor set", () => sets["cpb"] as string],
    ["a JSON descriptor set", () => sets["cjson"] as string],
    ["a snapshot", () => join(out, "current.lock.json")],
  ])("the current schema as %s", async (_name, input) => {
    expect(places(await report(repo.path("proto"), input(), "--against", "v1"))).toEqual(expected);
  });

  it("counts the schema's own files only, whatever the form (buf marks imports in binary and JSON images)", async () => {
    const forms: [cwd: string, input: string][] = [
      [repo.dir, "proto"],
      [repo.path("proto"), "HEAD"],
      [repo.dir, sets["cpb"] as string],
      [repo.dir, sets["cjson"] as string],
      [repo.dir, join(out, "current.lock.json")],
    ];
    for (const [cwd, input] of forms) {
      const r = await report(cwd, input, "--against", join(DEMO, "previous"));
      expect(r.summary.filesCompared, input).toBe(3);
    }
  });

  it("the current schema as the git index", async () => {
    expect(places(await report(repo.path("proto"), "--staged", "--against", "v1"))).toEqual(expected);
  });

  it("names the previous side's files as the user knows them", async () => {
    const byTag = await report(repo.dir, "proto", "--against", "v1");
    expect(byTag.findings.map((f) => f.previous?.file.replace(/acme\/.*$/, ""))).toEqual(
      byTag.findings.map(() => "v1:proto/"),
    );
    expect(byTag.findings.map((f) => f.file)).toEqual(byTag.findings.map((f) => `proto/${f.path}`));
    const bySet = await report(repo.dir, "proto", "--against", sets["pb"] as string);
    expect(bySet.findings.map((f) => f.previous?.file.replace(/acme\/.*$/, ""))).toEqual(bySet.findings.map(() => ""));
  });
});

describe("descriptor sets without source info", () => {
  it("point previous locations at line 1 and say positions are unknown", async () => {
    const r = await report(repo.dir, "proto", "--against", sets["bare"] as string);
    expect(places(r)).toEqual(expected);
    expect(r.findings.every((f) => f.previous?.line === 1 && f.previous.column === 1)).toBe(true);
    expect(r.summary.positionsUnknown).toEqual(["previous"]);
    const text = await cli(repo.dir, "breaking", "proto", "--against", sets["bare"] as string);
    expect(text.stdout).toContain("(descriptor set without source info: positions unknown)");
  });

  it("point findings at line 1 of their file when the current side has none", async () => {
    const r = await report(repo.dir, sets["cbare"] as string, "--against", sets["pb"] as string);
    expect(r.findings.length).toBe(expected.length);
    expect(r.findings.every((f) => f.line === 1 && f.column === 1)).toBe(true);
    expect(new Set(r.findings.map((f) => `${f.rule} ${f.path}`))).toEqual(
      new Set(expected.map((row) => row.replace(/:\d+$/, ""))),
    );
    expect(r.summary.positionsUnknown).toEqual(["current"]);
  });

  it("say nothing of positions when both sides have them", async () => {
    const r = await report(repo.dir, "proto", "--against", sets["pb"] as string);
    expect(r.summary.positionsUnknown).toBeUndefined();
  });
});

describe("protoguard snapshot", () => {
  it("is deterministic, whatever form the same schema is read from", async () => {
    const fromDir = await cli(repo.dir, "snapshot", "proto");
    expect(fromDir.code).toBe(0);
    expect((await cli(repo.dir, "snapshot", "proto")).stdout).toBe(fromDir.stdout);
    expect((await cli(repo.path("proto"), "snapshot", "HEAD")).stdout).toBe(fromDir.stdout);
    expect((await cli(repo.path("proto"), "snapshot", "--staged")).stdout).toBe(fromDir.stdout);
    expect((await cli(repo.dir, "snapshot", join(out, "current.lock.json"))).stdout).toBe(fromDir.stdout);
    expect(readFileSync(join(out, "current.lock.json"), "utf8")).toBe(fromDir.stdout);
  });

  it("holds the schema's own files, sorted, with positions", () => {
    const set = JSON.parse(readFileSync(join(out, "current.lock.json"), "utf8")) as {
      file: { name: string; sourceCodeInfo?: { location: unknown[] } }[];
    };
    expect(set.file.map((f) => f.name)).toEqual([
      "acme/billing/v1/invoice.proto",
      "acme/orders/v1/order.proto",
      "acme/orders/v1/order_service.proto",
    ]);
    expect(set.file.every((f) => (f.sourceCodeInfo?.location.length ?? 0) > 0)).toBe(true);
  });

  it("reads back as the schema it was made from", async () => {
    const same = await cli(repo.dir, "breaking", "proto", "--against", join(out, "current.lock.json"));
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(`No breaking changes: 3 files compared against ${join(out, "current.lock.json")} (descriptor set).\n`);
  });

  it("leaves out imports of a descriptor set and says what it wrote", async () => {
    const lock = join(out, "from-image.lock.json");
    const { code, stdout } = await cli(repo.dir, "snapshot", sets["cpb"] as string, "-o", lock);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${lock}: 3 files of ${sets["cpb"]} (descriptor set).\n`);
    const set = JSON.parse(readFileSync(lock, "utf8")) as { file: { name: string }[] };
    expect(set.file.map((f) => f.name)).not.toContain("google/protobuf/timestamp.proto");
    expect((await cli(repo.dir, "snapshot", sets["cjson"] as string)).stdout).toBe(readFileSync(lock, "utf8"));
  });

  it("keeps extension values (features.(pb.cpp)) through the JSON form", async () => {
    const pair = join(ROOT, "fixtures/field-same-cpp-string-type/editions-feature-changed");
    const [previous, previousJson, current] = await Promise.all([
      bufBuild(join(pair, "previous"), "cpp-previous.binpb"),
      bufBuild(join(pair, "previous"), "cpp-previous.json"),
      bufBuild(join(pair, "current"), "cpp-current.binpb"),
    ]);
    const lock = join(out, "cpp.lock.json");
    expect((await cli(ROOT, "snapshot", previous, "-o", lock)).code).toBe(0);
    expect(readFileSync(lock, "utf8")).toContain('"[pb.cpp]"');
    const use = ["--use", "FIELD_SAME_CPP_STRING_TYPE"];
    const fromBinary = places(await report(ROOT, current, "--against", previous, ...use));
    expect(fromBinary).toHaveLength(3);
    expect(places(await report(ROOT, current, "--against", previousJson, ...use))).toEqual(fromBinary);
    expect(places(await report(ROOT, current, "--against", lock, ...use))).toEqual(fromBinary);
  });

  it("refuses an output it cannot write, with exit 2", async () => {
    const { code, stderr } = await cli(repo.dir, "snapshot", "proto", "-o", join(out, "missing-dir", "x.json"));
    expect(code).toBe(2);
    expect(stderr).toContain(`protoguard: cannot write ${join(out, "missing-dir", "x.json")}`);
  });
});
