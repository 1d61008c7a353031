import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../src/config/find.js";
import { CATALOGUE } from "../src/run/catalogue.js";
import { findSchemaLayout, workflowText } from "../src/run/init/index.js";
import { HOMEPAGE } from "../src/report/links.js";
import { cli, proto, tree } from "./helpers/tree.js";

const ROOT = resolve(import.meta.dirname, "..");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const A = proto("acme.v1", "message A {}");

function rootsOf(dir: string): string[] {
  return loadConfigFile(join(dir, "protoguard.yaml"), dir, CATALOGUE).modules.map((m) => m.root.slice(dir.length + 1) || ".");
}

describe("init finds the schema", () => {
  it.each([
    ["proto/", { "proto/acme/v1/a.proto": A, "README.md": "" }, ["proto"]],
    ["several roots", { "api/acme/v1/a.proto": A, "schema/b/v1/b.proto": A, "docs/x.md": "" }, ["api", "schema"]],
    ["a Java layout", { "src/main/proto/acme/v1/a.proto": A, "src/main/java/A.java": "" }, ["src/main/proto"]],
    ["files at the top", { "a.proto": A, "proto/b.proto": A }, ["."]],
    ["skipping dependencies", { "node_modules/x/a.proto": A, "vendor/y/b.proto": A, ".git/c.proto": A, "proto/d.proto": A }, ["proto"]],
    ["nothing", { "README.md": "" }, []],
  ])("%s", (_name, files, roots) => {
    const dir = tree(files, "protoguard-layout-");
    expect(findSchemaLayout(dir)).toEqual({ kind: "directories", roots });
  });

  it("writes the roots into protoguard.yaml, which reads back with them", async () => {
    const dir = tree({ "api/acme/v1/a.proto": A, "schema/b/v1/b.proto": A }, "protoguard-init-");
    const r = await cli(["init"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "Wrote protoguard.yaml, with the schema in api, schema.\n" });
    expect(rootsOf(dir)).toEqual(["api", "schema"]);
  });

  it("takes buf.work.yaml's directories as roots", async () => {
    const dir = tree({ "buf.work.yaml": "version: v1\ndirectories:\n  - proto\n  - vendor/protos\n", "proto/a.proto": A }, "protoguard-init-");
    const r = await cli(["init"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "Wrote protoguard.yaml, with the directories of buf.work.yaml as roots: proto, vendor/protos.\n" });
    expect(rootsOf(dir)).toEqual(["proto", "vendor/protos"]);
  });

  it("refuses a buf.work.yaml directory outside the repository, located", async () => {
    const dir = tree({ "buf.work.yaml": "version: v1\ndirectories:\n  - ../elsewhere\n" }, "protoguard-init-");
    const r = await cli(["init"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^buf\.work\.yaml:3:3: directories: "\.\.\/elsewhere" is not a directory inside buf\.work\.yaml's directory/);
    expect(existsSync(join(dir, "protoguard.yaml"))).toBe(false);
  });

  it("converts a buf.yaml v2 with its modules as roots", async () => {
    const dir = tree({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n  - path: api\n", "proto/a.proto": A }, "protoguard-init-");
    const r = await cli(["init"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "Wrote protoguard.yaml, converted from buf.yaml.\n" });
    expect(rootsOf(dir)).toEqual(["proto", "api"]);
  });
});

describe("init --hook and --github-action", () => {
  it("writes the pre-commit entry of this version, which names the hook of .pre-commit-hooks.yaml", async () => {
    const dir = tree({ "proto/a.proto": A }, "protoguard-init-");
    const r = await cli(["init", "--hook", "pre-commit"], dir);
    expect(r.code, r.stderr).toBe(0);
    const config = parse(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8")) as unknown;
    expect(config).toEqual({ repos: [{ repo: HOMEPAGE, rev: `v${VERSION}`, hooks: [{ id: "protoguard-breaking" }] }] });
    const manifest = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[];
    expect(manifest.map((h) => h.id)).toEqual(["protoguard-breaking"]);
    expect(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")).toContain(`#   - repo: ${HOMEPAGE}\n#     rev: v${VERSION}\n`);
  });

  it("adds to an existing .pre-commit-config.yaml, keeping its hooks and comments, and only once", async () => {
    const existing = "# our hooks\nrepos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v5.0.0\n    hooks:\n      - id: trailing-whitespace # keep\n";
    const dir = tree({ "proto/a.proto": A, ".pre-commit-config.yaml": existing }, "protoguard-init-");
    const r = await cli(["init", "--hook", "pre-commit"], dir);
    expect(r.stdout).toContain("Updated .pre-commit-config.yaml.\n");
    const text = readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8");
    expect(text).toContain("# our hooks\n");
    expect(text).toContain("- id: trailing-whitespace # keep\n");
    expect((parse(text) as { repos: { repo: string }[] }).repos.map((x) => x.repo)).toEqual(["https://github.com/pre-commit/pre-commit-hooks", HOMEPAGE]);
    const again = await cli(["init", "--hook", "pre-commit"], dir);
    expect(again.stdout).toContain("protoguard.yaml exists already: kept as it is.\n.pre-commit-config.yaml has what protoguard needs already: left as it is.\n");
    expect(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8")).toBe(text);
  });

  it("refuses a .pre-commit-config.yaml that does not parse, located, and leaves it alone", async () => {
    const dir = tree({ ".pre-commit-config.yaml": "repos: [\n" }, "protoguard-init-");
    const r = await cli(["init", "--hook", "pre-commit"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.pre-commit-config\.yaml:\d+:\d+: /);
    expect(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8")).toBe("repos: [\n");
  });

  it("adds a command to an existing lefthook.yml", async () => {
    const dir = tree({ "lefthook.yml": "pre-commit:\n  commands:\n    eslint:\n      run: npx eslint {staged_files}\n" }, "protoguard-init-");
    await cli(["init", "--hook", "lefthook"], dir);
    expect(parse(readFileSync(join(dir, "lefthook.yml"), "utf8"))).toEqual({
      "pre-commit": {
        commands: {
          eslint: { run: "npx eslint {staged_files}" },
          protoguard: { glob: "*.{proto,yaml,yml}", run: "npx --no-install protoguard breaking --staged" },
        },
      },
    });
  });

  it("adds a job to a lefthook.yml that uses jobs", async () => {
    const dir = tree({ "lefthook.yml": "pre-commit:\n  jobs:\n    - run: npx eslint\n" }, "protoguard-init-");
    await cli(["init", "--hook", "lefthook"], dir);
    expect(parse(readFileSync(join(dir, "lefthook.yml"), "utf8"))).toEqual({
      "pre-commit": { jobs: [{ run: "npx eslint" }, { name: "protoguard", glob: "*.{proto,yaml,yml}", run: "npx --no-install protoguard breaking --staged" }] },
    });
  });

  it("appends to an existing husky hook, and refuses one that ends in exec", async () => {
    const dir = tree({ ".husky/pre-commit": "npm test\n", "package.json": '{\n    "name": "x"\n}\n' }, "protoguard-init-");
    await cli(["init", "--hook", "husky"], dir);
    expect(readFileSync(join(dir, ".husky/pre-commit"), "utf8")).toBe("npm test\nnpx --no-install protoguard breaking --staged\n");
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe('{\n    "name": "x",\n    "scripts": {\n        "prepare": "husky"\n    }\n}\n');
    const other = tree({ ".husky/pre-commit": "exec lint-staged\n" }, "protoguard-init-");
    const r = await cli(["init", "--hook", "husky"], other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".husky/pre-commit ends in exec, so a line added after it would never run");
  });

  it("chains simple-git-hooks' pre-commit command, and needs a package.json", async () => {
    const dir = tree({ "package.json": JSON.stringify({ name: "x", "simple-git-hooks": { "pre-commit": "npx lint-staged" } }) }, "protoguard-init-");
    await cli(["init", "--hook", "simple-git-hooks"], dir);
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))).toEqual({
      name: "x",
      "simple-git-hooks": { "pre-commit": "npx lint-staged && npx --no-install protoguard breaking --staged" },
    });
    const none = tree({}, "protoguard-init-");
    const r = await cli(["init", "--hook", "simple-git-hooks"], none);
    expect(r).toMatchObject({ code: 2, stderr: "protoguard: simple-git-hooks reads package.json, and there is none here (npm init writes one)\n" });
    expect(existsSync(join(none, "protoguard.yaml"))).toBe(false);
  });

  it("writes the workflow for the schema's root, and refuses to overwrite one", async () => {
    const dir = tree({ "proto/acme/v1/a.proto": A }, "protoguard-init-");
    const r = await cli(["init", "--github-action"], dir);
    expect(r.code, r.stderr).toBe(0);
    const workflow = readFileSync(join(dir, ".github/workflows/protoguard.yml"), "utf8");
    const example = readFileSync(join(ROOT, ".github/workflows/example-protoguard.yml"), "utf8");
    expect(workflow).toBe(example.slice(example.indexOf("name: protoguard")));
    const again = await cli(["init", "--github-action"], dir);
    expect(again).toMatchObject({ code: 2 });
    expect(again.stderr).toContain(".github/workflows/protoguard.yml exists already (--force overwrites it");
    expect(readFileSync(join(dir, ".github/workflows/protoguard.yml"), "utf8")).toBe(workflow);
  });

  it("watches every root, with the input at the top, when there are several", () => {
    const text = workflowText(["api", "schema"]);
    const doc = parse(text) as { on: { pull_request: { paths: string[] } }; jobs: { breaking: { steps: { with?: Record<string, string> }[] } } };
    expect(doc.on.pull_request.paths).toEqual(["api/**", "schema/**", "protoguard.yaml"]);
    expect(doc.jobs.breaking.steps[1]?.with?.["input"]).toBe(".");
  });

  it("--print shows the files and writes nothing", async () => {
    const dir = tree({ "proto/a.proto": A }, "protoguard-init-");
    const r = await cli(["init", "--hook", "lefthook", "--github-action", "--print"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# protoguard\.yaml\n[^]*\n# lefthook\.yml\npre-commit:\n[^]*\n# \.github\/workflows\/protoguard\.yml\nname: protoguard\n/);
    expect(existsSync(join(dir, "protoguard.yaml"))).toBe(false);
    expect(existsSync(join(dir, "lefthook.yml"))).toBe(false);
  });
});

describe("init with hostile directory names", () => {
  it("quotes them in what it prints and in protoguard.yaml, and refuses one GitHub would evaluate", async () => {
    const dir = tree({ "a\u001b[31mb/x.proto": A }, "protoguard-init-");
    const r = await cli(["init"], dir);
    expect(r.stdout).toBe('Wrote protoguard.yaml, with the schema in "a\\u001b[31mb".\n');
    expect(rootsOf(dir)).toEqual(["a\u001b[31mb"]);
    const gh = tree({ "${{ github.token }}/x.proto": A }, "protoguard-init-");
    const w = await cli(["init", "--github-action"], gh);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('the directory "${{ github.token }}" holds "${{": rename it to use it in a workflow');
    expect(existsSync(join(gh, ".github"))).toBe(false);
  });
});

describe("init --hook below the top of a repository", () => {
  it("refuses, naming the top", async () => {
    const dir = tree({ ".git/HEAD": "ref: refs/heads/main\n", "proto/a.proto": A }, "protoguard-init-");
    const r = await cli(["init", "proto", "--hook", "lefthook"], dir);
    expect(r).toMatchObject({ code: 2, stderr: "protoguard: --hook writes files at the top of the git repository, .: run protoguard init there\n" });
    expect(existsSync(join(dir, "proto/lefthook.yml"))).toBe(false);
  });
});
