import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breaking, lint, type BreakingResult } from "../../src/index.js";
import { proto, tree, write, type Files } from "../helpers/tree.js";

// protoguard.yaml and package.json#protoguard: every key, found from the input
// upward to the repository root, with located errors.

const PREVIOUS: Files = {
  "acme/orders/v1/order.proto": proto("acme.orders.v1", "message Order {\n  string id = 1;\n  string coupon = 2;\n  int32 qty = 3;\n}"),
  "acme/orders/v1beta1/draft.proto": proto("acme.orders.v1beta1", "message Draft {\n  string id = 1;\n  string note = 2;\n}"),
  "legacy/old.proto": proto("legacy", "message Old {\n  string id = 1;\n  string name = 2;\n}"),
  "gone.proto": proto("gone.v1", "message Gone {}"),
};
const CURRENT: Files = {
  "acme/orders/v1/order.proto": proto("acme.orders.v1", "message Order {\n  string id = 1;\n  int64 qty = 3;\n}"),
  "acme/orders/v1beta1/draft.proto": proto("acme.orders.v1beta1", "message Draft {\n  string id = 1;\n}"),
  "legacy/old.proto": proto("legacy", "message Old {\n  string id = 1;\n  string full_name = 2;\n}"),
};

/** A repository (a `.git` directory at its top) with previous/ and current/ and extra files (configs). */
function repo(extra: Files = {}, current: Files = CURRENT, previous: Files = PREVIOUS): string {
  const dir = tree({}, "protoguard-pgyaml-");
  mkdirSync(join(dir, ".git"));
  write(join(dir, "previous"), previous);
  write(join(dir, "current"), current);
  write(dir, extra);
  return dir;
}

async function run(dir: string, options: { config?: string; use?: string[] } = {}): Promise<BreakingResult> {
  return breaking({ input: "current", against: "previous", cwd: dir, ...options });
}

const keys = (r: BreakingResult): string[] => r.findings.map((f) => `${f.rule} ${f.deleted ? "<deleted>" : f.path}:${f.line} ${f.severity}`);
const rules = (r: BreakingResult): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();

