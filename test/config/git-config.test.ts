import { describe, expect, it } from "vitest";
import { breaking, lint, type BreakingResult } from "../../src/index.js";
import { TestRepo } from "../helpers/git.js";
import { cli, proto } from "../helpers/tree.js";

// The configuration is the current side's own: for a git revision or the
// index, it is read from that version of the repository, not the work tree.

const USER_V1 = proto("acme.v1", "message User {\n  string id = 1;\n  string name = 2;\n  string email = 3;\n}");
/** USER_V1 without field 3 "email": FIELD_NO_DELETE on message User. */
const USER_V2 = USER_V1.replace("  string email = 3;\n", "");
const ORDER_V1 = proto("acme.v1", "message Order {\n  string id = 1;\n  int32 qty = 2;\n}");
/** ORDER_V1 with qty renamed: FIELD_SAME_NAME and FIELD_SAME_JSON_NAME (FILE), nothing under WIRE. */
const ORDER_V2 = ORDER_V1.replace("qty", "quantity");

const IGNORE_USER = "ignore: [acme/v1/user.proto]\n";
const NO_IGNORE = "except: [FIELD_SAME_TYPE]\n";

const rows = (r: BreakingResult): string[] => r.findings.map((f) => `${f.rule} ${f.file}`);
const suppressedBy = (r: BreakingResult): string[] =>
  r.suppressed.map((s) => `${s.rule} ${s.suppression.by} ${s.suppression.reason ?? ""} ${s.suppression.at ?? ""}`);

/**
 * main~1: proto/acme/v1/user.proto with User.email; main: email deleted, and
 * proto/protoguard.yaml as `committed`. The work tree's protoguard.yaml is
 * `worktree` (uncommitted).
 */
function revisions(committed: string, worktree: string): TestRepo {
  const repo = new TestRepo().write({ "proto/acme/v1/user.proto": USER_V1 });
  repo.commit("v1");
  repo.write({ "proto/acme/v1/user.proto": USER_V2, "proto/protoguard.yaml": committed }).commit("v2");
  repo.write({ "proto/protoguard.yaml": worktree });
  return repo;
}

