import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import { createParseCache } from "../src/frontend/index.js";
import { breaking, InputError, type BreakingResult } from "../src/index.js";
import { loadInputs } from "../src/run/load.js";
import { CONFIG_FILES } from "../src/config/find.js";
import { SourceReader } from "../src/sources/index.js";
import { git, TestRepo } from "./helpers/git.js";

const USER_V1 = `syntax = "proto3";
package acme.v1;

message User {
  string id = 1;
  string name = 2;
  string email = 3;
}
`;
/** USER_V1 without field 3 "email": FIELD_NO_DELETE on message User at 4:1. */
const USER_V2 = USER_V1.replace("  string email = 3;\n", "");
const SERVICE = `syntax = "proto3";
package acme.v1;

import "acme/v1/user.proto";

service Users {
  rpc Get(User) returns (User);
}
`;

function schema(user: string): Record<string, string> {
  return { "proto/acme/v1/user.proto": user, "proto/acme/v1/service.proto": SERVICE };
}

function rows(result: BreakingResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
}

const cli = (cwd: string, ...args: string[]) => runCli(args, cwd);

/** main: v1 (tagged v1, also origin/main), then v2 which deletes User.email; the work tree is v2. */
function twoVersions(): { repo: TestRepo; v1: string; v2: string } {
  const repo = new TestRepo().write(schema(USER_V1));
  const v1 = repo.commit("v1");
  repo.git("tag", "v1");
  repo.git("update-ref", "refs/remotes/origin/main", v1);
  const v2 = repo.write(schema(USER_V2)).commit("v2: delete User.email");
  return { repo, v1, v2 };
}

