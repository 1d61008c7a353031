import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breaking } from "../../src/index.js";
import { bufBreakingIn } from "../helpers/buf.js";
import { placeKeys, type Row } from "../helpers/rows.js";

// Each case is a previous and a current tree with a buf.yaml in the current
// one; protoguard (which finds the buf.yaml itself) and the real buf breaking
// (given the same file for both sides) must report the same places.

type Files = Record<string, string>;

function write(root: string, files: Files): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function pair(previous: Files, current: Files): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-bufyaml-"));
  write(join(dir, "previous"), previous);
  write(join(dir, "current"), current);
  return dir;
}

async function ours(dir: string): Promise<Row[]> {
  const result = await breaking({ input: ".", against: "../previous", cwd: join(dir, "current") });
  return result.findings.map((f) => ({
    rule: f.rule,
    path: f.deleted ? null : f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  }));
}

async function bufs(dir: string): Promise<Row[]> {
  const rows = await bufBreakingIn(join(dir, "current"), [".", "--against", "../previous", "--against-config", "buf.yaml"]);
  if (!Array.isArray(rows)) throw new Error(`buf refused the case: ${rows.stderr}`);
  return rows;
}

const proto = (pkg: string, body: string): string => `syntax = "proto3";\n\npackage ${pkg};\n\n${body}\n`;

/** Changes in several files and packages, so that each key of a config decides something. */
const PREVIOUS: Files = {
  "acme/orders/v1/order.proto": proto("acme.orders.v1", "message Order {\n  string id = 1;\n  string coupon = 2;\n  int32 qty = 3;\n}"),
  "acme/orders/v1beta1/draft.proto": proto("acme.orders.v1beta1", "message Draft {\n  string id = 1;\n  string note = 2;\n}"),
  "legacy/old.proto": proto("legacy.v1", "message Old {\n  string id = 1;\n  string name = 2;\n}"),
  "vendor/lib.proto": proto("lib.v1", "message Lib {\n  string id = 1;\n  string x = 2;\n}"),
  "gone.proto": proto("gone.v1", "message Gone {}"),
};
const CURRENT: Files = {
  "acme/orders/v1/order.proto": proto("acme.orders.v1", "message Order {\n  string id = 1;\n  int64 qty = 3;\n}"),
  "acme/orders/v1beta1/draft.proto": proto("acme.orders.v1beta1", "message Draft {\n  string id = 1;\n}"),
  "legacy/old.proto": proto("legacy.v1", "message Old {\n  string id = 1;\n  string full_name = 2;\n}"),
  "vendor/lib.proto": proto("lib.v1", "message Lib {\n  string id = 1;\n}"),
};

function under(prefix: string, files: Files): Files {
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [`${prefix}${p}`, t]));
}