describe("a git revision as the current side reads its own configuration", () => {
  it("a revision whose protoguard.yaml ignores a file the work tree's does not", async () => {
    const repo = revisions(IGNORE_USER, NO_IGNORE);
    for (const [input, cwd] of [
      ["main", repo.path("proto")],
      ["HEAD", repo.path("proto")],
      [".git#branch=main,subdir=proto", repo.dir],
      ["../.git#ref=HEAD,subdir=proto", repo.path("proto")],
    ] as const) {
      const result = await breaking({ input, against: "main~1", cwd });
      expect(rows(result), input).toEqual([]);
      const label = input === "HEAD" || input.includes("ref=HEAD") ? "HEAD" : "main";
      expect(result.config, input).toEqual({ format: "protoguard", file: `${label}:proto/protoguard.yaml` });
      expect(suppressedBy(result), input).toEqual([`FIELD_NO_DELETE ignore acme/v1/user.proto ${label}:proto/protoguard.yaml:1:10`]);
    }
    // The work tree itself is a directory input: its own configuration, which ignores nothing.
    const dir = await breaking({ input: "proto", against: "main~1", cwd: repo.dir });
    expect(rows(dir)).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto"]);
    expect(dir.config.file).toBe("proto/protoguard.yaml");

    const { code, stdout } = await cli(["breaking", "main", "--against", "main~1", "--show-suppressed"], repo.path("proto"));
    expect(code).toBe(0);
    expect(stdout).toContain("main:proto/protoguard.yaml:1:10");
  });

  it("the reverse: the work tree's protoguard.yaml ignores the file, the revision's does not", async () => {
    const repo = revisions(NO_IGNORE, IGNORE_USER);
    const result = await breaking({ input: "main", against: "main~1", cwd: repo.path("proto") });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto"]);
    expect(result.suppressed).toEqual([]);
    const buf = await breaking({ input: ".git#branch=main,subdir=proto", against: "main~1", cwd: repo.dir });
    expect(rows(buf)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto"]);
    expect((await breaking({ input: "proto", against: "main~1", cwd: repo.dir })).findings).toEqual([]);
  });

  it("a revision without a configuration file gets the defaults, whatever the work tree holds", async () => {
    const repo = new TestRepo().write({ "proto/acme/v1/user.proto": USER_V1 });
    repo.commit("v1");
    repo.write({ "proto/acme/v1/user.proto": USER_V2 }).commit("v2");
    repo.write({ "proto/protoguard.yaml": IGNORE_USER, "package.json": JSON.stringify({ protoguard: { use: ["WIRE"] } }) });
    const result = await breaking({ input: "main", against: "main~1", cwd: repo.path("proto") });
    expect(result.config).toEqual({ format: "default" });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto"]);
  });

  it("looks in the schema's directory, then above it up to the top, within the revision; paths are relative to the file's place", async () => {
    const repo = new TestRepo().write({ "proto/acme/v1/user.proto": USER_V1, "proto/acme/v1/order.proto": ORDER_V1 });
    repo.commit("v1");
    repo.write({
      "proto/acme/v1/user.proto": USER_V2,
      "proto/acme/v1/order.proto": ORDER_V2,
      // Found before package.json's key in the same directory is looked at; both above proto/.
      "protoguard.yml": "use: [FILE]\nignore: [proto/acme/v1/user.proto]\nignore_only:\n  FIELD_SAME_JSON_NAME: [proto/acme]\n",
      "package.json": JSON.stringify({ name: "x", protoguard: { use: ["WIRE"] } }),
    });
    repo.commit("v2");
    repo.remove("protoguard.yml");
    const result = await breaking({ input: "main", against: "main~1", cwd: repo.path("proto") });
    expect(result.config).toEqual({ format: "protoguard", file: "main:protoguard.yml" });
    expect(rows(result)).toEqual(["FIELD_NO_RENAME main:proto/acme/v1/order.proto", "FIELD_SAME_NAME main:proto/acme/v1/order.proto"]);
    expect(suppressedBy(result).sort()).toEqual([
      "FIELD_NO_DELETE ignore proto/acme/v1/user.proto main:protoguard.yml:2:10",
      "FIELD_SAME_JSON_NAME ignore_only FIELD_SAME_JSON_NAME: proto/acme main:protoguard.yml:4:26",
    ]);
    // In the work tree protoguard.yml is gone: package.json's key is the configuration there.
    const dir = await breaking({ input: "proto", against: "main~1", cwd: repo.dir });
    expect(dir.config.file).toBe("package.json");
  });

  it("reads include paths of the revision's configuration as of the revision", async () => {
    const money = proto("dep.v1", "message Money {\n  int64 units = 1;\n}");
    const price = (field: string): string =>
      `syntax = "proto3";\npackage acme.v1;\nimport "dep/v1/money.proto";\nmessage Price {\n  dep.v1.Money ${field} = 1;\n}\n`;
    const repo = new TestRepo().write({
      "vendor/dep/v1/money.proto": money,
      "proto/acme/v1/price.proto": price("amount"),
      "proto/protoguard.yaml": "include: [../vendor]\n",
    });
    repo.commit("v1");
    repo.write({ "proto/acme/v1/price.proto": price("total") }).commit("v2");
    repo.remove("vendor", "proto/protoguard.yaml").write({ "empty.yaml": "{}\n" });
    const result = await breaking({ input: "main", against: "main~1", cwd: repo.path("proto") });
    expect(result.findings.map((f) => f.rule)).toEqual(["FIELD_NO_RENAME", "FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME"]);
    // Without the revision's include path the import cannot be found.
    await expect(breaking({ input: "main", against: "main~1", cwd: repo.path("proto"), config: "../empty.yaml" })).rejects.toThrow(
      "dep/v1/money.proto",
    );
  });

  it("lint reads the revision's configuration too", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": proto("acme", "message A {}"), "proto/protoguard.yaml": "severity:\n  VERSIONING: off\n" });
    repo.commit("v1");
    repo.write({ "proto/protoguard.yaml": "except: [FILE_NO_DELETE]\n" });
    expect((await lint({ input: "main", cwd: repo.path("proto") })).findings).toEqual([]);
    expect((await lint({ input: "proto", cwd: repo.dir })).findings.map((f) => f.rule)).toEqual(["PACKAGE_VERSION_SUFFIX"]);
  });
});

