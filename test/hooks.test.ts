import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "./helpers/bin.js";
import { TestRepo } from "./helpers/git.js";
import { cli } from "./helpers/tree.js";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");

function installed(command: string): boolean {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const HAS_PRE_COMMIT = installed("pre-commit");
if (!HAS_PRE_COMMIT && process.env["CI"]) {
  throw new Error("pre-commit is not installed: .ci/run installs it (apt-get install pre-commit)");
}

const USER = `syntax = "proto3";

package acme.users.v1;

message User {
  string id = 1;
  string email = 2;
  string name = 3;
}
`;
const WITHOUT_EMAIL = USER.replace("  string email = 2;\n", "");
const WITH_PHONE = USER.replace("  string name = 3;\n", "  string name = 3;\n  string phone = 4;\n");

/** The CLI bundled into one file, as fresh as the sources: what the hooks run in place of an installed protoguard. */
let bin: string;

beforeAll(async () => {
  bin = await bundleCli();
});

interface Commit {
  code: number;
  output: string;
}

/** `git commit` as a person runs it, hooks and all; the exit code and what it printed. */
async function commit(repo: TestRepo, env: NodeJS.ProcessEnv, ...args: string[]): Promise<Commit> {
  try {
    const { stdout, stderr } = await run("git", ["commit", ...args], { cwd: repo.dir, env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}

/** A repository with proto/acme/users/v1/user.proto committed, and nothing staged. */
function schemaRepo(): TestRepo {
  const repo = new TestRepo();
  repo.write({ "proto/acme/users/v1/user.proto": USER, "README.md": "users\n" });
  repo.commit("users");
  return repo;
}

type Setup = () => { repo: TestRepo; env: NodeJS.ProcessEnv } | Promise<{ repo: TestRepo; env: NodeJS.ProcessEnv }>;

/** The three cases every hook must get right; `env` is what git commit runs with. */
function hookCases(setup: Setup, hookRan: RegExp): void {
  it("refuses a commit that deletes a field, printing the finding", async () => {
    const { repo, env } = await setup();
    const head = repo.git("rev-parse", "HEAD");
    repo.write({ "proto/acme/users/v1/user.proto": WITHOUT_EMAIL });
    repo.git("add", "-A");
    const result = await commit(repo, env, "-m", "drop email");
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('FIELD_NO_DELETE  Field 2 "email" was deleted from message acme.users.v1.User.');
    expect(result.output).toContain("proto/acme/users/v1/user.proto:5:1");
    expect(repo.git("rev-parse", "HEAD")).toBe(head);
  });

  it("lets a commit that only adds a field through", async () => {
    const { repo, env } = await setup();
    const head = repo.git("rev-parse", "HEAD");
    repo.write({ "proto/acme/users/v1/user.proto": WITH_PHONE });
    repo.git("add", "-A");
    const result = await commit(repo, env, "-m", "add phone");
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(hookRan);
    expect(repo.git("rev-parse", "HEAD^")).toBe(head);
  });

  it("is not blocked by breaking edits that are not staged, and leaves them in place", async () => {
    const { repo, env } = await setup();
    repo.write({ "proto/acme/users/v1/user.proto": WITH_PHONE });
    repo.git("add", "-A");
    repo.write({ "proto/acme/users/v1/user.proto": WITHOUT_EMAIL.replace("package", "// unstaged\npackage") });
    const result = await commit(repo, env, "-m", "add phone");
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(hookRan);
    expect(repo.git("show", "HEAD:proto/acme/users/v1/user.proto")).toBe(WITH_PHONE.trimEnd());
    expect(readFileSync(repo.path("proto/acme/users/v1/user.proto"), "utf8")).toContain("// unstaged");
  });
}

describe.skipIf(!HAS_PRE_COMMIT)("the pre-commit framework with the protoguard-breaking hook", () => {
  /**
   * The hook as .pre-commit-hooks.yaml declares it, as a `repo: local` hook:
   * `language: node` would have pre-commit install protoguard from the npm
   * registry into its own environment, so the test runs the same entry with
   * `language: system` on the freshly bundled CLI. Every other field is the
   * manifest's own line.
   */
  function localConfig(): string {
    const manifest = readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8");
    const hook = manifest.slice(manifest.indexOf("- id: protoguard-breaking"));
    const field = (name: string): string => {
      const match = new RegExp(`^ {2}${name}: (.+)$`, "m").exec(hook);
      if (!match) throw new Error(`.pre-commit-hooks.yaml has no ${name}`);
      return match[1] as string;
    };
    expect(field("entry")).toBe("protoguard breaking --staged");
    expect(field("language")).toBe("node");
    return [
      "repos:",
      "  - repo: local",
      "    hooks:",
      "      - id: protoguard-breaking",
      `        name: ${field("name")}`,
      `        entry: node ${bin} breaking --staged`,
      "        language: system",
      `        files: ${field("files")}`,
      `        pass_filenames: ${field("pass_filenames")}`,
      `        require_serial: ${field("require_serial")}`,
      "",
    ].join("\n");
  }

  const home = mkdtempSync(join(tmpdir(), "protoguard-pre-commit-home-"));
  const env = { PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: "never" };

  function setup(): { repo: TestRepo; env: NodeJS.ProcessEnv } {
    const repo = schemaRepo();
    repo.write({ ".pre-commit-config.yaml": localConfig() });
    repo.git("add", ".pre-commit-config.yaml");
    repo.git("commit", "-q", "-m", "pre-commit");
    execFileSync("pre-commit", ["install"], { cwd: repo.dir, env: { ...process.env, ...env }, stdio: "ignore" });
    return { repo, env };
  }

  hookCases(setup, /protoguard breaking \(staged \.proto changes against HEAD\)\.+Passed/);

  it("runs on a staged config file, and skips commits without .proto or config changes", async () => {
    const { repo } = setup();
    repo.write({ "protoguard.yaml": "use: [FILE]\n" });
    repo.git("add", "-A");
    const config = await commit(repo, env, "-m", "config");
    expect(config.code, config.output).toBe(0);
    expect(config.output).toMatch(/against HEAD\)\.+Passed/);
    repo.write({ "README.md": "users, again\n" });
    repo.git("add", "-A");
    const readme = await commit(repo, env, "-m", "readme");
    expect(readme.output).toMatch(/against HEAD\)\.+\(no files to check\)Skipped/);
  });
});

describe("a plain .git/hooks/pre-commit script", () => {
  function setup(): { repo: TestRepo; env: NodeJS.ProcessEnv } {
    const repo = schemaRepo();
    // The script docs/integrations.md shows, with the bundled CLI in place of npx protoguard.
    const doc = readFileSync(join(ROOT, "docs/integrations.md"), "utf8");
    const script = /```sh\n(#!\/bin\/sh\n# \.git\/hooks\/pre-commit[^`]*?)```/.exec(doc)?.[1];
    expect(script, "docs/integrations.md shows the plain hook script").toBeDefined();
    const hook = repo.path(".git/hooks/pre-commit");
    writeFileSync(hook, (script as string).replace("npx --no-install protoguard", `node ${bin}`));
    chmodSync(hook, 0o755);
    return { repo, env: {} };
  }

  hookCases(setup, /\[main [0-9a-f]+\] add phone/);

  it("checks what git commit -a is about to record", async () => {
    const { repo } = setup();
    repo.write({ "proto/acme/users/v1/user.proto": WITHOUT_EMAIL });
    const result = await commit(repo, {}, "-a", "-m", "drop email");
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("FIELD_NO_DELETE");
  });
});

/**
 * protoguard installed in a repository as npm installs it, so that the hook
 * files run `npx --no-install protoguard` exactly as init writes them: a
 * package whose bin is the freshly bundled CLI.
 */
function installProtoguard(repo: TestRepo): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  repo.write({
    "node_modules/protoguard/package.json": JSON.stringify({ name: "protoguard", version: pkg.version, type: "module", bin: { protoguard: "cli.mjs" } }),
    "node_modules/protoguard/cli.mjs": `#!/usr/bin/env node\nimport ${JSON.stringify(bin)};\n`,
    ".gitignore": "node_modules/\n",
  });
  chmodSync(repo.path("node_modules/protoguard/cli.mjs"), 0o755);
  mkdirSync(repo.path("node_modules/.bin"), { recursive: true });
  symlinkSync("../protoguard/cli.mjs", repo.path("node_modules/.bin/protoguard"));
}

