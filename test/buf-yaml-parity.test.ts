import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bufBreakingIn } from "./helpers/buf.js";
import { placeKeys, type Row } from "./helpers/rows.js";
import { cli, proto, tree, type Files } from "./helpers/tree.js";

// A buf.yaml is applied as buf applies it, wherever it is kept: inside the
// input (found there, and in the previous version too), or given with
// --config from another directory (buf: --config and --against-config). Every
// key of v1beta1, v1 and v2 that decides which findings are reported, against
// the real `buf breaking`, comparing the places buf prints.

const msg = (fields: string) => `message M {\n${fields}}`;
const PREVIOUS: Files = {
  "a/a.proto": proto("a.v1", msg("  string x = 1;\n  string y = 2;\n")),
  "b/b.proto": proto("b.v1", msg("  string x = 1;\n  string y = 2;\n")),
  "proto/c/c.proto": proto("c.v1beta1", msg("  string x = 1;\n  string y = 2;\n")),
  "proto/d/d.proto": proto("d.v1", msg("  string x = 1;\n  string y = 2;\n")),
};
const CURRENT: Files = {
  "a/a.proto": proto("a.v1", msg("  string x = 1;\n")),
  "b/b.proto": proto("b.v1", msg("  int64 x = 1;\n")),
  "proto/c/c.proto": proto("c.v1beta1", msg("  string x = 1;\n")),
  "proto/d/d.proto": proto("d.v1", msg("  int32 x = 1;\n")),
};

const CASES: readonly [string, string][] = [
  ["v1 ignore", "version: v1\nbreaking:\n  ignore: [a, proto/c/c.proto]\n"],
  ["v1 ignore_only", "version: v1\nbreaking:\n  ignore_only:\n    FIELD_NO_DELETE: [b, proto]\n    FIELD_SAME_TYPE: [proto/d]\n"],
  ["v1 except", "version: v1\nbreaking:\n  use: [FILE]\n  except: [FIELD_NO_DELETE]\n"],
  ["v1 ignore_unstable_packages", "version: v1\nbreaking:\n  ignore_unstable_packages: true\n"],
  ["v1 build.excludes", "version: v1\nbuild:\n  excludes: [b, proto/c]\nbreaking:\n  ignore: [a]\n"],
  ["v1beta1 ignore", "version: v1beta1\nbreaking:\n  ignore: [a]\n"],
  ["v1beta1 ignore_only and except", "version: v1beta1\nbreaking:\n  use: [FILE]\n  except: [FIELD_SAME_TYPE]\n  ignore_only:\n    FIELD_NO_DELETE: [proto/c]\n"],
  ["v1beta1 ignore_unstable_packages", "version: v1beta1\nbreaking:\n  ignore_unstable_packages: true\n"],
  ["v1beta1 build.roots and excludes, ignore relative to the root", "version: v1beta1\nbuild:\n  roots: [proto]\n  excludes: [proto/d]\nbreaking:\n  ignore: [c]\n"],
  ["v2 ignore", "version: v2\nbreaking:\n  ignore: [a, proto/c/c.proto]\n"],
  ["v2 ignore_only", "version: v2\nbreaking:\n  ignore_only:\n    FIELD_NO_DELETE: [b, proto]\n"],
  ["v2 except", "version: v2\nbreaking:\n  use: [FILE]\n  except: [FIELD_SAME_TYPE]\n"],
  ["v2 ignore_unstable_packages", "version: v2\nbreaking:\n  ignore_unstable_packages: true\n"],
  ["v2 modules[].path and excludes, ignore relative to the workspace", "version: v2\nmodules:\n  - path: proto\n    excludes: [proto/d]\n  - path: a\nbreaking:\n  ignore: [proto/c]\n"],
  ["v2 a module's own breaking section", "version: v2\nmodules:\n  - path: proto\n    breaking:\n      ignore: [proto/d]\n  - path: b\n"],
];

function pair(): string {
  const dir = tree({}, "protoguard-bufyaml-");
  for (const [side, files] of [["current", CURRENT], ["previous", PREVIOUS]] as const) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, side, path, ".."), { recursive: true });
      writeFileSync(join(dir, side, path), text);
    }
  }
  return dir;
}

async function ours(cwd: string, args: readonly string[]): Promise<Row[]> {
  const r = await cli(["breaking", ...args, "--format", "buf-json"], cwd);
  if (r.code === 2) throw new Error(r.stderr);
  return r.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => {
      const a = JSON.parse(l) as { path?: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string };
      return { rule: a.type, path: a.path ?? null, line: a.start_line, column: a.start_column, endLine: a.end_line, endColumn: a.end_column };
    });
}

/** buf's findings, run in `cwd`; `root` holds every file the arguments reach. */
async function theirs(cwd: string, args: readonly string[], root = cwd): Promise<Row[]> {
  const rows = await bufBreakingIn(cwd, args, root);
  if (!Array.isArray(rows)) throw new Error(`buf refused: ${rows.stderr}`);
  return rows;
}

describe("a buf.yaml inside the input (and the previous version)", () => {
  it.each(CASES)("%s", async (_name, config) => {
    const dir = pair();
    writeFileSync(join(dir, "current", "buf.yaml"), config);
    writeFileSync(join(dir, "previous", "buf.yaml"), config);
    const args = ["current", "--against", "previous"];
    const expected = await theirs(dir, args);
    expect(placeKeys(await ours(dir, args))).toEqual(placeKeys(expected));
  });
});

describe("a buf.yaml given with --config from another directory", () => {
  it.each(CASES)("%s", async (_name, config) => {
    const dir = pair();
    mkdirSync(join(dir, "configs"));
    writeFileSync(join(dir, "configs", "buf.yaml"), config);
    // buf takes a v2 file given with --config for the workspace at the current
    // directory, so that directory must be the input; v1 and v1beta1 files
    // describe the module at the input, wherever it is run from.
    const v2 = config.startsWith("version: v2");
    const cwd = v2 ? join(dir, "current") : dir;
    const config_ = v2 ? "../configs/buf.yaml" : "configs/buf.yaml";
    const input = v2 ? [".", "--against", "../previous"] : ["current", "--against", "previous"];
    const expected = await theirs(cwd, [...input, "--config", config_, "--against-config", config_], dir);
    const mine = await ours(cwd, [...input, "--config", config_]);
    expect(placeKeys(mine)).toEqual(placeKeys(expected));
    // The same configuration gives the same verdicts wherever it is kept.
    const inside = pair();
    writeFileSync(join(inside, "current", "buf.yaml"), config);
    writeFileSync(join(inside, "previous", "buf.yaml"), config);
    const kept = await ours(inside, ["current", "--against", "previous"]);
    const strip = (rows: readonly Row[]) => placeKeys(rows.map((r) => ({ ...r, path: r.path?.replace(/^current\//, "") ?? null })));
    expect(strip(mine)).toEqual(strip(kept));
  });
});

describe("the cases report something", () => {
  it("the schema breaks in every file without a configuration", async () => {
    const dir = pair();
    const rows = await theirs(dir, ["current", "--against", "previous", "--config", '{"version":"v1"}', "--against-config", '{"version":"v1"}']);
    expect(new Set(rows.map((r) => r.path))).toEqual(new Set(["current/a/a.proto", "current/b/b.proto", "current/proto/c/c.proto", "current/proto/d/d.proto"]));
  });
});