const CASES: readonly [string, Files, Files][] = [
  ["v1 with no breaking section (FILE)", PREVIOUS, { ...CURRENT, "buf.yaml": "version: v1\n" }],
  [
    "v1 use, except, ignore, ignore_only",
    PREVIOUS,
    {
      ...CURRENT,
      "buf.yaml":
        "version: v1\nbreaking:\n  use: [WIRE_JSON, FIELD_NO_DELETE]\n  except: [FIELD_SAME_JSON_NAME]\n  ignore: [vendor]\n  ignore_only:\n    FIELD_NO_DELETE: [legacy/old.proto, acme/orders/v1beta1]\n    WIRE_JSON: [legacy]\n",
    },
  ],
  [
    "v1 ignore_unstable_packages and a deleted file",
    PREVIOUS,
    { ...CURRENT, "buf.yaml": "version: v1\nbreaking:\n  use: [PACKAGE]\n  ignore_unstable_packages: true\n  ignore: [gone.proto]\n" },
  ],
  [
    "v1 build.excludes",
    PREVIOUS,
    { ...CURRENT, "buf.yaml": "version: v1\nbuild:\n  excludes: [vendor, legacy]\n" },
  ],
  [
    "v1 deprecated FIELD_SAME_LABEL",
    PREVIOUS,
    { ...CURRENT, "buf.yaml": "version: v1\nbreaking:\n  use: [FIELD_SAME_LABEL, FIELD_SAME_TYPE]\n" },
  ],
  [
    "v1beta1 roots, ignores relative to the roots",
    under("proto/", PREVIOUS),
    {
      ...under("proto/", CURRENT),
      "buf.yaml": "version: v1beta1\nbuild:\n  roots: [proto]\nbreaking:\n  use: [FILE]\n  ignore: [vendor, acme/orders/v1beta1/draft.proto]\n",
    },
  ],
  [
    "v2 modules, a module's own breaking section, ignores relative to the workspace",
    { ...under("proto/", PREVIOUS), "api/x/v1/x.proto": proto("x.v1", "message X {\n  string a = 1;\n  string b = 2;\n}") },
    {
      ...under("proto/", CURRENT),
      "api/x/v1/x.proto": proto("x.v1", "message X {\n  string a = 1;\n  int32 b = 2;\n}"),
      "buf.yaml":
        "version: v2\nmodules:\n  - path: proto\n    excludes: [proto/vendor]\n  - path: api\n    breaking:\n      use: [WIRE]\nbreaking:\n  use: [FILE]\n  ignore: [proto/legacy, legacy]\n  ignore_only:\n    FIELD_SAME_TYPE: [proto/acme/orders/v1/order.proto]\n",
    },
  ],
  [
    "v2 with the v2-only rules and ignore_unstable_packages",
    PREVIOUS,
    {
      ...CURRENT,
      "buf.yaml": "version: v2\nbreaking:\n  use: [FILE, FIELD_SAME_DEFAULT, EXTENSION_NO_DELETE]\n  ignore_unstable_packages: true\n",
    },
  ],
];

describe("buf.yaml read as buf reads it", () => {
  it.each(CASES)("%s", async (_name, previous, current) => {
    const dir = pair(previous, current);
    const [a, b] = await Promise.all([ours(dir), bufs(dir)]);
    expect(b.length).toBeGreaterThan(0);
    expect(placeKeys(a)).toEqual(placeKeys(b));
  });

  it("each config changes what is reported (the cases are not all the same)", async () => {
    const keys = await Promise.all(CASES.slice(0, 5).map(([, p, c]) => ours(pair(p, c)).then((rows) => placeKeys(rows).join("\n"))));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("buf.yaml versions refuse what buf refuses", () => {
  it.each([
    ["v1", "EXTENSION_NO_DELETE"],
    ["v1", "FIELD_SAME_DEFAULT"],
    ["v1beta1", "FIELD_WIRE_COMPATIBLE_TYPE"],
    ["v2", "FIELD_SAME_LABEL"],
    ["v2", "VERSIONING"],
  ])("%s rejects %s, as buf does", async (version, rule) => {
    const dir = pair(PREVIOUS, { ...CURRENT, "buf.yaml": `version: ${version}\nbreaking:\n  use:\n    - ${rule}\n` });
    const refused = await bufBreakingIn(join(dir, "current"), [".", "--against", "../previous"]);
    expect(Array.isArray(refused) ? "accepted" : refused.code).toBe(1);
    await expect(ours(dir)).rejects.toThrow(`buf.yaml:4:7: unknown rule or category "${rule}" in buf.yaml ${version} breaking`);
  });

  it("an unknown key is refused with the nearest valid one", async () => {
    const dir = pair(PREVIOUS, { ...CURRENT, "buf.yaml": "version: v1\nbreaking:\n  excpet: [FILE]\n" });
    await expect(ours(dir)).rejects.toThrow('buf.yaml:3:3: unknown key "excpet" in breaking (did you mean "except"?)');
  });

  it("with a buf.yaml only buf's rules run: no VERSIONING and no renumber rules", async () => {
    const dir = pair(
      { "a.proto": proto("acme", "message A {\n  string id = 1;\n}") },
      { "a.proto": proto("acme", "message A {\n  string id = 2;\n}"), "buf.yaml": "version: v2\n" },
    );
    const result = await breaking({ input: ".", against: "../previous", cwd: join(dir, "current") });
    expect(result.rules.every((r) => (r.origin ?? "buf") === "buf")).toBe(true);
    expect(result.findings.map((f) => f.rule)).toEqual(["FIELD_NO_DELETE"]);
    expect(result.config).toEqual({ format: "buf", file: "buf.yaml", bufVersion: "v2" });
  });
});