describe("git revisions", () => {
  it("reads a branch, tag, commit, HEAD~1 or remote branch at the subdirectory of the input", async () => {
    const { repo, v1 } = twoVersions();
    const revisions = ["v1", v1, v1.slice(0, 10), "HEAD~1", "HEAD^", "main~1", "origin/main", "refs/tags/v1"];
    for (const against of revisions) {
      const result = await breaking({ input: "proto", against, cwd: repo.dir });
      expect(rows(result), against).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto:4:1"]);
      expect(result.against).toBe("git");
      expect(result.findings[0]?.previous?.file).toBe(`${against}:proto/acme/v1/user.proto`);
      expect(result.inputs.against.description).toBe(`${against} (git revision ${v1.slice(0, 7)} at proto/)`);
    }
    const same = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(rows(same)).toEqual([]);
    expect(same.filesCompared).toBe(2);
  });

  it("reads the revision at the current directory's place in the repository", async () => {
    const { repo } = twoVersions();
    const result = await breaking({ against: "v1", cwd: repo.path("proto") });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE acme/v1/user.proto:4:1"]);
    expect(result.findings[0]?.previous?.file).toBe("v1:proto/acme/v1/user.proto");
  });

  it("takes a git revision as the current side too", async () => {
    const { repo } = twoVersions();
    repo.write(schema(USER_V1));
    const result = await breaking({ input: "HEAD", against: "HEAD~1", cwd: repo.path("proto") });
    expect(result.input).toBe("git");
    expect(rows(result)).toEqual(["FIELD_NO_DELETE HEAD:proto/acme/v1/user.proto:4:1"]);
  });

  it("compares with the merge base for A...B, as a pull request is compared", async () => {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.commit("v1");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write(schema(USER_V2)).commit("feature: delete User.email");
    repo.git("checkout", "-q", "main");
    const withPhone = USER_V1.replace("  string email = 3;\n", "  string email = 3;\n  string phone = 4;\n");
    repo.write(schema(withPhone)).commit("main: add User.phone");
    repo.git("checkout", "-q", "feature");
    const base = repo.git("merge-base", "main", "feature").slice(0, 7);

    const pr = await breaking({ input: "proto", against: "main...HEAD", cwd: repo.dir });
    expect(rows(pr)).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto:4:1"]);
    expect(pr.findings[0]?.message).toContain('"email"');
    expect(pr.findings[0]?.previous?.file).toBe(`${base}:proto/acme/v1/user.proto`);
    expect(pr.inputs.against.description).toBe(`main...HEAD (merge base ${base} at proto/)`);
    // "main..." means the same; comparing with main's tip also flags phone, which the branch never had.
    expect(rows(await breaking({ input: "proto", against: "main...", cwd: repo.dir }))).toEqual(rows(pr));
    const tip = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(tip.findings.map((f) => f.message).join("\n")).toContain('"phone"');
  });

  it("reads buf's .git#branch=…,subdir=… inputs", async () => {
    const { repo, v1 } = twoVersions();
    repo.git("branch", "release", v1);
    for (const against of [
      ".git#branch=release,subdir=proto",
      ".git#tag=v1,subdir=proto",
      ".git#ref=HEAD~1,subdir=proto/",
      `.git#commit=${v1},subdir=proto`,
      `${repo.dir}/.git#branch=release,subdir=proto`,
      ".#format=git,branch=release,subdir=proto",
    ]) {
      const result = await breaking({ input: "proto", against, cwd: repo.dir });
      expect(rows(result), against).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto:4:1"]);
    }
  });

  it("reads buf's git input at the top of the repository when it names no subdir", async () => {
    const repo = new TestRepo().write({ "acme/v1/user.proto": USER_V1 });
    repo.commit("v1");
    repo.git("tag", "v1");
    repo.write({ "acme/v1/user.proto": USER_V2 }).commit("v2");
    repo.write({ "docs/README.md": "docs\n" });
    const result = await breaking({ input: "..", against: "../.git#tag=v1", cwd: repo.path("docs") });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE ../acme/v1/user.proto:4:1"]);
    expect(result.findings[0]?.previous?.file).toBe("v1:acme/v1/user.proto");
  });

  it("refuses bad buf git inputs with exit 2", async () => {
    const { repo } = twoVersions();
    const cases: [string, string][] = [
      [".git#branch=main,subdir=nope", "has no directory nope"],
      [".git#branch=main,color=blue", 'unknown option "color"'],
      [".git#branch=main,tag=v1", "name exactly one of branch=, tag=, ref= or commit="],
      [".git#subdir=proto", "name exactly one of"],
      [".git#branch=-x", 'cannot start with "-"'],
      [".git#commit=--help", "is not a commit hash"],
      [".git#ref=main,subdir=../etc", "must be a path inside the repository"],
      ["https://github.com/acme/apis.git#branch=main", "remote git repositories are not read"],
      ["elsewhere/.git#branch=main", "no git repository at elsewhere/.git"],
    ];
    for (const [against, message] of cases) {
      const { code, stdout, stderr } = await cli(repo.dir, "breaking", "proto", "--against", against);
      expect(code, against).toBe(2);
      expect(stdout).toBe("");
      expect(stderr, against).toContain(`--against "${against}": `);
      expect(stderr, against).toContain(message);
    }
  });

  it("reads include paths inside the repository as of the same revision", async () => {
    const repo = new TestRepo().write({
      "vendor/dep/v1/money.proto": 'syntax = "proto3";\npackage dep.v1;\nmessage Money { int64 units = 1; }\n',
      "proto/acme/v1/price.proto":
        'syntax = "proto3";\npackage acme.v1;\nimport "dep/v1/money.proto";\nmessage Price {\n  dep.v1.Money amount = 1;\n}\n',
    });
    repo.commit("v1");
    // The work tree moves Money to another file: the previous side can only compile from its own vendor/.
    repo.remove("vendor/dep/v1/money.proto").write({
      "vendor/dep/v1/amount.proto": 'syntax = "proto3";\npackage dep.v1;\nmessage Money { int64 units = 1; }\n',
      "proto/acme/v1/price.proto":
        'syntax = "proto3";\npackage acme.v1;\nimport "dep/v1/amount.proto";\nmessage Price {\n  dep.v1.Money amount = 1;\n}\n',
    });
    const result = await breaking({ input: "proto", against: "HEAD", include: ["vendor"], cwd: repo.dir });
    expect(result.findings.filter((f) => !f.deleted)).toEqual([]);
  });
});