describe("finding the configuration", () => {
  it("uses protoguard's defaults (FILE and VERSIONING) without a file", async () => {
    const r = await run(repo());
    expect(r.config).toEqual({ format: "default" });
    // The long-standing unversioned package "legacy" is not a breaking change (lint reports it).
    expect(rules(r)).toEqual(["FIELD_NO_DELETE", "FIELD_NO_RENAME", "FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME", "FIELD_SAME_TYPE", "FILE_NO_DELETE", "STABLE_PACKAGE_NO_DELETE"]);
    expect(r.use).toEqual(["FILE", "VERSIONING"]);
  });

  it("finds protoguard.yaml above the input, up to the repository root", async () => {
    const dir = repo({ "protoguard.yaml": "use: [WIRE]\n" });
    const r = await run(dir);
    expect(r.config.file).toBe("protoguard.yaml");
    expect(rules(r)).toEqual(["FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"]);
    // Above the repository root nothing is read: a nested repository stops the search.
    mkdirSync(join(dir, "current", ".git"));
    expect((await run(dir)).config.format).toBe("default");
  });

  it("reads package.json's protoguard key, and prefers protoguard.yaml in the same directory", async () => {
    const dir = repo({ "package.json": JSON.stringify({ name: "x", protoguard: { use: ["WIRE_JSON"] } }) });
    expect((await run(dir)).config.file).toBe("package.json");
    expect(rules(await run(dir))).toEqual(["FIELD_NO_DELETE_UNLESS_NAME_RESERVED", "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "FIELD_NO_RENAME", "FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME", "FIELD_WIRE_JSON_COMPATIBLE_TYPE"]);
    write(dir, { "protoguard.yaml": "use: [WIRE]\n" });
    expect((await run(dir)).config.file).toBe("protoguard.yaml");
  });

  it("a package.json without the key is not a configuration", async () => {
    expect((await run(repo({ "package.json": '{"name": "x"}' }))).config.format).toBe("default");
  });

  it("--config overrides the file found", async () => {
    const dir = repo({ "protoguard.yaml": "use: [WIRE]\n", "other.yaml": "use: [FIELD_SAME_TYPE]\n" });
    const r = await run(dir, { config: "other.yaml" });
    expect(r.config.file).toBe("other.yaml");
    expect(rules(r)).toEqual(["FIELD_SAME_TYPE"]);
  });

  it("--use replaces the configuration's use", async () => {
    const r = await run(repo({ "protoguard.yaml": "use: [WIRE]\n" }), { use: ["FIELD_SAME_NAME"] });
    expect(rules(r)).toEqual(["FIELD_SAME_NAME"]);
  });
});

describe("keys", () => {
  it("use and except", async () => {
    const r = await run(repo({ "protoguard.yaml": "use: [FILE]\nexcept: [FIELD_SAME_JSON_NAME, FILE_NO_DELETE]\n" }));
    expect(rules(r)).toEqual(["FIELD_NO_DELETE", "FIELD_NO_RENAME", "FIELD_SAME_NAME", "FIELD_SAME_TYPE"]);
  });

  it("ignore: a directory, a file (a deleted one too: paths name files inside the module, either version) and a glob", async () => {
    const r = await run(repo({ "protoguard.yaml": "use: [FILE]\nignore: [current/legacy, current/gone.proto, '**/v1beta1/*.proto']\n" }));
    expect(keys(r)).toEqual(["FIELD_NO_DELETE acme/orders/v1/order.proto:5 error", "FIELD_SAME_TYPE acme/orders/v1/order.proto:7 error"]);
    expect(r.suppressed.map((s) => `${s.rule} ${s.suppression.by} ${s.suppression.reason ?? ""}`).sort()).toEqual([
      "FIELD_NO_DELETE ignore **/v1beta1/*.proto",
      "FIELD_NO_RENAME ignore current/legacy",
      "FIELD_SAME_JSON_NAME ignore current/legacy",
      "FIELD_SAME_NAME ignore current/legacy",
      "FILE_NO_DELETE ignore current/gone.proto",
    ]);
  });

  it("ignore_only: by rule and by category", async () => {
    const r = await run(
      repo({ "protoguard.yaml": "use: [FILE]\nignore_only:\n  FIELD_NO_DELETE: [current/acme]\n  WIRE_JSON: [current/legacy]\n" }),
    );
    expect(rules(r)).toEqual(["FIELD_SAME_TYPE", "FILE_NO_DELETE"]);
    expect(r.suppressed.map((s) => s.suppression.by)).toEqual(["ignore_only", "ignore_only", "ignore_only", "ignore_only", "ignore_only"]);
  });

  it("ignore_unstable_packages", async () => {
    const r = await run(repo({ "protoguard.yaml": "use: [FIELD_NO_DELETE]\nignore_unstable_packages: true\n" }));
    expect(keys(r)).toEqual(["FIELD_NO_DELETE acme/orders/v1/order.proto:5 error"]);
    expect(r.suppressed.map((s) => s.suppression.reason)).toEqual(["acme.orders.v1beta1"]);
  });

  it("severity: per rule and per category, the rule's own entry first, off leaves a rule out", async () => {
    const r = await run(
      repo({ "protoguard.yaml": "severity:\n  FILE: warning\n  FIELD_SAME_TYPE: error\n  VERSIONING: off\n  FILE_NO_DELETE: off\n" }),
    );
    expect(r.rules.some((x) => x.id === "PACKAGE_VERSION_SUFFIX" || x.id === "FILE_NO_DELETE")).toBe(false);
    const levels = Object.fromEntries(r.findings.map((f) => [f.rule, f.severity]));
    expect(levels).toEqual({
      FIELD_NO_DELETE: "warning",
      FIELD_NO_RENAME: "warning",
      FIELD_SAME_JSON_NAME: "warning",
      FIELD_SAME_NAME: "warning",
      FIELD_SAME_TYPE: "error",
    });
  });

  it("include: import paths relative to the configuration file", async () => {
    const shared = { "shared/money.proto": proto("shared.v1", "message Money {\n  int64 units = 1;\n}") };
    const previous = { "a.proto": `syntax = "proto3";\npackage a.v1;\nimport "money.proto";\nmessage A {\n  shared.v1.Money price = 1;\n}\n` };
    const current = { "a.proto": `syntax = "proto3";\npackage a.v1;\nimport "money.proto";\nmessage A {\n  shared.v1.Money cost = 1;\n}\n` };
    const dir = repo({ ...Object.fromEntries(Object.entries(shared).map(([p, t]) => [`libs/${p}`, t])), "protoguard.yaml": "include: [libs/shared]\n" }, current, previous);
    expect(rules(await run(dir))).toEqual(["FIELD_NO_RENAME", "FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME"]);
  });

  it("roots: each directory is compared as a root of its own", async () => {
    const side = (name: string): Files => ({
      "a/x.proto": proto("x.v1", `message X {\n  string ${name} = 1;\n}`),
      "b/x.proto": proto("y.v1", `message Y {\n  string ${name} = 1;\n}`),
    });
    const dir = repo({ "protoguard.yaml": "roots: [current/a, current/b]\n" }, side("after"), side("before"));
    const r = await breaking({ input: "current", against: "previous", cwd: dir });
    // Both files are x.proto inside their root; found as a/x.proto and b/x.proto of the input.
    expect([...new Set(r.findings.map((f) => f.path))]).toEqual(["a/x.proto", "b/x.proto"]);
    expect(r.filesCompared).toBe(2);
  });

  it("package_versions: allow_v0 and patterns widen PACKAGE_VERSION_SUFFIX (lint) and PACKAGE_NO_NEW_UNVERSIONED (breaking)", async () => {
    const z = { "z.proto": proto("acme.z.v1", "message Z {}") };
    const current = { ...z, "a.proto": proto("acme.a.v0", "message A {}"), "b.proto": proto("acme.b.v1eap.types", "message B {}") };
    const before = repo({}, current, current);
    expect((await lint({ input: "current", cwd: before })).findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["PACKAGE_VERSION_SUFFIX a.proto", "PACKAGE_VERSION_SUFFIX b.proto"]);
    expect(keys(await run(repo({}, current, z)))).toEqual(["PACKAGE_NO_NEW_UNVERSIONED a.proto:3 error", "PACKAGE_NO_NEW_UNVERSIONED b.proto:3 error"]);
    const config = { "protoguard.yaml": "package_versions:\n  allow_v0: true\n  patterns: ['v\\d+eap']\n" };
    // buf lint's rule reads the last component only: acme.b.v1eap.types stays unversioned there.
    expect((await lint({ input: "current", cwd: repo(config, current, current) })).findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["PACKAGE_VERSION_SUFFIX b.proto"]);
    expect(keys(await run(repo(config, current, z)))).toEqual([]);
  });

  it("package_versions.unversioned: all reports every unversioned package in breaking, as lint does", async () => {
    const unchanged = { "a.proto": proto("acme.a", "message A {}"), "b.proto": proto("acme.b.v1", "message B {}") };
    expect(keys(await run(repo({}, unchanged, unchanged)))).toEqual([]);
    expect(keys(await run(repo({ "protoguard.yaml": "package_versions:\n  unversioned: all\n" }, unchanged, unchanged)))).toEqual(["PACKAGE_VERSION_SUFFIX a.proto:3 error"]);
    expect(keys(await run(repo({}, unchanged, unchanged), { use: ["PACKAGE_VERSION_SUFFIX"] }))).toEqual(["PACKAGE_VERSION_SUFFIX a.proto:3 error"]);
    const added = { ...unchanged, "c.proto": proto("acme.c", "message C {}") };
    expect(keys(await run(repo({ "protoguard.yaml": "package_versions:\n  unversioned: all\n" }, added, unchanged)))).toEqual(["PACKAGE_VERSION_SUFFIX a.proto:3 error", "PACKAGE_VERSION_SUFFIX c.proto:3 error"]);
    await expect(run(repo({ "protoguard.yaml": "package_versions:\n  unversioned: every\n" }))).rejects.toThrow('protoguard.yaml:2:16: package_versions.unversioned: "every" is not one of new, all');
  });
});

describe("package_versions.patterns cannot make a check slow", () => {
  it("(a+)+ against a 26-character package component takes milliseconds, not seconds", async () => {
    const dir = tree(
      {
        "protoguard.yaml": "package_versions:\n  patterns: ['(a+)+']\n",
        "a.proto": proto(`acme.${"a".repeat(25)}b`, "message A {}"),
        "b.proto": proto(`acme.${"a".repeat(26)}`, "message B {}"),
      },
      "protoguard-pgyaml-",
    );
    const started = performance.now();
    const r = await lint({ input: ".", cwd: dir });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(r.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["PACKAGE_VERSION_SUFFIX a.proto"]);
  });
});

describe("errors are located, with the nearest valid name", () => {
  it.each([
    ["excpet: [FILE]\n", 'protoguard.yaml:1:1: unknown key "excpet" (did you mean "except"?)'],
    ['"ex\\ncept\\e[1m": [FILE]\n', 'protoguard.yaml:1:1: unknown key "ex\\ncept\\u001b[1m"'],
    ['use: ["FIELD\\nNO_DELETE"]\n', 'protoguard.yaml:1:7: unknown rule or category "FIELD\\nNO_DELETE"'],
    ["use:\n  - FILE\n  - FIELD_NO_DELTE\n", 'protoguard.yaml:3:5: unknown rule or category "FIELD_NO_DELTE" (did you mean "FIELD_NO_DELETE"?)'],
    ["severity:\n  FIELD_SAME_TYP: warning\n", 'protoguard.yaml:2:3: unknown rule or category "FIELD_SAME_TYP" (did you mean "FIELD_SAME_TYPE"?)'],
    ["severity:\n  FIELD_SAME_TYPE: warn\n", 'protoguard.yaml:2:20: severity.FIELD_SAME_TYPE: "warn" is not one of error, warning, off'],
    ["ignore_only:\n  WIRE_JSN: [a]\n", 'protoguard.yaml:2:3: unknown rule or category "WIRE_JSN" (did you mean "WIRE_JSON"?)'],
    ["package_versions:\n  allow_v1: true\n", 'protoguard.yaml:2:3: unknown key "allow_v1" in package_versions (did you mean "allow_v0"?)'],
    ["package_versions:\n  patterns: ['v(']\n", 'protoguard.yaml:2:14: package_versions.patterns: "v(" is not a supported pattern: unterminated group'],
    ["package_versions:\n  patterns: ['(a+)\\1']\n", "protoguard.yaml:2:14: package_versions.patterns: \"(a+)\\\\1\" is not a supported pattern: backreferences are not supported"],
    ["use: FILE\n", "protoguard.yaml:1:6: use must be a list"],
    ["use: [FILE\n", "protoguard.yaml:"],
    ["ignore_unstable_packages: yes please\n", "protoguard.yaml:1:27: ignore_unstable_packages must be true or false"],
  ])("%j", async (text, message) => {
    await expect(run(repo({ "protoguard.yaml": text }))).rejects.toThrow(message);
  });

  it("in package.json, at the line inside package.json", async () => {
    const dir = repo({ "package.json": '{\n  "name": "x",\n  "protoguard": {\n    "usee": ["FILE"]\n  }\n}\n' });
    await expect(run(dir)).rejects.toThrow('package.json:4:5: unknown key "usee" (did you mean "use"?)');
  });
});
