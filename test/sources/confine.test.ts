import { mkdirSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "../helpers/git.js";
import { cli, proto, tree, write } from "../helpers/tree.js";

// Imports, include paths from the configuration, roots and subdir= resolve
// inside their root after `..` and symbolic links; nothing outside is read.
// The file outside is a valid schema, so that reading it would make the
// comparison succeed: only a refusal gives exit 2.

const SECRET = proto("secret", "message SecretToken {\n  string s = 1;\n}");
const importing = (path: string): string => proto("acme.v1", `import "${path}";\n\nmessage A {\n  string a = 1;\n}`);

/** A directory `outside/secret.proto` beside a project directory; returns both. */
function layout(files: Record<string, string>): { base: string; project: string } {
  const base = tree({ "outside/secret.proto": SECRET });
  write(join(base, "project"), files);
  return { base, project: join(base, "project") };
}

/** A refused import: exit 2 at the import, saying why (`not found`, or `is outside the import roots`), quoting nothing read. */
function expectRefusedImport(result: { code: number; stdout: string; stderr: string }, at: string, why = "not found"): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toContain(at);
  expect(result.stderr).toContain(why);
  expect(result.stderr + result.stdout).not.toContain("SecretToken");
  expect(result.stderr).not.toMatch(/root:|at .*\.ts:\d+/);
}