/** A schema repository set up by `protoguard init --hook KIND`, with the files init wrote committed. */
async function initRepo(kind: string, packageJson: boolean): Promise<TestRepo> {
  const repo = schemaRepo();
  installProtoguard(repo);
  if (packageJson) repo.write({ "package.json": `${JSON.stringify({ name: "apis", private: true }, null, 2)}\n` });
  const init = await cli(["init", "--hook", kind], repo.dir);
  expect(init.code, init.stderr).toBe(0);
  expect(init.stdout).toContain("Wrote protoguard.yaml, with the schema in proto.");
  repo.commit(`protoguard init --hook ${kind}`);
  return repo;
}

/** The PATH a hook runs with: the test's own node_modules/.bin, where husky is. */
const TOOLS_PATH = { PATH: `${join(ROOT, "node_modules/.bin")}:${process.env["PATH"] ?? ""}` };

describe("the husky hook init writes", () => {
  async function setup(): Promise<{ repo: TestRepo; env: NodeJS.ProcessEnv }> {
    const repo = await initRepo("husky", true);
    expect(readFileSync(repo.path(".husky/pre-commit"), "utf8")).toBe("npx --no-install protoguard breaking --staged\n");
    expect(JSON.parse(readFileSync(repo.path("package.json"), "utf8"))).toMatchObject({ scripts: { prepare: "husky" } });
    // What `npm install` runs through the prepare script.
    execFileSync("node", [join(ROOT, "node_modules/husky/bin.js")], { cwd: repo.dir, stdio: "ignore" });
    expect(repo.git("config", "core.hooksPath")).toBe(".husky/_");
    return { repo, env: {} };
  }

  hookCases(setup, /\[main [0-9a-f]+\] add phone/);
});