describe("the git index (--staged)", () => {
  it("compares what is staged with HEAD and ignores unstaged edits and untracked files", async () => {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.commit("v1");

    repo.write(schema(USER_V2));
    repo.git("add", "proto");
    repo.write(schema(USER_V1)).write({ "proto/acme/v1/draft.proto": "this is not protobuf" });
    const staged = await breaking({ staged: true, input: "proto", cwd: repo.dir });
    expect(rows(staged)).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto:4:1"]);
    expect(staged.input).toBe("staged");
    expect(staged.inputs.current.description).toBe("proto (staged: the git index)");
    expect(staged.inputs.against.description).toMatch(/^HEAD \(git revision [0-9a-f]{7,} at proto\/\)$/);

    repo.git("add", "proto/acme/v1/user.proto");
    repo.write(schema(USER_V2)).remove("proto/acme/v1/draft.proto");
    expect(rows(await breaking({ staged: true, input: "proto", cwd: repo.dir }))).toEqual([]);
    // The work tree itself has the deletion.
    expect(rows(await breaking({ input: "proto", against: "HEAD", cwd: repo.dir }))).toHaveLength(1);
  });

  it("runs from a subdirectory as a pre-commit hook does, with exit 1 then 0", async () => {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.commit("v1");
    repo.write(schema(USER_V2));
    repo.git("add", "-A");
    const bad = await cli(repo.path("proto"), "breaking", "--staged");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("protoguard breaking: . (staged: the git index) against HEAD (git revision");
    expect(bad.stdout).toContain("acme/v1/user.proto:4:1  FIELD_NO_DELETE");
    repo.write(schema(USER_V1));
    repo.git("add", "-A");
    const good = await cli(repo.path("proto"), "breaking", "--staged");
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^No breaking changes: 2 files compared against HEAD \(git revision [0-9a-f]+ at proto\/\)\.\n$/);
  });

  it("compares with an empty schema in a repository with no commit yet", async () => {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.git("add", "-A");
    const result = await breaking({ staged: true, input: "proto", cwd: repo.dir });
    expect(result.findings).toEqual([]);
    expect(result.filesCompared).toBe(2);
    expect(result.inputs.against.description).toBe("HEAD (no commits yet: an empty schema)");
    const { code, stdout } = await cli(repo.path("proto"), "breaking", "--staged");
    expect(code).toBe(0);
    expect(stdout).toBe("Nothing to compare against: HEAD has no schema there yet; 2 files are new.\n");
  });

  it("refuses a merge conflict in the index", async () => {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.commit("v1");
    repo.git("checkout", "-q", "-b", "other");
    repo.write(schema(USER_V1.replace("email", "mail"))).commit("other");
    repo.git("checkout", "-q", "main");
    repo.write(schema(USER_V1.replace("email", "e_mail"))).commit("main");
    expect(() => repo.git("merge", "-q", "other")).toThrow();
    const { code, stderr } = await cli(repo.dir, "breaking", "--staged");
    expect(code).toBe(2);
    expect(stderr).toContain("proto/acme/v1/user.proto: unresolved merge conflict");
  });

  it("needs a directory in a git work tree", async () => {
    const outside = mkdtempSync(join(tmpdir(), "protoguard-nogit-"));
    const { code, stderr } = await cli(outside, "breaking", "--staged");
    expect(code).toBe(2);
    expect(stderr).toContain("--staged: . is not in a git work tree");
  });
});

describe("renamed and deleted files", () => {
  it("reports a renamed file as the previous file deleted, named as in the revision, and as moved", async () => {
    const { repo } = twoVersions();
    repo.write(schema(USER_V1)).commit("v3: back to v1");
    repo.git("mv", "proto/acme/v1/user.proto", "proto/acme/v1/person.proto");
    repo.write({ "proto/acme/v1/service.proto": SERVICE.replace("acme/v1/user.proto", "acme/v1/person.proto") });
    repo.git("add", "-A");
    const result = await breaking({ input: "proto", against: "main", cwd: repo.dir });
    expect(result.findings.map((f) => [f.rule, f.file, f.deleted])).toEqual([
      ["FILE_NO_DELETE", "main:proto/acme/v1/user.proto", true],
      ["FILE_NO_MOVE", "proto/acme/v1/person.proto", undefined],
    ]);
    // The same rename, staged.
    const staged = await breaking({ staged: true, input: "proto", cwd: repo.dir });
    expect(staged.findings.map((f) => [f.rule, f.file])).toEqual([
      ["FILE_NO_DELETE", "HEAD:proto/acme/v1/user.proto"],
      ["FILE_NO_MOVE", "proto/acme/v1/person.proto"],
    ]);
  });

  it("reports a deleted file", async () => {
    const { repo } = twoVersions();
    repo.remove("proto/acme/v1/service.proto").commit("delete the service");
    const result = await breaking({ input: "proto", against: "HEAD~1", cwd: repo.dir });
    expect(result.findings.map((f) => `${f.rule} ${f.file}`)).toEqual([
      "FILE_NO_DELETE HEAD~1:proto/acme/v1/service.proto",
    ]);
  });
});