describe("--staged reads the configuration from the index", () => {
  /** HEAD: user.proto with email; staged: email deleted, and proto/protoguard.yaml as `staged`; the work tree's as `worktree`. */
  function staged(stagedConfig: string | undefined, worktree: string | undefined): TestRepo {
    const repo = new TestRepo().write({ "proto/acme/v1/user.proto": USER_V1 });
    repo.commit("v1");
    repo.write({ "proto/acme/v1/user.proto": USER_V2 });
    if (stagedConfig !== undefined) repo.write({ "proto/protoguard.yaml": stagedConfig });
    repo.git("add", "-A");
    if (worktree === undefined) repo.remove("proto/protoguard.yaml");
    else repo.write({ "proto/protoguard.yaml": worktree });
    return repo;
  }

  it("a staged protoguard.yaml that ignores the file, while the work tree's does not", async () => {
    const repo = staged(IGNORE_USER, NO_IGNORE);
    const result = await breaking({ staged: true, input: "proto", cwd: repo.dir });
    expect(rows(result)).toEqual([]);
    expect(result.config).toEqual({ format: "protoguard", file: ":proto/protoguard.yaml" });
    expect(suppressedBy(result)).toEqual(["FIELD_NO_DELETE ignore acme/v1/user.proto :proto/protoguard.yaml:1:10"]);
    // As a pre-commit hook runs it.
    expect((await cli(["breaking", "--staged"], repo.path("proto"))).code).toBe(0);
    // Deleting the file from the work tree does not unstage it.
    repo.remove("proto/protoguard.yaml");
    expect((await cli(["breaking", "--staged"], repo.path("proto"))).code).toBe(0);
  });

  it("the reverse: the staged protoguard.yaml does not ignore the file, the work tree's does", async () => {
    const repo = staged(NO_IGNORE, IGNORE_USER);
    const { code, stdout } = await cli(["breaking", "--staged"], repo.path("proto"));
    expect(code).toBe(1);
    expect(stdout).toContain("acme/v1/user.proto:5:1  FIELD_NO_DELETE");
    expect(stdout).toContain("(:proto/protoguard.yaml)");
  });

  it("an untracked protoguard.yaml is not part of what is committed", async () => {
    const repo = staged(undefined, IGNORE_USER);
    const result = await breaking({ staged: true, input: "proto", cwd: repo.dir });
    expect(result.config).toEqual({ format: "default" });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto"]);
  });

  it("a staged buf.yaml: its rules, its ignores and its module excludes, relative to its place", async () => {
    const repo = new TestRepo().write({
      "proto/acme/v1/user.proto": USER_V1,
      "proto/acme/v1/order.proto": ORDER_V1,
      "proto/legacy/old.proto": proto("legacy.v1", "message Old {\n  string id = 1;\n}"),
      "buf.yaml": "version: v2\nmodules:\n  - path: proto\n",
    });
    repo.commit("v1");
    repo.write({ "proto/acme/v1/user.proto": USER_V2, "proto/acme/v1/order.proto": ORDER_V2, "proto/legacy/old.proto": proto("legacy.v1", "message Old {}") });
    repo.write({
      "buf.yaml":
        "version: v2\nmodules:\n  - path: proto\n    excludes: [proto/legacy]\nbreaking:\n  use: [WIRE]\n  ignore: [proto/acme/v1/user.proto]\n",
    });
    repo.git("add", "-A");
    repo.write({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n" });

    const result = await breaking({ staged: true, input: ".", cwd: repo.dir });
    expect(result.config).toEqual({ format: "buf", file: ":buf.yaml", bufVersion: "v2" });
    expect(result.use).toEqual(["WIRE"]);
    // WIRE allows the rename; user.proto is ignored; legacy/ is excluded from the module.
    expect(rows(result)).toEqual([]);
    expect(suppressedBy(result)).toEqual([
      "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED ignore proto/acme/v1/user.proto :buf.yaml:7:12",
    ]);
    expect(result.filesCompared).toBe(2);

    // The work tree's buf.yaml (FILE, nothing ignored or excluded) reports all three changes.
    const dir = await breaking({ input: ".", against: "HEAD", cwd: repo.dir });
    expect(dir.config.file).toBe("buf.yaml");
    expect([...new Set(dir.findings.map((f) => f.path))].sort()).toEqual([
      "proto/acme/v1/order.proto",
      "proto/acme/v1/user.proto",
      "proto/legacy/old.proto",
    ]);
  });

  it("a configuration in conflict in the index is refused", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": proto("a.v1", "message A {}"), "proto/protoguard.yaml": "use: [FILE]\n" });
    repo.commit("v1");
    repo.git("checkout", "-q", "-b", "other");
    repo.write({ "proto/protoguard.yaml": "use: [WIRE]\n" }).commit("other");
    repo.git("checkout", "-q", "main");
    repo.write({ "proto/protoguard.yaml": "use: [WIRE_JSON]\n" }).commit("main");
    expect(() => repo.git("merge", "-q", "other")).toThrow();
    const { code, stderr } = await cli(["breaking", "--staged"], repo.path("proto"));
    expect(code).toBe(2);
    expect(stderr).toContain("proto/protoguard.yaml: unresolved merge conflict");
  });
});

describe("a bad configuration read from git", () => {
  const BAD = "use:\n  - FILE\n  - FIELD_NO_DELTE\n";
  const MESSAGE = 'unknown rule or category "FIELD_NO_DELTE" (did you mean "FIELD_NO_DELETE"?)';

  it("exits 2 with the revision's name, path, line and column", async () => {
    const repo = revisions(BAD, NO_IGNORE);
    const named = await cli(["breaking", "main", "--against", "main~1"], repo.path("proto"));
    expect(named.code).toBe(2);
    expect(named.stdout).toBe("");
    expect(named.stderr).toBe(`main:proto/protoguard.yaml:3:5: ${MESSAGE}\nprotoguard: the configuration is not valid (exit 2)\n`);
    const buf = await cli(["breaking", ".git#branch=main,subdir=proto", "--against", "main~1"], repo.dir);
    expect(buf.code).toBe(2);
    expect(buf.stderr).toContain(`main:proto/protoguard.yaml:3:5: ${MESSAGE}`);
    const head = repo.git("rev-parse", "--short", "HEAD");
    const base = await cli(["breaking", "main...HEAD", "--against", "main~1"], repo.path("proto"));
    expect(base.code).toBe(2);
    expect(base.stderr).toContain(`${head}:proto/protoguard.yaml:3:5: ${MESSAGE}`);
    // The work tree's configuration is valid: a directory input is fine.
    expect((await cli(["breaking", "proto", "--against", "main~1"], repo.dir)).code).toBe(1);
  });

  it("a YAML error in a revision and a bad staged file are located the same way", async () => {
    const repo = revisions("use: [FILE\n", NO_IGNORE);
    const yaml = await cli(["breaking", "main", "--against", "main~1"], repo.path("proto"));
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(/^main:proto\/protoguard\.yaml:\d+:\d+: /);

    repo.write({ "proto/protoguard.yaml": BAD });
    repo.git("add", "proto/protoguard.yaml");
    repo.write({ "proto/protoguard.yaml": NO_IGNORE });
    const stagedRun = await cli(["breaking", "--staged"], repo.path("proto"));
    expect(stagedRun.code).toBe(2);
    expect(stagedRun.stderr).toContain(`:proto/protoguard.yaml:3:5: ${MESSAGE}`);
    expect(stagedRun.stderr).not.toContain("main:");
  });
});

describe("--config overrides the configuration of the revision or the index", () => {
  it("is read from disk for a revision", async () => {
    const repo = revisions(IGNORE_USER, NO_IGNORE);
    repo.write({ "other.yaml": "use: [FIELD_NO_DELETE]\n" });
    const result = await breaking({ input: "main", against: "main~1", cwd: repo.path("proto"), config: "../other.yaml" });
    expect(result.config).toEqual({ format: "protoguard", file: "../other.yaml" });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto"]);
    // Naming the file the revision also holds still reads the work tree's version of it.
    const same = await breaking({ input: ".git#branch=main,subdir=proto", against: "main~1", cwd: repo.dir, config: "proto/protoguard.yaml" });
    expect(same.config.file).toBe("proto/protoguard.yaml");
    expect(rows(same)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto"]);
  });

  it("is read from disk with --staged, and a work-tree file's ignores are relative to it", async () => {
    const repo = new TestRepo().write({ "proto/acme/v1/user.proto": USER_V1 });
    repo.commit("v1");
    repo.write({ "proto/acme/v1/user.proto": USER_V2, "proto/protoguard.yaml": NO_IGNORE });
    repo.git("add", "-A");
    repo.write({ "ci/protoguard.yaml": "ignore: [../proto/acme/v1/user.proto]\n" });
    const { code, stdout } = await cli(["breaking", "--staged", "--config", "../ci/protoguard.yaml"], repo.path("proto"));
    expect(code).toBe(0);
    expect(stdout).toContain("No breaking changes");
    expect((await cli(["breaking", "--staged"], repo.path("proto"))).code).toBe(1);
  });
});
