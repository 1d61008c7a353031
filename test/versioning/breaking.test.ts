import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { breaking, lint } from "../../src/index.js";
import { cli } from "../helpers/tree.js";

// VERSIONING in `breaking` judges the change: a package that was unversioned
// before the change is not a breaking change. The pair is real: three files of
// googleapis' google.type, nine months apart (copyright year, a comment, the
// cc_enable_arenas option dropped).

const ROOT = resolve(import.meta.dirname, "../..");
const PAIR = "fixtures/package-no-new-unversioned/google-type-unchanged-package";

describe("a long-standing unversioned package", () => {
  it("passes breaking on an unrelated change, with the default rules (FILE and VERSIONING)", async () => {
    const r = await breaking({ input: `${PAIR}/current`, against: `${PAIR}/previous`, cwd: ROOT });
    expect(r.use).toEqual(["FILE", "VERSIONING"]);
    expect(r.rules.map((x) => x.id)).toContain("PACKAGE_NO_NEW_UNVERSIONED");
    expect(r.rules.map((x) => x.id)).not.toContain("PACKAGE_VERSION_SUFFIX");
    expect(r.filesCompared).toBe(3);
    expect(r.findings).toEqual([]);
    const run = await cli(["breaking", `${PAIR}/current`, "--against", `${PAIR}/previous`], ROOT);
    expect(run).toMatchObject({ code: 0, stdout: "No breaking changes: 3 files compared against fixtures/package-no-new-unversioned/google-type-unchanged-package/previous (directory).\n" });
  });

  it("is still a lint finding, once per file, as buf lint reports it", async () => {
    const r = await lint({ input: `${PAIR}/current`, cwd: ROOT });
    expect(r.findings.map((f) => `${f.rule} ${f.path}:${f.line}`)).toEqual([
      "PACKAGE_VERSION_SUFFIX google/type/date.proto:17",
      "PACKAGE_VERSION_SUFFIX google/type/latlng.proto:17",
      "PACKAGE_VERSION_SUFFIX google/type/money.proto:17",
    ]);
  });

  it("is reported in breaking too with package_versions.unversioned: all", async () => {
    const r = await breaking({ input: `${PAIR}/current`, against: `${PAIR}/previous`, cwd: ROOT, config: join(ROOT, "test/versioning/unversioned-all.yaml") });
    expect(r.findings.map((f) => f.rule)).toEqual(["PACKAGE_VERSION_SUFFIX", "PACKAGE_VERSION_SUFFIX", "PACKAGE_VERSION_SUFFIX"]);
  });

  it("a package the change introduces is reported once, naming how many files declare it", async () => {
    const dir = "fixtures/package-no-new-unversioned/introduced";
    const r = await breaking({ input: `${dir}/current`, against: `${dir}/previous`, cwd: ROOT });
    expect(r.findings.filter((f) => f.rule.startsWith("PACKAGE_")).map((f) => `${f.rule} ${f.path}`)).toEqual([
      "PACKAGE_NO_NEW_UNVERSIONED acme/shipping/label.proto",
      "PACKAGE_VERSION_NO_DOWNGRADE acme/users/user.proto",
      "PACKAGE_NO_NEW_UNVERSIONED acme/zero/zero.proto",
      "PACKAGE_NO_NEW_UNVERSIONED payments.proto",
    ]);
  });
});