describe("shallow clones", () => {
  function shallow(...options: string[]): string {
    const repo = new TestRepo().write(schema(USER_V1));
    repo.commit("v1");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write(schema(USER_V2)).commit("feature");
    const clone = mkdtempSync(join(tmpdir(), "protoguard-shallow-"));
    git(clone, "clone", "-q", "--depth", "1", ...options, `file://${repo.dir}`, "work");
    return join(clone, "work");
  }

  it("says how to fetch the history when the base commit is missing, never compares with nothing", async () => {
    const work = shallow("--branch", "feature");
    for (const against of ["HEAD~1", "main", "origin/main", "main...HEAD"]) {
      const { code, stdout, stderr } = await cli(work, "breaking", "proto", "--against", against);
      expect(code, against).toBe(2);
      expect(stdout).toBe("");
      expect(stderr, against).toContain(`--against "${against}": `);
      expect(stderr, against).toContain("shallow clone");
      expect(stderr, against).toContain("fetch-depth: 0");
    }
    expect((await cli(work, "breaking", "proto", "--against", "HEAD")).code).toBe(0);
  });

  it("says so when both branches are there but not their merge base", async () => {
    const work = shallow("--no-single-branch", "--branch", "feature");
    const { code, stderr } = await cli(work, "breaking", "proto", "--against", "origin/main...HEAD");
    expect(code).toBe(2);
    expect(stderr).toContain("the merge base of origin/main and HEAD is not in this shallow clone");
    expect(stderr).toContain("fetch-depth: 0");
  });
});

