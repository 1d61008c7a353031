import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./helpers/git.js";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const SCRIPT = join(ROOT, "scripts/release.mjs");

const CHANGELOG = (version: string): string =>
  `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-07\n\n### Added\n\n- Everything.\n\n[Unreleased]: https://example.invalid/compare/v${version}...HEAD\n[${version}]: https://example.invalid/releases/tag/v${version}\n`;

/** A released-looking package in a repository; its derived-files script writes `derived` (a file committed with that text). */
function project(version: string, changelog: string, derived = "one"): TestRepo {
  const repo = new TestRepo();
  const pkg = { name: "p", version, scripts: { generate: `node -e "require('fs').writeFileSync('derived.txt', '${derived}')"` } };
  repo.write({ "package.json": `${JSON.stringify(pkg, null, 2)}\n`, "CHANGELOG.md": changelog, "derived.txt": "one" });
  repo.commit("release");
  return repo;
}

async function release(repo: TestRepo, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [SCRIPT, ...args], { cwd: repo.dir });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: (e.stdout ?? "") + (e.stderr ?? "") };
  }
}

describe("npm run release", () => {
  it("is scripts/release.mjs, and protoguard's own CHANGELOG.md has an entry for its version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; scripts: Record<string, string> };
    expect(pkg.scripts["release"]).toBe("node scripts/release.mjs");
    const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replaceAll(".", "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
    expect(changelog).toContain("## [Unreleased]");
  });

  it("tags vX.Y.Z and the moving major tag on HEAD, and pushes nothing", async () => {
    const repo = project("1.2.3", CHANGELOG("1.2.3"));
    const r = await release(repo);
    expect(r.code, r.out).toBe(0);
    const head = repo.git("rev-parse", "HEAD");
    expect(repo.git("rev-parse", "v1.2.3^{commit}")).toBe(head);
    expect(repo.git("rev-parse", "v1^{commit}")).toBe(head);
    expect(r.out).toContain("git push origin v1.2.3 && git push --force origin v1");
    expect(repo.git("remote")).toBe("");
  });

  it("moves the major tag to the next release", async () => {
    const repo = project("1.2.3", CHANGELOG("1.2.3"));
    expect((await release(repo)).code).toBe(0);
    repo.write({ "package.json": readFileSync(repo.path("package.json"), "utf8").replace("1.2.3", "1.3.0"), "CHANGELOG.md": CHANGELOG("1.3.0") });
    const next = repo.commit("1.3.0");
    const r = await release(repo);
    expect(r.code, r.out).toBe(0);
    expect(repo.git("rev-parse", "v1^{commit}")).toBe(next);
    expect(repo.git("rev-parse", "v1.2.3^{commit}")).not.toBe(next);
  });

  it("with --dry-run prints the tags and makes none", async () => {
    const repo = project("0.1.0", CHANGELOG("0.1.0"));
    const r = await release(repo, "--dry-run");
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("git tag -a v0.1.0");
    expect(r.out).toContain("git tag -f -a v1");
    expect(repo.git("tag")).toBe("");
  });

  it.each([
    ["a version that is not semver", () => project("1.2", CHANGELOG("1.2")), 'version "1.2" is not a semantic version'],
    ["a changelog without the version", () => project("1.2.4", CHANGELOG("1.2.3")), "CHANGELOG.md's top entry is 1.2.3, package.json's version is 1.2.4"],
    [
      "a dirty tree",
      () => project("1.2.3", CHANGELOG("1.2.3")).write({ "new.txt": "x" }),
      "the work tree has uncommitted changes",
    ],
    [
      "an existing tag",
      () => {
        const repo = project("1.2.3", CHANGELOG("1.2.3"));
        repo.git("tag", "v1.2.3");
        return repo;
      },
      "the tag v1.2.3 exists already",
    ],
    ["stale derived files", () => project("1.2.3", CHANGELOG("1.2.3"), "two"), "npm run generate changed files that are committed"],
  ])("refuses %s, with exit 1 and no tag", async (_what, make, message) => {
    const repo = make();
    const tags = repo.git("tag");
    const r = await release(repo);
    expect(r.code).toBe(1);
    expect(r.out).toContain(message);
    expect(repo.git("tag")).toBe(tags);
  });
});
