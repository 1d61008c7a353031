import * as nodeAssert from "node:assert";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { AssertionError, notStrictEqual, strictEqual } from "../scripts/lib/yargs-assert.mjs";
import { bundleCli } from "./helpers/bin.js";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");

/** What node:assert's strict comparison says of a pair, as the stand-in must too. */
function throwsWith(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    return err instanceof Error ? `${err.name} ${(err as { code?: string }).code ?? ""}` : String(err);
  }
}

describe("the CLI bundle's node:assert for yargs", () => {
  const pairs: [unknown, unknown][] = [
    [1, 1],
    [1, "1"],
    [undefined, undefined],
    [undefined, null],
    [Number.NaN, Number.NaN],
    [0, -0],
    [true, true],
    [{}, {}],
  ];

  it("compares as node:assert's strictEqual and notStrictEqual do, and fails the same way", () => {
    for (const [a, b] of pairs) {
      const label = `${String(a)} ${String(b)}`;
      expect(throwsWith(() => strictEqual(a, b, "m")), label).toBe(throwsWith(() => nodeAssert.strictEqual(a, b, "m")));
      expect(throwsWith(() => notStrictEqual(a, b, "m")), label).toBe(throwsWith(() => nodeAssert.notStrictEqual(a, b, "m")));
    }
    expect(() => notStrictEqual(undefined, undefined, "frozen is undefined")).toThrow(new AssertionError("frozen is undefined"));
  });
});

describe("the CLI's start", () => {
  let bin: string;
  let probe: string;
  beforeAll(async () => {
    bin = await bundleCli();
    probe = join(mkdtempSync(join(tmpdir(), "protoguard-probe-")), "probe.cjs");
    // Node's list of the modules it loaded, written as the process exits.
    writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, '\\n' + JSON.stringify(process.moduleLoadList)));\n");
  }, 120_000);

  /** The Node modules a run of the bundled CLI loaded. */
  const loaded = async (args: readonly string[]): Promise<string[]> => {
    const run = await exec(process.execPath, ["--require", probe, bin, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } }).catch(
      (err: unknown) => err as { stderr: string },
    );
    const last = run.stderr.trimEnd().split("\n").at(-1) ?? "";
    return (JSON.parse(last) as string[]).filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice("NativeModule ".length));
  };

  it("starts without the ES module loader, loads neither node:child_process nor node:assert to compare two directories, and loads child_process to read git", async () => {
    const dirs = await loaded(["breaking", "fixtures/demo/current", "--against", "fixtures/demo/previous"]);
    expect(dirs).toContain("fs");
    expect(dirs).toContain("crypto");
    expect(dirs).not.toContain("child_process");
    expect(dirs).not.toContain("assert");
    expect(dirs).not.toContain("internal/modules/esm/translators");
    const git = await loaded(["breaking", "fixtures/demo/current", "--against", "HEAD:fixtures/demo/previous"]);
    expect(git).toContain("child_process");
    expect(git).not.toContain("assert");
  });
});