describe("imports stay inside their include path", () => {
  it("refuses an import that climbs out of an include path with ..", async () => {
    const { project } = layout({
      "current/acme/v1/a.proto": importing("../outside/secret.proto"),
      "previous/acme/v1/a.proto": importing("../outside/secret.proto"),
    });
    const result = await cli(["breaking", "current", "--against", "previous", "-I", "."], project);
    expectRefusedImport(result, "current/acme/v1/a.proto:5:1:", 'import "../outside/secret.proto" is outside the import roots');
  });

  it("refuses an import that climbs to /etc/passwd, quoting nothing of it", async () => {
    const { project } = layout({
      "current/acme/v1/a.proto": importing("../../../../../../../../../../etc/passwd"),
      "previous/acme/v1/a.proto": importing("../../../../../../../../../../etc/passwd"),
    });
    const result = await cli(["breaking", "current", "--against", "previous", "-I", "current"], project);
    expectRefusedImport(result, "current/acme/v1/a.proto:5:1:", "is outside the import roots");
  });

  it("refuses an import through a symbolic link that points outside the include path", async () => {
    const { base, project } = layout({
      "current/acme/v1/a.proto": importing("vendor/secret.proto"),
      "previous/acme/v1/a.proto": importing("vendor/secret.proto"),
    });
    mkdirSync(join(project, "include", "vendor"), { recursive: true });
    symlinkSync(join(base, "outside", "secret.proto"), join(project, "include", "vendor", "secret.proto"));
    const result = await cli(["breaking", "current", "--against", "previous", "-I", "include"], project);
    expectRefusedImport(result, "current/acme/v1/a.proto:5:1:");
  });

  it("reads an import through a symbolic link that stays inside the include path", async () => {
    const { project } = layout({
      "current/acme/v1/a.proto": importing("vendor/alias.proto"),
      "previous/acme/v1/a.proto": importing("vendor/alias.proto"),
      "include/real/secret.proto": SECRET,
    });
    mkdirSync(join(project, "include", "vendor"), { recursive: true });
    symlinkSync(join("..", "real", "secret.proto"), join(project, "include", "vendor", "alias.proto"));
    const result = await cli(["breaking", "current", "--against", "previous", "-I", "include"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("takes an include path given on the command line outside the project, and reads only inside it", async () => {
    const { base, project } = layout({
      "current/acme/v1/a.proto": importing("secret.proto"),
      "previous/acme/v1/a.proto": importing("secret.proto"),
    });
    const include = relative(project, join(base, "outside"));
    const result = await cli(["breaking", "current", "--against", "previous", "-I", include], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("refuses an include path that is no directory", async () => {
    const { project } = layout({ "current/a.proto": proto("a.v1", ""), "previous/a.proto": proto("a.v1", "") });
    const result = await cli(["breaking", "current", "--against", "previous", "-I", "nope"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('protoguard: include path "nope": no such directory\n');

    const repo = new TestRepo().write({ "proto/a.proto": proto("a.v1", "") });
    repo.commit("v1");
    const git = await cli(["breaking", "HEAD", "--against", "HEAD", "-I", "nope"], repo.dir);
    expect(git.code).toBe(2);
    expect(git.stderr).toBe('protoguard: include path "nope": no such directory\n');
  });
});

describe("paths in the configuration stay inside the repository", () => {
  const schema = {
    "proto/acme/v1/a.proto": importing("etc/passwd"),
  };

  it("refuses an absolute include path (include: [/])", async () => {
    const repo = new TestRepo().write({ ...schema, "protoguard.yaml": 'include: ["/"]\n' });
    repo.commit("v1");
    const result = await cli(["breaking", "proto", "--against", "HEAD"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('protoguard.yaml:1:11: include[0] "/": outside the repository');
    expect(result.stderr).not.toContain("root:");
  });

  it("refuses an include path that leaves the configuration's directory outside git", async () => {
    const { project } = layout({
      "protoguard.yaml": "include:\n  - ../outside\n",
      "current/acme/v1/a.proto": importing("secret.proto"),
      "previous/acme/v1/a.proto": importing("secret.proto"),
    });
    const result = await cli(["breaking", "current", "--against", "previous"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`protoguard.yaml:2:5: include[0] "../outside": outside the configuration file's directory`);
    expect(result.stderr + result.stdout).not.toContain("SecretToken");
  });

  it("refuses an include path that is a symbolic link to outside the repository", async () => {
    const outside = tree({ "secret.proto": SECRET });
    const repo = new TestRepo().write({ "proto/acme/v1/a.proto": importing("secret.proto"), "protoguard.yaml": "include: [third_party]\n" });
    symlinkSync(outside, repo.path("third_party"));
    repo.commit("v1");
    const result = await cli(["breaking", "proto", "--against", "HEAD"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('protoguard.yaml:1:11: include[0] "third_party": outside the repository');
  });

  it("refuses roots and buf.yaml module paths outside the repository", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": proto("a.v1", ""), "protoguard.yaml": "roots: [proto, ../..]\n" });
    repo.commit("v1");
    const roots = await cli(["breaking", ".", "--against", "HEAD"], repo.dir);
    expect(roots.code).toBe(2);
    expect(roots.stderr).toContain('protoguard.yaml:1:16: roots[1] "../..": outside the repository');

    repo.remove("protoguard.yaml").write({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n  - path: /tmp\n" });
    const modules = await cli(["breaking", ".", "--against", "HEAD"], repo.dir);
    expect(modules.code).toBe(2);
    expect(modules.stderr).toContain('buf.yaml:4:11: modules[1].path "/tmp": outside the repository');
  });

  it("refuses them too in a configuration read from a git revision", async () => {
    const repo = new TestRepo().write({ ...schema, "protoguard.yaml": 'include: ["/etc"]\n' });
    repo.commit("v1");
    const result = await cli(["breaking", "HEAD", "--against", "HEAD"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HEAD:protoguard.yaml:1:11: include[0] "/etc": outside the repository');
  });
});

describe("subdir= stays inside the repository", () => {
  it.each(["x/..", "proto/../..", "proto/../../..", "/etc"])("refuses subdir=%s", async (subdir) => {
    const repo = new TestRepo().write({ "proto/acme/v1/a.proto": proto("acme.v1", "message A {}") });
    repo.commit("v1");
    const spec = `.git#branch=main,subdir=${subdir}`;
    for (const args of [["breaking", "proto", "--against", spec], ["breaking", spec, "--against", "proto"]]) {
      const result = await cli(args, repo.dir);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toContain(`"${spec}": subdir=${subdir} must be a path inside the repository`);
    }
  });

  it("reads a clean subdir=", async () => {
    const repo = new TestRepo().write({ "proto/acme/v1/a.proto": proto("acme.v1", "message A {}") });
    repo.commit("v1");
    const result = await cli(["breaking", "proto", "--against", ".git#branch=main,subdir=proto"], repo.dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

