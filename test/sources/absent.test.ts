import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breaking, InputError, lint, snapshot } from "../../src/index.js";
import { TestRepo } from "../helpers/git.js";
import { cli, proto, tree } from "../helpers/tree.js";

// An input that holds no schema is refused, as buf refuses it; a previous
// version from before the schema existed is compared as empty, and the
// result says there was nothing to compare against.

const A = proto("acme.v1", "message A {\n  string a = 1;\n}");

describe("inputs that hold no schema", () => {
  it("refuses an empty directory on either side", async () => {
    const dir = tree({ "other/a.proto": A });
    mkdirSync(join(dir, "empty"));
    const current = await cli(["breaking", "empty", "--against", "other"], dir);
    expect(current.code).toBe(2);
    expect(current.stderr).toBe('protoguard: input "empty": the directory has no .proto files\n');
    const previous = await cli(["breaking", "other", "--against", "empty"], dir);
    expect(previous.code).toBe(2);
    expect(previous.stderr).toBe('protoguard: --against "empty": the directory has no .proto files\n');
  });

  it("refuses a directory with no .proto files for lint and snapshot too", async () => {
    const dir = tree({ "docs/README.md": "text\n" });
    expect((await cli(["lint", "docs"], dir)).code).toBe(2);
    expect((await cli(["snapshot", "docs"], dir)).code).toBe(2);
    await expect(lint({ input: "docs", cwd: dir })).rejects.toThrow('the current version "docs": the directory has no .proto files');
    await expect(snapshot({ input: "docs", cwd: dir })).rejects.toThrow(InputError);
  });

  it("refuses a directory that does not exist", async () => {
    const dir = tree({ "other/a.proto": A });
    const result = await cli(["breaking", "nothere", "--against", "other"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('input "nothere": no directory, file or git revision by that name');
  });

  it("refuses a current git revision with no .proto files below the schema's directory", async () => {
    const repo = new TestRepo().write({ "README.md": "text\n" });
    repo.commit("v1");
    const result = await cli(["breaking", "HEAD", "--against", "HEAD"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('protoguard: input "HEAD": no .proto files in the top of HEAD\n');
  });
});

describe("a previous version from before the schema existed", () => {
  it("compares against nothing when the revision has no schema's directory yet, and says so", async () => {
    const repo = new TestRepo().write({ "README.md": "text\n" });
    repo.commit("before");
    repo.write({ "proto/acme/v1/a.proto": A }).commit("adds the schema");
    const result = await cli(["breaking", "proto", "--against", "HEAD~1"], repo.dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Nothing to compare against: HEAD~1 has no schema there yet; 1 file is new.\n");
    const markdown = await cli(["breaking", "proto", "--against", "HEAD~1", "--format", "markdown"], repo.dir);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toBe(
      "### ✅ protoguard: nothing to compare against\n\nNothing to compare against: HEAD\\~1 has no schema there yet; 1 file is new.\n",
    );
    const compared = await cli(["breaking", "proto", "--against", "HEAD"], repo.dir);
    expect(compared.stdout).toBe("No breaking changes: 1 file compared against HEAD (git revision " + repo.git("rev-parse", "--short", "HEAD").trim() + " at proto/).\n");

    const library = await breaking({ input: "proto", against: "HEAD~1", cwd: repo.dir });
    expect(library.findings).toEqual([]);
    expect(library.inputs.against.absent).toBe(true);
    expect(library.inputs.current.absent).toBe(false);
    expect(library.inputs.against.description).toMatch(/^HEAD~1 \(git revision [0-9a-f]+ at proto\/: no schema there yet\)$/);

    const present = await breaking({ input: "proto", against: "HEAD", cwd: repo.dir });
    expect(present.inputs.against.absent).toBe(false);
  });

  it("compares a new module of a workspace against nothing", async () => {
    const repo = new TestRepo().write({ "a/a.proto": A, "buf.yaml": "version: v2\nmodules:\n  - path: a\n  - path: b\n" });
    repo.commit("a only");
    repo.write({ "b/b.proto": proto("b.v1", "message B {}") }).commit("adds b");
    const result = await cli(["breaking", ".", "--against", "HEAD~1"], repo.dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("compares the index against nothing in a repository with no commit yet", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": A });
    repo.git("add", "-A");
    const result = await breaking({ input: "proto", staged: true, cwd: repo.dir });
    expect(result.inputs.against.absent).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it("still refuses an explicit subdir= that the revision does not have, as buf does", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": A });
    repo.commit("v1");
    const result = await cli(["breaking", "proto", "--against", ".git#branch=main,subdir=nope"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('protoguard: --against ".git#branch=main,subdir=nope": main has no directory nope\n');
  });
});
