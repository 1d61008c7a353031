import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  files: string[];
  devDependencies: Record<string, string>;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, [...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const MESSAGE = (extra: string): string => `syntax = "proto3";

package acme.users.v1;

message User {
  string id = 1;
${extra}}
`;

/** An empty project with only the packed tarball installed, as a user installs it. */
let project: string;
let tarball: string;

beforeAll(async () => {
  const packDir = mkdtempSync(join(tmpdir(), "protoguard-pack-"));
  const packed = await run("npm", ["pack", "--pack-destination", packDir, "--json"], ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const name = (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename;
  expect(name).toBe(`protoguard-${PKG.version}.tgz`);
  tarball = join(packDir, name as string);

  project = mkdtempSync(join(tmpdir(), "protoguard-consumer-"));
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "consumer", private: true }, null, 2)}\n`);
  const flags = ["--no-audit", "--no-fund", "--no-package-lock"];
  // The dependencies come from npm's cache when they are in it, else from the registry.
  let installed = await run("npm", ["install", "--offline", ...flags, tarball], project);
  if (installed.code !== 0) {
    console.log(`npm install --offline failed (${installed.stderr.split("\n")[0] ?? ""}); installing from the registry`);
    installed = await run("npm", ["install", "--prefer-offline", ...flags, tarball], project);
  }
  expect(installed.code, installed.stderr).toBe(0);
  write("old/acme/users/v1/user.proto", MESSAGE("  string email = 2;\n"));
  write("proto/acme/users/v1/user.proto", MESSAGE(""));
}, 300_000);

function write(path: string, text: string): void {
  mkdirSync(join(project, path, ".."), { recursive: true });
  writeFileSync(join(project, path), text);
}

describe("the npm package", () => {
  it("ships the build, the rule and reference docs, and no sources, tests or fixtures", async () => {
    const listed = await run("tar", ["-tzf", tarball], ROOT);
    const files = listed.stdout.split("\n").filter((f) => f !== "").map((f) => f.replace(/^package\//, ""));
    expect(files).toContain("dist/cli/protoguard.cjs");
    expect(files).toContain("dist/src/index.d.ts");
    expect(files).toContain("rules/field-no-delete.md");
    expect(files).toContain("docs/suppression-unused.md");
    expect(files).toContain("README.md");
    expect(files).toContain("CHANGELOG.md");
    expect(files).toContain("LICENSE");
    const stray = files.filter((f) => /^(src|test|fixtures|bench|action|scripts)\//.test(f) || f.endsWith(".map") || (f.endsWith(".ts") && !f.endsWith(".d.ts")));
    expect(stray).toEqual([]);
  });

  it("installs without devDependencies and without a build", () => {
    expect(readdirSync(join(project, "node_modules"))).toContain("protoguard");
    for (const dev of Object.keys(PKG.devDependencies)) expect(existsSync(join(project, "node_modules", dev)), dev).toBe(false);
    expect(existsSync(join(project, "node_modules/protoguard/src"))).toBe(false);
    expect(existsSync(join(project, "node_modules/protoguard/dist/cli/protoguard.cjs"))).toBe(true);
  });

  it("npx protoguard --version prints protoguard's own version", async () => {
    const r = await run("npx", ["--no-install", "protoguard", "--version"], project);
    expect(r).toMatchObject({ code: 0, stdout: `${PKG.version}\n` });
  });

  it("npx protoguard breaking finds a deleted field and exits 1", async () => {
    const r = await run("npx", ["--no-install", "protoguard", "breaking", "proto", "--against", "old"], project);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('proto/acme/users/v1/user.proto:5:1  FIELD_NO_DELETE  Field 2 "email" was deleted from message acme.users.v1.User.');
    expect(r.stdout).toContain("1 breaking change in 1 file.");
  });

  it("runs the CLI's code beside its bin through npm's link, cached after the first run, colour loaded only for a coloured run", async () => {
    const cli = join(project, "node_modules/protoguard/dist/cli");
    expect(readdirSync(cli).sort()).toEqual(["protoguard.cjs", "protoguard.code.cjs"]);
    const cache = mkdtempSync(join(tmpdir(), "protoguard-package-cache-"));
    const env = { ...process.env, FORCE_COLOR: "1", NO_COLOR: "", PROTOGUARD_CACHE_DIR: cache, PROTOGUARD_DEBUG_CACHE: "1" };
    const states: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await exec("npx", ["--no-install", "protoguard", "breaking", "proto", "--against", "old"], { cwd: project, env }).catch(
        (err: unknown) => err as { code?: number; stdout?: string; stderr?: string },
      );
      expect("code" in r ? r.code : 0).toBe(1);
      expect(r.stdout).toContain("\u001b[31m");
      states.push(/protoguard: code cache ([\w, ]+)/.exec(r.stderr ?? "")?.[1] ?? `no cache line in ${JSON.stringify(r.stderr)}`);
    }
    expect(states).toEqual(["missing, written", "accepted"]);
  });

  it("npx protoguard explain reads the rule docs shipped in the package", async () => {
    const r = await run("npx", ["--no-install", "protoguard", "explain", "FIELD_NO_DELETE"], project);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith("# FIELD_NO_DELETE\n")).toBe(true);
  });

  it("is importable as a library, with its types", async () => {
    const script = 'import { breaking } from "protoguard"; const r = await breaking({ input: "proto", against: "old" }); console.log(r.findings.map((f) => f.rule).join(","));';
    const r = await run("node", ["--input-type=module", "-e", script], project);
    expect(r).toMatchObject({ code: 0, stdout: "FIELD_NO_DELETE\n" });
    const types = readFileSync(join(project, "node_modules/protoguard/package.json"), "utf8");
    const exported = (JSON.parse(types) as { exports: Record<string, { types?: string }> }).exports["."]?.types;
    expect(exported).toBe("./dist/src/index.d.ts");
    expect(existsSync(join(project, "node_modules/protoguard", exported as string))).toBe(true);
  });
});
