import { describe, expect, it } from "vitest";
import { breaking } from "../../src/index.js";
import { SourceReader } from "../../src/sources/index.js";
import { TestRepo } from "../helpers/git.js";
import { cli, proto, tree } from "../helpers/tree.js";

// Sources name a side by the label their caller gives. The library (and the
// GitHub Action, which calls it) speak of the current and the previous
// version; only the command line names its flags.

function repo(): TestRepo {
  const r = new TestRepo().write({ "proto/acme/v1/a.proto": proto("acme.v1", "message A {}") });
  r.commit("v1");
  return r;
}

describe("how errors name the sides", () => {
  it("says the previous version in a library call, and --against on the command line", async () => {
    const r = repo();
    const error = await breaking({ input: "proto", against: "mian", cwd: r.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('the previous version "mian": no directory, file or git revision by that name (did you mean "main"?)');
    expect((error as Error).message).not.toContain("--");

    const result = await cli(["breaking", "proto", "--against", "mian"], r.dir);
    expect(result.stderr).toBe('protoguard: --against "mian": no directory, file or git revision by that name (did you mean "main"?)\n');
  });

  it("says the current version for a library call's input, and input on the command line", async () => {
    const r = repo();
    await expect(breaking({ input: "-x", against: "main", cwd: r.dir })).rejects.toThrow(/^the current version "-x": /);
    expect((await cli(["breaking", "nothere", "--against", "main"], r.dir)).stderr).toMatch(/^protoguard: input "nothere": /);
  });

  it("names the staged side with the label given, never with a flag of its own", async () => {
    const r = repo();
    const reader = new SourceReader({ cwd: r.dir });
    await expect(reader.readStaged("nothere", "the current version")).rejects.toThrow(
      'the current version: "nothere" is not a directory (the staged schema is read below a directory of the work tree)',
    );
    const outside = tree({ "a.proto": proto("a.v1", "") });
    await expect(breaking({ input: ".", staged: true, cwd: outside })).rejects.toThrow(/^the current version: \. is not in a git work tree$/);
    expect((await cli(["breaking", ".", "--staged"], outside)).stderr).toBe("protoguard: --staged: . is not in a git work tree\n");
  });

  it("uses the labels a caller passes", async () => {
    const r = repo();
    await expect(
      breaking({ input: "proto", against: "mian", cwd: r.dir, labels: { current: "input", previous: "the against input" } }),
    ).rejects.toThrow(/^the against input "mian": /);
  });
});
