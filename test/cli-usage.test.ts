import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../src/cli/main.js";
import { ruleSlug } from "../src/model/rule.js";

const ROOT = resolve(import.meta.dirname, "..");
const DEMO = ["breaking", "fixtures/demo/current", "--against", "fixtures/demo/previous"];

async function cli(args: string[], over: Partial<Io> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), ...(over.stderr?.isTTY ? { isTTY: true } : {}) },
    env: over.env ?? {},
    cwd: over.cwd ?? ROOT,
    ...(over.progressDelayMs === undefined ? {} : { progressDelayMs: over.progressDelayMs }),
  });
  return { code, stdout, stderr };
}

describe("--format and --output", () => {
  it("gives CI formats paths from the workspace root when run in a subdirectory of it", async () => {
    const args = ["breaking", "current", "--against", "previous"];
    const run = (format: string, env: NodeJS.ProcessEnv) => cli([...args, "--format", format], { cwd: join(ROOT, "fixtures/demo"), env });
    const github = await run("github", { GITHUB_WORKSPACE: ROOT });
    const files = [...github.stdout.matchAll(/file=([^,]+),/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(file).toMatch(/^fixtures\/demo\/current\/acme\//);
    const sarif = JSON.parse((await run("sarif", { CI_PROJECT_DIR: ROOT })).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri) ?? [];
    expect(uris.length).toBeGreaterThanOrEqual(files.length);
    for (const uri of uris) expect(uri).toMatch(/^fixtures\/demo\/current\/acme\//);
    // Outside CI, and in the text output, paths stay as the user typed them.
    const local = await run("github", {});
    for (const m of local.stdout.matchAll(/file=([^,]+),/g)) expect(m[1]).toMatch(/^current\/acme\//);
    const text = await run("text", { GITHUB_WORKSPACE: ROOT });
    expect(text.stdout).toContain("\ncurrent/acme/orders/v1/order.proto\n");
  });

  it("writes the report to the file instead of standard output, without colour", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-out-"));
    const file = join(dir, "report.sarif");
    const { code, stdout } = await cli([...DEMO, "--format", "sarif", "--output", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const log = JSON.parse(readFileSync(file, "utf8")) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.results.length).toBeGreaterThan(5);

    const text = join(dir, "report.txt");
    await cli([...DEMO, "-o", text], { env: { FORCE_COLOR: "1" } });
    expect(readFileSync(text, "utf8")).toContain("FIELD_NO_DELETE");
  });

  it("prints each format on standard output, with the exit code of the findings", async () => {
    for (const [format, marker] of [
      ["github", "::error title=FIELD_NO_DELETE,file=fixtures/demo/current/acme/orders/v1/order.proto,line=12"],
      ["junit", '<testcase name="FIELD_NO_DELETE_12_1"'],
      ["gitlab", '"check_name": "FIELD_NO_DELETE"'],
      ["markdown", "| ❌ | fixtures/demo/current/acme/orders/v1/order.proto:12:1 |"],
      ["buf-json", '{"path":"fixtures/demo/current/acme/orders/v1/order.proto","start_line":12,"start_column":1,"end_line":28,"end_column":2,"type":"FIELD_NO_DELETE"'],
    ] as const) {
      const { code, stdout } = await cli([...DEMO, "--format", format]);
      expect(code, format).toBe(1);
      expect(stdout, format).toContain(marker);
    }
  });

  it("cannot write to a directory that does not exist: exit 2, a message, no stack", async () => {
    const { code, stderr } = await cli([...DEMO, "-o", "/nonexistent-dir/x/report.txt"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^protoguard: cannot write \/nonexistent-dir\/x\/report\.txt: /);
    expect(stderr).not.toContain("    at ");
  });

  it("text output names the source line with a marker under the span", async () => {
    const { stdout } = await cli(DEMO);
    // FIELD_SAME_NAME, listed under the rename it comes from.
    expect(stdout).toContain("        14 |   string customer = 2;\n           |          ^^^^^^^^\n");
  });
});

describe("the CLI as a person meets it", () => {
  it("suggests the right flag for a mistyped one", async () => {
    const { code, stderr } = await cli([...DEMO, "--formt", "json"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option: --formt (did you mean --format?)");
    const two = await cli(["breaking", "--stagd", "--agains", "main"]);
    expect(two.stderr).toContain("unknown options: --stagd (did you mean --staged?), --agains (did you mean --against?)");
  });

  it("names a hyphenated unknown flag once", async () => {
    const { stderr } = await cli([...DEMO, "--fail-onn", "warning"]);
    expect(stderr).toContain("unknown option: --fail-onn (did you mean --fail-on?)\n");
    expect(stderr).not.toContain("failOnn");
  });

  it("suggests the right command for a mistyped one", async () => {
    const { code, stderr } = await cli(["braking"]);
    expect(code).toBe(2);
    expect(stderr).toContain("breaking");
  });

  it("has help with examples for every command", async () => {
    for (const command of ["breaking", "snapshot", "ledger", "rules", "explain"]) {
      const { code, stdout } = await cli([command, "--help"]);
      expect(code, command).toBe(0);
      expect(stdout, command).toContain("Examples:");
      expect(stdout, command).toMatch(new RegExp(`protoguard ${command}`));
    }
    const { stdout } = await cli(["breaking", "--help"]);
    for (const format of ["text", "json", "github", "sarif", "junit", "gitlab", "markdown", "buf-json"]) expect(stdout).toContain(format);
    expect(stdout).toContain("--output");
  });

  it("explains a rule, and suggests one for a typo", async () => {
    const ok = await cli(["explain", "field_no_delete"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^# FIELD_NO_DELETE\n/);
    const typo = await cli(["explain", "FIELD_NO_DELTE"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(did you mean "FIELD_NO_DELETE"?)');
  });

  it("explains the suppression warnings too, from the docs their findings link to", async () => {
    for (const id of ["SUPPRESSION_UNUSED", "SUPPRESSION_NO_REASON"]) {
      const ok = await cli(["explain", id.toLowerCase()]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe(readFileSync(join(ROOT, "docs", `${ruleSlug(id)}.md`), "utf8"));
      expect(ok.stdout).toMatch(new RegExp(`^# ${id}\n`));
    }
    const typo = await cli(["explain", "SUPRESSION_UNUSED"]);
    expect(typo.stderr).toContain('(did you mean "SUPPRESSION_UNUSED"?)');
  });

  it("shows progress on a terminal once a run takes long, and clears it", async () => {
    const { stderr, stdout } = await cli(DEMO, { stderr: { write: () => true, isTTY: true }, progressDelayMs: 0 });
    expect(stderr).toContain("\r\u001b[Kprotoguard: parsing the current schema…");
    expect(stderr).toContain("protoguard: comparing…");
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(stdout).toContain("FIELD_NO_DELETE");
  });

  it("shows no progress when stderr is not a terminal, or the run is quick", async () => {
    expect((await cli(DEMO, { progressDelayMs: 0 })).stderr).toBe("");
    expect((await cli(DEMO, { stderr: { write: () => true, isTTY: true }, progressDelayMs: 60_000 })).stderr).toBe("");
  });
});
