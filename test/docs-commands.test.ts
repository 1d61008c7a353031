import { execFile, execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { fromJsonString, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "../src/config/find.js";
import { CATALOGUE } from "../src/run/catalogue.js";
import { HOOK_COMMAND } from "../src/run/init/index.js";
import { HOMEPAGE } from "../src/report/links.js";
import { bundleCli } from "./helpers/bin.js";
import { TestRepo } from "./helpers/git.js";

/**
 * Every ```sh block of the README and docs/ is run: each line that runs
 * protoguard (`protoguard …`, `npx protoguard …`, `npx --no-install
 * protoguard …`) runs with `sh -c` against a prepared repository, with
 * `protoguard` mapped to the CLI bundled from the sources.
 *
 * An HTML comment on the line before a block says what the text says of it:
 *   <!-- docs-test: exit=1 contains="FIELD_NO_DELETE" -->  each line exits 1 and prints that
 *   <!-- docs-test: skip="why" -->                         not run; the reason is printed
 *   <!-- docs-test: cwd=proto -->                          run in that directory of the repository
 * Without one, each line must exit 0 or 1 (a finding is not an error; a usage
 * or input error, exit 2, is). A line of another program in a block without
 * `skip` fails the test: the docs show no command that is not run.
 *
 * The prepared repository holds the demo API (fixtures/demo) in proto/: its
 * previous version on `main` (tagged v1.4.0, and on the remote `origin`), the
 * current one checked out on a branch; protoguard.yaml (`roots: [proto]`, as
 * `protoguard init` writes it) is in both commits, except for blocks that run
 * `protoguard init`, which get the repository without it. The next version
 * has approvals.yaml (fixtures/demo/approvals.yaml), an approvals file under
 * a name that is not the default, so only commands naming it use it. Beside the
 * repository: ../v1.4.0/proto, and in it released.binpb and proto.lock.json
 * (the previous version as a descriptor set and a snapshot).
 */

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

interface Directives {
  skip?: string;
  cwd?: string;
  exit?: number;
  contains?: string;
}

interface Block {
  file: string;
  line: number;
  lines: string[];
  directives: Directives;
}

/** `key="value"` and `key=value` pairs of a docs-test comment; `\"` escapes a quote. */
function directives(comment: string): Directives {
  const out: Directives = {};
  for (const m of comment.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] as string);
    if (m[1] === "skip") out.skip = value;
    else if (m[1] === "exit") out.exit = Number(value);
    else if (m[1] === "contains") out.contains = value;
    else if (m[1] === "cwd") out.cwd = value;
    else throw new Error(`unknown docs-test directive ${m[1]}`);
  }
  return out;
}

function shBlocks(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as string).startsWith("```")) continue;
    const lang = (lines[i] as string).slice(3).trim();
    const start = i;
    i++;
    const body: string[] = [];
    while (i < lines.length && !(lines[i] as string).startsWith("```")) body.push(lines[i++] as string);
    if (lang !== "sh") continue;
    const before = lines[start - 1] ?? "";
    const comment = /^<!-- docs-test: (.*) -->$/.exec(before)?.[1];
    blocks.push({ file, line: start + 1, lines: body, directives: comment === undefined ? {} : directives(comment) });
  }
  return blocks;
}

const PROTOGUARD_LINE = /^(?:npx (?:--no-install )?)?protoguard(?=\s|$)/;
const BLOCKS = DOCS.flatMap(shBlocks);
const skipped = BLOCKS.filter((b) => b.directives.skip !== undefined);
for (const b of skipped) console.log(`Not run: ${b.file}:${b.line}: ${b.directives.skip}`);

let workspaces: { configured: string; fresh: string };
let binDir: string;

