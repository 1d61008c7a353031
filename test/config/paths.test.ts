import { describe, expect, it } from "vitest";
import { TestRepo } from "../helpers/git.js";
import { cli, proto, tree } from "../helpers/tree.js";

// A directory the configuration names that is not there is the
// configuration's fault: the error names the file, the line and column and
// the key, not the input.

const A = proto("a.v1", "message A {}");

describe("paths of the configuration that do not exist", () => {
  it("blames a buf.yaml module path", async () => {
    const dir = tree({
      "a/a.proto": A,
      "buf.yaml": "version: v2\nmodules:\n  - path: a\n  - path: x\n",
    });
    const result = await cli(["breaking", ".", "--against", "."], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'buf.yaml:4:11: modules[1].path "x": no such directory\nprotoguard: the configuration is not valid (exit 2)\n',
    );
  });

  it("blames protoguard.yaml roots and include", async () => {
    const roots = tree({ "a/a.proto": A, "protoguard.yaml": "use: [FILE]\nroots:\n  - a\n  - x\n" });
    const r = await cli(["breaking", ".", "--against", "."], roots);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('protoguard.yaml:4:5: roots[1] "x": no such directory\n');

    const include = tree({ "a/a.proto": A, "protoguard.yaml": "include: [third_party]\n" });
    const i = await cli(["breaking", "a", "--against", "a"], include);
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('protoguard.yaml:1:11: include[0] "third_party": no such directory\n');
  });

  it("names a configuration read from a git revision as git names it, and reads its paths from that revision", async () => {
    const repo = new TestRepo().write({ "proto/a.proto": A, "protoguard.yaml": "include: [vendor]\n", "vendor/v.proto": proto("v", "") });
    repo.commit("v1");
    repo.remove("vendor");
    // The include is in the revision read, not in the work tree: not an error.
    const result = await cli(["breaking", "HEAD", "--against", "HEAD"], repo.path("proto"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
