import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { main } from "../src/cli/main.js";
import { FAIL_ON } from "../src/run/outcome.js";
import { bundleCli } from "./helpers/bin.js";
import { cli, proto, tree } from "./helpers/tree.js";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const OWN = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const DEMO = ["breaking", "fixtures/demo/current", "--against", "fixtures/demo/previous"];

/**
 * A host project with protoguard installed as a dependency:
 * host/package.json (the host's own version) and
 * host/node_modules/protoguard/{package.json, dist/bin.cjs}.
 */
let host: string;
let bin: string;

beforeAll(async () => {
  host = mkdtempSync(join(tmpdir(), "protoguard-host-"));
  writeFileSync(join(host, "package.json"), JSON.stringify({ name: "host-app", version: "9.9.9" }));
  const installed = join(host, "node_modules", "protoguard");
  mkdirSync(join(installed, "dist"), { recursive: true });
  copyFileSync(join(ROOT, "package.json"), join(installed, "package.json"));
  bin = await bundleCli(join(installed, "dist", "bin.cjs"));
});

/** Runs a shell line with $BIN set to the bundled CLI, in the host project. */
async function shell(line: string): Promise<{ stdout: string }> {
  return run("bash", ["-c", line], { cwd: host, env: { ...process.env, BIN: bin } });
}

describe("protoguard installed as a dependency", () => {
  it("--version prints protoguard's own version, not the host project's", async () => {
    const { stdout } = await run(process.execPath, [bin, "--version"], { cwd: host });
    expect(OWN.version).not.toBe("9.9.9");
    expect(stdout.trim()).toBe(OWN.version);
  });

  it("ends quietly when the reader of its output goes away", async () => {
    for (const command of ["rules", "explain WIRE", `breaking ${ROOT}/fixtures/demo/current --against ${ROOT}/fixtures/demo/previous`]) {
      const { stdout } = await shell(`set -o pipefail; node "$BIN" ${command} 2>err.txt | head -c 10; echo " status=$?"`);
      expect(stdout, command).toMatch(/^.{10} status=(0|1|141)\n$/s);
      expect(readFileSync(join(host, "err.txt"), "utf8"), command).toBe("");
    }
  });
});

describe("standard output that cannot be written", () => {
  const full = existsSync("/dev/full");
  if (!full) console.log("skipped: /dev/full (a device every write to fails with ENOSPC) does not exist here");
  it.skipIf(!full)("is one line and exit 2, not a stack trace", async () => {
    const { stdout } = await shell(`node "$BIN" explain WIRE >/dev/full 2>err.txt; echo "status=$?"`);
    expect(stdout).toBe("status=2\n");
    expect(readFileSync(join(host, "err.txt"), "utf8")).toBe("protoguard: cannot write to standard output: ENOSPC: no space left on device, write\n");
  });
});

describe("--fail-on", () => {
  it("takes the values the Action takes, never included", async () => {
    expect([...FAIL_ON]).toEqual(["error", "warning", "never"]);
    const never = await cli([...DEMO, "--fail-on", "never"], ROOT);
    expect(never.stdout).toContain("FIELD_NO_DELETE");
    expect(never.code).toBe(0);
    expect((await cli([...DEMO, "--fail-on", "error"], ROOT)).code).toBe(1);
    const bad = await cli([...DEMO, "--fail-on", "sometimes"], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("never");
  });
});

describe("protoguard explain", () => {
  it("explains a category and lists exactly its rules", async () => {
    const { code, stdout } = await cli(["explain", "wire"], ROOT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# WIRE\n\nOnly the binary encoding/);
    const listed = [...stdout.matchAll(/^ {4}([A-Z_0-9]+) /gm)].map((m) => m[1]);
    const wire = RULES.filter((r) => r.categories.includes("WIRE")).map((r) => r.id);
    expect(wire.length).toBeGreaterThan(5);
    expect(listed).toEqual(wire);
    expect(stdout).not.toContain("FIELD_SAME_NAME ");
  });

  it("without a name, says in its own words what it takes", async () => {
    const { code, stdout, stderr } = await cli(["explain"], ROOT);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("explain needs a rule ID or a category");
    expect(stderr).not.toMatch(/non-option arguments/);
  });
});

describe("arguments as given", () => {
  it("names an extra positional as typed, not as a flag", async () => {
    const { code, stderr } = await cli(["breaking", "fixtures/demo/current", "5e218d9"], ROOT);
    expect(code).toBe(2);
    expect(stderr).toContain('unexpected argument "5e218d9"');
    expect(stderr).not.toContain("--5e218d9");
  });

  it("still names a mistyped flag as a flag", async () => {
    const { stderr } = await cli([...DEMO, "--formt", "json"], ROOT);
    expect(stderr).toContain("unknown option: --formt (did you mean --format?)");
  });
});

describe("counts", () => {
  const OLD = proto("acme.one.v1", "message A {\n  string a = 1;\n  string b = 2;\n}");
  const NEW = proto("acme.one.v1", "message A {\n  string a = 1;\n}");

  it("says 1 file and 1 breaking change in the singular", async () => {
    const dir = tree({ "old/a.proto": OLD, "new/a.proto": NEW });
    const { code, stdout } = await cli(["breaking", "new", "--against", "old"], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/against old \(directory\), 1 file, rules:/);
    expect(stdout).toContain("\n1 breaking change in 1 file.");
    expect(stdout).not.toMatch(/\b1 (files|breaking changes)\b/);
  });

  it("says 2 files in the plural, and 1 file for a snapshot and for lint", async () => {
    const dir = tree({ "old/a.proto": OLD, "old/b.proto": proto("acme.one.v1", "message B {}"), "new/a.proto": NEW, "new/b.proto": proto("acme.one.v1", "message B {}") });
    expect((await cli(["breaking", "new", "--against", "old"], dir)).stdout).toMatch(/, 2 files, rules:/);
    const snap = await cli(["snapshot", "new/..", "-o", "s.json"], join(dir, "old"));
    expect(snap.stdout).toMatch(/^Wrote s\.json: 2 files of /);
    const one = tree({ "a.proto": NEW });
    expect((await cli(["snapshot", ".", "-o", "s.json"], one)).stdout).toMatch(/^Wrote s\.json: 1 file of /);
    expect((await cli(["lint", "."], one)).stdout).toMatch(/^No problems: 1 file checked/);
  });
});

describe("an internal error", () => {
  async function failing(env: NodeJS.ProcessEnv) {
    let stderr = "";
    const code = await main(["rules"], {
      stdout: {
        write: () => {
          throw new Error("disk on fire");
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd: ROOT,
    });
    return { code, stderr };
  }

  it("prints one line asking for a bug report, and exits 2", async () => {
    const { code, stderr } = await failing({});
    expect(code).toBe(2);
    expect(stderr).toMatch(/^protoguard: internal error \(disk on fire\); please report it at https:\/\/github\.com\/protoguard\/protoguard\/issues .*\n$/);
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the stack with PROTOGUARD_DEBUG=1", async () => {
    const { code, stderr } = await failing({ PROTOGUARD_DEBUG: "1" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