/** The demo API's two versions in one repository, as the module comment describes. */
function prepare(withConfig: boolean, bin: string): string {
  const ws = mkdtempSync(join(tmpdir(), "protoguard-docs-ws-"));
  const repo = new TestRepo(join(ws, "repo"));
  mkdirSync(repo.dir);
  repo.git("init", "-q", "-b", "main");
  repo.git("config", "user.name", "Protoguard Test");
  repo.git("config", "user.email", "test@protoguard.invalid");
  const config = withConfig ? { "protoguard.yaml": "roots:\n  - proto\n" } : {};
  repo.copy(join(ROOT, "fixtures/demo/previous"), "proto").write({ ...config, ".gitignore": "*.json\n*.binpb\n*.sarif\n" });
  repo.commit("the released API");
  repo.git("tag", "v1.4.0");
  repo.git("clone", "-q", "--bare", ".", "../origin.git");
  repo.git("remote", "add", "origin", "../origin.git");
  repo.git("fetch", "-q", "origin");
  repo.git("checkout", "-q", "-b", "next");
  repo.copy(join(ROOT, "fixtures/demo/current"), "proto");
  cpSync(join(ROOT, "fixtures/demo/approvals.yaml"), join(repo.dir, "approvals.yaml"));
  repo.commit("the next version");
  cpSync(join(ROOT, "fixtures/demo/previous"), join(ws, "v1.4.0/proto"), { recursive: true });
  const lock = join(repo.dir, "proto.lock.json");
  execFileSync("node", [bin, "snapshot", "../v1.4.0/proto", "-o", lock], { cwd: repo.dir });
  const set = fromJsonString(FileDescriptorSetSchema, readFileSync(lock, "utf8"));
  writeFileSync(join(repo.dir, "released.binpb"), toBinary(FileDescriptorSetSchema, set));
  return ws;
}

beforeAll(async () => {
  const bin = await bundleCli();
  binDir = mkdtempSync(join(tmpdir(), "protoguard-docs-bin-"));
  writeFileSync(join(binDir, "protoguard"), `#!/bin/sh\nexec node ${JSON.stringify(bin)} "$@"\n`);
  chmodSync(join(binDir, "protoguard"), 0o755);
  workspaces = { configured: prepare(true, bin), fresh: prepare(false, bin) };
});

interface Ran {
  code: number;
  output: string;
}

async function sh(command: string, cwd: string): Promise<Ran> {
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("GITHUB_"))),
    PATH: `${binDir}:${process.env["PATH"] ?? ""}`,
    NO_COLOR: "1",
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main",
  };
  try {
    const { stdout, stderr } = await run("sh", ["-c", command], { cwd, env, maxBuffer: 64 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, output: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}

describe("the commands in the README and docs/", () => {
  it("finds the blocks, and every block is run or says why not", () => {
    expect(BLOCKS.length).toBeGreaterThan(10);
    for (const b of BLOCKS) {
      if (b.directives.skip !== undefined) continue;
      for (const line of b.lines) {
        if (line.trim() === "" || line.trim().startsWith("#")) continue;
        expect(line, `${b.file}:${b.line} shows a command that is not protoguard's without a docs-test skip`).toMatch(PROTOGUARD_LINE);
      }
    }
  });

  const runnable = BLOCKS.filter((b) => b.directives.skip === undefined);
  it.each(runnable.map((b) => [`${b.file}:${b.line}`, b] as const))("%s", async (_where, block) => {
    const commands = block.lines.filter((l) => PROTOGUARD_LINE.test(l));
    const ws = mkdtempSync(join(tmpdir(), "protoguard-docs-run-"));
    const fresh = commands.some((c) => /protoguard init\b/.test(c));
    cpSync(fresh ? workspaces.fresh : workspaces.configured, ws, { recursive: true });
    for (const command of commands) {
      const r = await sh(command.replace(PROTOGUARD_LINE, "protoguard"), join(ws, "repo", block.directives.cwd ?? "."));
      const what = `${block.file}:${block.line}: ${command}\n${r.output}`;
      if (block.directives.exit !== undefined) expect(r.code, what).toBe(block.directives.exit);
      else expect([0, 1], what).toContain(r.code);
      if (block.directives.contains !== undefined) expect(r.output, what).toContain(block.directives.contains);
    }
  });
});

describe("the hook files the docs show", () => {
  const integrations = readFileSync(join(ROOT, "docs/integrations.md"), "utf8");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("are what protoguard init writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-docs-init-"));
    writeFileSync(join(dir, "package.json"), "{}\n");
    const files: Record<string, string> = {};
    for (const kind of ["pre-commit", "husky", "lefthook", "simple-git-hooks"]) {
      const r = await sh(`protoguard init --hook ${kind} --print`, dir);
      expect(r.code, r.output).toBe(0);
      for (const part of r.output.split(/^# (?=\S+\n)/m).slice(1)) {
        const newline = part.indexOf("\n");
        files[part.slice(0, newline)] = part.slice(newline + 1);
      }
    }
    const yamlAfter = (text: string, intro: string): string | undefined =>
      new RegExp(`${intro}[^]*?\`\`\`yaml\\n([^]*?)\`\`\``).exec(text)?.[1];
    expect(yamlAfter(readme, "writes this `.pre-commit-config.yaml`")).toBe(files[".pre-commit-config.yaml"]);
    expect(yamlAfter(integrations, "framework, in `.pre-commit-config.yaml`:")).toBe(files[".pre-commit-config.yaml"]);
    expect(yamlAfter(integrations, "in `lefthook.yml`:")).toBe(files["lefthook.yml"]);
    expect(/in `\.husky\/pre-commit`[^]*?```sh\n([^]*?)```/.exec(integrations)?.[1]).toBe(files[".husky/pre-commit"]);
    expect(files[".husky/pre-commit"]).toBe(`${HOOK_COMMAND}\n`);
    const simple = /```json\n(\{\n {2}"simple-git-hooks"[^]*?)```/.exec(integrations)?.[1];
    const written: unknown = JSON.parse(files["package.json"] ?? "null");
    const hooks = typeof written === "object" && written !== null && "simple-git-hooks" in written ? written["simple-git-hooks"] : undefined;
    expect(JSON.parse(simple ?? "null")).toEqual({ "simple-git-hooks": hooks });
  });
});