/**
 * lefthook is installed into a folder of its own (its npm package runs a binary
 * from an optional dependency for the platform, which a lock file made on
 * one platform cannot list for all of them); .ci/run puts it in npm's cache.
 */
const LEFTHOOK = "lefthook@2.2.4";
const LEFTHOOK_DIR = join(tmpdir(), "protoguard-test-tools", "lefthook-2.2.4");
const LEFTHOOK_PATH = { PATH: `${join(LEFTHOOK_DIR, "node_modules/.bin")}:${TOOLS_PATH.PATH}` };
const lefthookMissing = ((): string | undefined => {
  try {
    if (!existsSync(join(LEFTHOOK_DIR, "node_modules/.bin/lefthook"))) {
      mkdirSync(LEFTHOOK_DIR, { recursive: true });
      execFileSync("npm", ["install", "--prefix", LEFTHOOK_DIR, "--no-save", "--prefer-offline", "--no-audit", "--no-fund", LEFTHOOK], {
        stdio: "ignore",
        env: { ...process.env, CI: "true" },
      });
    }
    execFileSync(join(LEFTHOOK_DIR, "node_modules/.bin/lefthook"), ["version"], { stdio: "ignore" });
    return undefined;
  } catch {
    return `${LEFTHOOK} is neither in npm's cache nor reachable on the registry, or has no binary for ${process.platform}-${process.arch}`;
  }
})();
if (lefthookMissing && process.env["CI"]) throw new Error(`${lefthookMissing}: .ci/run adds it to npm's cache`);
if (lefthookMissing) console.log(`Skipping the lefthook tests: ${lefthookMissing}.`);

describe.skipIf(lefthookMissing !== undefined)("the lefthook hook init writes", () => {
  async function setup(): Promise<{ repo: TestRepo; env: NodeJS.ProcessEnv }> {
    const repo = await initRepo("lefthook", false);
    execFileSync(join(LEFTHOOK_DIR, "node_modules/.bin/lefthook"), ["install"], { cwd: repo.dir, stdio: "ignore", env: { ...process.env, ...LEFTHOOK_PATH } });
    return { repo, env: { ...LEFTHOOK_PATH, NO_COLOR: "1" } };
  }

  hookCases(setup, /protoguard/);
});

/** simple-git-hooks is run with npx (its install script would set hooks in protoguard's own repository if it were a devDependency). */
const SIMPLE_GIT_HOOKS = ["exec", "--yes", "--prefer-offline", "--package", "simple-git-hooks@2.14.0", "--", "simple-git-hooks"];
const simpleGitHooksMissing = ((): string | undefined => {
  try {
    execFileSync("npm", ["exec", "--yes", "--prefer-offline", "--package", "simple-git-hooks@2.14.0", "--", "node", "-e", ""], { stdio: "ignore", cwd: tmpdir() });
    return undefined;
  } catch {
    return "simple-git-hooks@2.14.0 is neither in npm's cache nor reachable on the registry";
  }
})();
if (simpleGitHooksMissing && process.env["CI"]) throw new Error(`${simpleGitHooksMissing}: .ci/run adds it to npm's cache`);
if (simpleGitHooksMissing) console.log(`Skipping the simple-git-hooks tests: ${simpleGitHooksMissing}.`);

describe.skipIf(simpleGitHooksMissing !== undefined)("the simple-git-hooks hook init writes", () => {
  async function setup(): Promise<{ repo: TestRepo; env: NodeJS.ProcessEnv }> {
    const repo = await initRepo("simple-git-hooks", true);
    expect(JSON.parse(readFileSync(repo.path("package.json"), "utf8"))).toMatchObject({
      "simple-git-hooks": { "pre-commit": "npx --no-install protoguard breaking --staged" },
    });
    execFileSync("npm", SIMPLE_GIT_HOOKS, { cwd: repo.dir, stdio: "ignore" });
    return { repo, env: {} };
  }

  hookCases(setup, /\[main [0-9a-f]+\] add phone/);
});