describe("revisions are data, never options", () => {
  it("refuses what cannot be a revision, with exit 2, and runs nothing it names", async () => {
    const { repo } = twoVersions();
    const victim = join(mkdtempSync(join(tmpdir(), "protoguard-victim-")), "x");
    const cases: [string, string][] = [
      [`--output=${victim}`, 'a git revision cannot start with "-"'],
      ["-n", 'a git revision cannot start with "-"'],
      ["--end-of-options", 'a git revision cannot start with "-"'],
      ["$(touch pwned)", "no directory, file or git revision by that name"],
      ["`touch pwned`", "no directory, file or git revision by that name"],
      ["main; touch pwned", "no directory, file or git revision by that name"],
      ["main..HEAD", "give one revision, or A...B for the merge base"],
      ["main\ntouch pwned", "cannot contain control characters"],
      ["mian", 'no directory, file or git revision by that name (did you mean "main"?)'],
      ["v2", "no directory, file or git revision by that name (did you mean \"v1\"?)"],
      ["main...nope", "no directory, file or git revision by that name"],
    ];
    for (const [against, message] of cases) {
      const { code, stdout, stderr } = await cli(repo.dir, "breaking", "proto", `--against=${against}`);
      expect(code, against).toBe(2);
      expect(stdout, against).toBe("");
      expect(stderr, against).toMatch(/^protoguard: --against "/);
      expect(stderr, against).toContain(`--against "${against}": `);
      expect(stderr, against).toContain(message);
      expect(stderr, against).not.toContain("    at ");
      await expect(breaking({ input: "proto", against, cwd: repo.dir }), against).rejects.toThrow(InputError);
    }
    expect(existsSync(victim)).toBe(false);
    expect(existsSync(repo.path("pwned"))).toBe(false);
    expect(existsSync(repo.path("proto", "pwned"))).toBe(false);
  });

  it("says when a name is neither on disk nor in a repository", async () => {
    const outside = mkdtempSync(join(tmpdir(), "protoguard-nogit-"));
    writeFileSync(join(outside, "a.proto"), 'syntax = "proto3";\npackage a.v1;\n');
    const { code, stderr } = await cli(outside, "breaking", ".", "--against", "main");
    expect(code).toBe(2);
    expect(stderr).toContain('--against "main": no directory, file or git revision by that name (not in a git repository)');
  });

  it("prefers a directory of that name, and says which it used", async () => {
    const { repo } = twoVersions();
    repo.write({ "v1/acme/v1/user.proto": USER_V2, "v1/acme/v1/service.proto": SERVICE });
    const { code, stdout } = await cli(repo.dir, "breaking", "proto", "--against", "v1");
    expect(code).toBe(0);
    expect(stdout).toBe("No breaking changes: 2 files compared against v1 (directory).\n");
    const revision = await cli(repo.path("proto"), "breaking", ".", "--against", "v1");
    expect(revision.code).toBe(1);
    expect(revision.stdout).toMatch(/^protoguard breaking: \. \(directory\) against v1 \(git revision [0-9a-f]+ at proto\/\)/);
  });
});

describe("names that are files", () => {
  it("reads a revision when a file of that name is no descriptor set, else says what files it takes", async () => {
    const { repo } = twoVersions();
    repo.write({ v1: "a build output that happens to be named like the tag\n", "notes.txt": "notes\n" });
    const byTag = await breaking({ input: "proto", against: "v1", cwd: repo.dir });
    expect(byTag.inputs.against.description).toMatch(/^v1 \(git revision /);
    expect(rows(byTag)).toEqual(["FIELD_NO_DELETE proto/acme/v1/user.proto:4:1"]);
    const { code, stderr } = await cli(repo.dir, "breaking", "proto", "--against", "notes.txt");
    expect(code).toBe(2);
    expect(stderr).toBe('protoguard: --against "notes.txt": not a directory or a descriptor set (.binpb, .pb, .bin or .json)\n');
  });
});

describe("finding the repository", () => {
  it("reads revisions of a bare repository, and finds no repository from inside a .git directory", async () => {
    const { repo } = twoVersions();
    const bare = join(mkdtempSync(join(tmpdir(), "protoguard-bare-")), "origin.git");
    repo.git("clone", "-q", "--bare", ".", bare);
    const result = await breaking({ input: `${bare}#branch=main,subdir=proto`, against: `${bare}#ref=v1,subdir=proto`, cwd: repo.dir });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE main:proto/acme/v1/user.proto:4:1"]);
    const inside = await cli(repo.path(".git"), "breaking", "--staged");
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/not in a git work tree/);
  });
});

describe("reading staged blobs from the work tree", () => {
  it("takes a file of the work tree that is the staged blob, and asks git for one that differs or lies outside", async () => {
    const repo = new TestRepo().write({ "a.proto": USER_V1, "b.proto": SERVICE, "d/c.proto": USER_V1.replace("User", "Other") });
    repo.commit("v1");
    repo.write({ "a.proto": USER_V2 });
    repo.git("add", "a.proto");
    repo.write({ "a.proto": `${USER_V2}// not staged\n` });
    const outside = mkdtempSync(join(tmpdir(), "protoguard-outside-"));
    writeFileSync(join(outside, "c.proto"), USER_V1.replace("User", "Other"));
    rmSync(repo.path("d"), { recursive: true });
    symlinkSync(outside, repo.path("d"));

    const source = await new SourceReader({ cwd: repo.dir }).readStaged(".", "--staged");
    if (source.kind === "descriptor-set" || source.blobs?.workTree === undefined) throw new Error("the index read without its work tree");
    const { repo: git, oids, workTree } = source.blobs;
    const read = async (path: string) => {
      const before = git.stats.catFileProcesses;
      const oid = oids.get(path) as string;
      const bytes = (await git.readBlobs([oid], workTree)).get(oid);
      return { text: new TextDecoder().decode(bytes), askedGit: git.stats.catFileProcesses > before };
    };
    expect(await read("b.proto")).toEqual({ text: SERVICE, askedGit: false });
    // An unstaged edit: the staged bytes come from git.
    expect(await read("a.proto")).toEqual({ text: USER_V2, askedGit: true });
    // The same bytes, below a directory that leads out of the work tree: not read there.
    expect(await read("d/c.proto")).toEqual({ text: USER_V1.replace("User", "Other"), askedGit: true });
  });
});

describe("reading in bulk", () => {
  it("reads each side's files with one git process when their bytes are first asked for, and a blob shared by both sides once", async () => {
    const repo = new TestRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`proto/acme/m${i}/v1/m.proto`] = `syntax = "proto3";\npackage acme.m${i}.v1;\nmessage M${i} {\n  string a = 1;\n  string b = 2;\n}\n`;
    }
    repo.write(files).commit("v1");
    repo.write({ "proto/acme/m7/v1/m.proto": 'syntax = "proto3";\npackage acme.m7.v1;\nmessage M7 {\n  string a = 1;\n}\n' });
    repo.commit("v2");

    const reader = new SourceReader({ cwd: repo.dir });
    const current = await reader.read("HEAD", "input");
    const previous = await reader.read("HEAD~1", "--against", current);
    // Listing the files reads no blob; the first file's bytes read every file of its side.
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 0, blobsRead: 0 });
    if (current.kind === "descriptor-set" || previous.kind === "descriptor-set") throw new Error("a revision read as a descriptor set");
    expect(current.files[0]?.bytes.byteLength).toBeGreaterThan(0);
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 1, blobsRead: 300 });
    expect(previous.files.map((f) => f.bytes.byteLength).every((n) => n > 0)).toBe(true);
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 2, blobsRead: 301 });

    // Files whose blob is the same on both sides are parsed and linked once.
    const cache = createParseCache();
    const options = { include: [], cache } as const;
    const after = loadInputs(current, { ...options, side: "current" });
    const before = loadInputs(previous, { ...options, side: "previous" });
    const byName = new Map(before.map((i) => [i.proto.name, i.proto]));
    const shared = after.filter((i) => byName.get(i.proto.name) === i.proto).length;
    expect(shared).toBe(299);

    const result = await breaking({ input: "HEAD", against: "HEAD~1", cwd: repo.dir });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE HEAD:proto/acme/m7/v1/m.proto:3:1"]);
  });

  it("reads the configuration files above an input as of its revision or the index, with one git process", async () => {
    const repo = new TestRepo().write({
      "a/b/c/x.proto": 'syntax = "proto3";\npackage x.v1;\n',
      "protoguard.yaml": "use: [FILE]\n",
      "a/package.json": "{}\n",
      "a/b/buf.yaml": "version: v2\n",
      "a/b/c/protoguard.yml/not-a-file": "\n",
    });
    repo.commit("v1");
    repo.write({ "a/b/buf.yaml": "version: v1\n" });
    const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

    const reader = new SourceReader({ cwd: repo.dir });
    const spec = ".git#branch=main,subdir=a/b/c";
    const files = await reader.filesAbove(spec, "input", false, CONFIG_FILES);
    if (files === undefined) throw new Error("filesAbove found no place in git for the spec");
    expect([...files.files.keys()].sort()).toEqual(["a/b/buf.yaml", "a/package.json", "protoguard.yaml"]);
    expect(text(files.files.get("a/b/buf.yaml"))).toBe("version: v2\n");
    expect(files.prefix).toBe("a/b/c");
    expect(files.name("a/b/buf.yaml")).toBe("main:a/b/buf.yaml");
    expect(files.place("a/b/buf.yaml")).toBe(repo.path("a/b/buf.yaml"));
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 1, blobsRead: 3 });
    const source = await reader.read(spec, "input");
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 1, blobsRead: 3 });
    if (source.kind === "descriptor-set") throw new Error("a revision read as a descriptor set");
    expect(source.files.map((f) => text(f.bytes))).toEqual(['syntax = "proto3";\npackage x.v1;\n']);
    expect(await reader.gitStats()).toEqual({ catFileProcesses: 2, blobsRead: 4 });

    repo.git("add", "a/b/buf.yaml");
    repo.write({ "a/b/buf.yaml": "version: v1beta1\n" });
    const staged = await new SourceReader({ cwd: repo.path("a", "b") }).filesAbove("c", "--staged", true, CONFIG_FILES);
    expect(text(staged?.files.get("a/b/buf.yaml"))).toBe("version: v1\n");
    expect(staged?.name("a/b/buf.yaml")).toBe(":a/b/buf.yaml");
    expect(staged?.place("")).toBe(repo.dir);
    expect(await new SourceReader({ cwd: repo.dir }).filesAbove("a", "input", false, CONFIG_FILES)).toBeUndefined();
  });
});