describe("the sample output in the README", () => {
  it("is what the quick start's command prints", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const sample = /the source\nline, where the element was, and a fix that keeps old clients working:\n\n```text\n([^]*?)```/.exec(readme)?.[1];
    expect(sample, "README.md shows a sample finding").toBeDefined();
    const r = await sh("protoguard breaking proto --against main", join(workspaces.configured, "repo"));
    expect(r.code).toBe(1);
    for (const line of (sample as string).split("\n").filter((l) => l !== "")) expect(r.output).toContain(`${line}\n`);
  });
});

describe("the repository's name", () => {
  it("is protoguard/protoguard wherever the docs, the manifests and the package name it", () => {
    const files = [...DOCS, "action.yml", ".pre-commit-hooks.yaml", ".github/workflows/example-protoguard.yml", "CHANGELOG.md", "package.json"];
    const named = files.flatMap((f) =>
      [...readFileSync(join(ROOT, f), "utf8").matchAll(/github\.com\/([\w.-]+\/[\w.-]*protoguard[\w.-]*)|github:([\w.-]+\/[\w.-]+)|uses: ([\w.-]+\/[\w.-]*protoguard[\w.-]*)@/g)].map(
        (m) => `${f}: ${(m[1] ?? m[2] ?? m[3] ?? "").replace(/\.git$/, "")}`,
      ),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((n) => !n.endsWith(": protoguard/protoguard"))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { homepage: string; repository: { url: string }; bugs: { url: string } };
    expect(pkg.homepage).toBe(`${HOMEPAGE}#readme`);
    expect(pkg.repository.url).toBe(`git+${HOMEPAGE}.git`);
    expect(pkg.bugs.url).toBe(`${HOMEPAGE}/issues`);
  });
});

describe("the configuration the docs show", () => {
  it.each([
    ["README.md", "```yaml\n(use: \\[WIRE_JSON\\][^]*?)```", ["WIRE_JSON"]],
    ["docs/configuration.md", "```yaml\n(# protoguard\\.yaml \\(every key is optional\\)\n[^]*?)```", ["FILE", "VERSIONING"]],
  ])("%s reads as a valid protoguard.yaml", (file, pattern, use) => {
    const text = new RegExp(pattern).exec(readFileSync(join(ROOT, file), "utf8"))?.[1];
    expect(text, `${file} shows a protoguard.yaml`).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "protoguard-docs-config-"));
    writeFileSync(join(dir, "protoguard.yaml"), text as string);
    const config = loadConfigFile(join(dir, "protoguard.yaml"), dir, CATALOGUE);
    expect(config.format).toBe("protoguard");
    expect(config.fallback.breaking.use?.map((u) => u.name)).toEqual(use);
  });
});
