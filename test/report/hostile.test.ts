import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { cli as runCli } from "../helpers/tree.js";
import { FORMATS, type Format } from "../../src/report/index.js";

// One hostile corpus (names, json_name, string defaults, comments, paths and
// configuration values holding line breaks, ESC, C1 and bidi characters and
// `::` commands) through every format, the CLI's error path and the bundled
// Action. Nothing protoguard prints may start a line with `::` (or `##[`)
// unless protoguard wrote that command, and no raw control character may
// reach a terminal or a log.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const BUNDLE = join(ROOT, "action/index.mjs");

const ESC = "\u001b";
const BEL = "\u0007";
/** Right-to-left override, line separator, C1 CSI: raw in the files, never raw in output. */
const UNICODE = "\u202e\u2028\u009b";

/** What a terminal or a log must not get raw: C0 but LF, DEL, C1, bidi marks and overrides, U+2028/9. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
/** A line a GitHub runner reads as a command: `::` or `##[` after leading whitespace. */
const COMMAND = /^\s*(::|##\[)/;
/** protoguard's own annotations: properties escaped (no `:` or `,` in a value), data on one line. */
const OWN_ANNOTATION = /^::(error|warning|notice) title=[A-Za-z_]+(,(file|line|endLine|col|endColumn)=[^:,]*)*::[^\r\n]*$/;

/** Lines as a runner reads them: it also breaks lines at a lone CR. */
const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Checks output: no unsafe character; a line read as a command only where `own` accepts it. */
function expectSafe(text: string, own: (line: string) => boolean = () => false): void {
  for (const line of lines(text)) {
    expect(line, "raw control or bidi character in output").not.toMatch(UNSAFE);
    if (COMMAND.test(line)) expect(own(line), `a line the runner would run: ${JSON.stringify(line)}`).toBe(true);
  }
}

function write(path: string, text: string): boolean {
  mkdirSync(join(path, ".."), { recursive: true });
  try {
    writeFileSync(path, text);
    return true;
  } catch (err) {
    console.log(`skipped ${JSON.stringify(path)}: the file system refuses the name (${String(err)})`);
    return false;
  }
}

const PREVIOUS_MAIN = `syntax = "proto2";
package evil.v1;
message M {
  optional string a = 1 [json_name = "x"];
  optional string s = 2 [default = "plain"];
  optional string gone = 3;
  optional int32 keep = 4;
  optional int32 t = 5;
}
`;

/** json_name and a default with `\n::warning …`, ESC, and raw bidi/separator/C1; a comment with an OSC sequence. */
const CURRENT_MAIN = `syntax = "proto2";
package evil.v1;
message M {
  optional string a = 1 [json_name = "x\\n::warning file=evil.proto,line=2::J\\x1b[31m${UNICODE}"];
  optional string s = 2 [default = "a\\n::error::default\\x1b[2J${UNICODE}"];
  optional int32 keep = 4;
  // protoguard:ignore FIELD_SAME_TYPE -- ${ESC}]0;pwned${BEL} ::error::reason ${UNICODE}
  optional int64 t = 5;
}
`;

const many = (count: number): string =>
  `syntax = "proto3";\npackage many.v1;\nmessage Many {\n${Array.from({ length: count }, (_, i) => `  int32 f${i + 1} = ${i + 1};\n`).join("")}}\n`;
const pair = (pkg: string, fields: string): string => `syntax = "proto3";\npackage ${pkg};\nmessage P {\n${fields}}\n`;

interface Corpus {
  /** The directory holding the current schema (the CLI runs in it, with input "."). */
  readonly current: string;
  /** The previous schema, named with a line break, `::error::` and ESC where the file system allows. */
  readonly previous: string;
  /** Whether names with line breaks could be written. */
  readonly newlineNames: boolean;
}

/** Writes the hostile pair into a fresh directory; the configuration holds hostile values too. */
function corpus(): Corpus {
  const root = mkdtempSync(join(tmpdir(), "protoguard-hostile-"));
  mkdirSync(join(root, ".git"));
  const current = join(root, "current");
  const hostilePrevious = join(root, `previous\n::error::against${ESC}[1m`);
  const newlineNames = write(join(hostilePrevious, "probe.proto"), pair("probe.v1", ""));
  const previous = newlineNames ? hostilePrevious : join(root, "previous");
  const both = (path: string, before: string, after: string | undefined): void => {
    if (!write(join(previous, path), before)) return;
    if (after !== undefined) write(join(current, path), after);
  };
  both("probe.proto", pair("probe.v1", ""), pair("probe.v1", ""));
  both("hostile.proto", PREVIOUS_MAIN, CURRENT_MAIN);
  both("a_many.proto", many(12), many(0));
  both("::error::lead.proto", pair("lead.v1", "  int32 x = 1;\n"), pair("lead.v1", "  string x = 1;\n"));
  both(`esc${ESC}[31m${UNICODE}.proto`, pair("esc.v1", "  int32 x = 1;\n  int32 y = 2;\n"), pair("esc.v1", "  int32 x = 1;\n"));
  both("gone\n::error::deleted.proto", pair("gone.v1", ""), undefined);
  both("dir\n::notice::d/n.proto", pair("dir.v1", "  int32 x = 1;\n  int32 y = 2;\n"), pair("dir.v1", "  int32 x = 1;\n"));
  both("##[error]legacy.proto", pair("legacy.v1", "  int32 x = 1;\n"), pair("legacy.v1", ""));
  write(
    join(current, "protoguard.yaml"),
    `ignore_only:\n  FIELD_SAME_DEFAULT:\n    - "hostile.proto"\n    - "cfg\\n::error::config\\e[5m.proto"\n`,
  );
  return { current, previous, newlineNames };
}

const cli = (args: readonly string[], cwd: string) => runCli(args, cwd);

let hostile: Corpus;

beforeAll(() => {
  hostile = corpus();
});

describe("every format, on a hostile schema pair", () => {
  const outputs = new Map<Format, { code: number; stdout: string; stderr: string }>();

  beforeAll(async () => {
    for (const format of FORMATS) {
      outputs.set(format, await cli(["breaking", ".", "--against", hostile.previous, "--format", format, "--show-suppressed"], hostile.current));
    }
  });

  for (const format of FORMATS) {
    it(`${format}: no forged command line and no raw control character`, () => {
      const out = outputs.get(format);
      expect(out?.code).toBe(1);
      const { stdout, stderr } = out as { stdout: string; stderr: string };
      expectSafe(stderr);
      expectSafe(stdout, format === "github" ? (line) => OWN_ANNOTATION.test(line) : undefined);
    });
  }

  it("the hostile strings are there, escaped: text shows them visibly", () => {
    const { stdout } = outputs.get("text") as { stdout: string };
    expect(stdout).toContain("FIELD_SAME_JSON_NAME");
    expect(stdout).toContain('"x\\n::warning file=evil.proto,line=2::J\\x1b[31m\\u202e\\u2028\\x9b"');
    // The rule quotes a default value as JSON does; the suppressed finding is listed with --show-suppressed.
    expect(stdout).toContain("a\\n::error::default\\u001b[2J\\u202e\\u2028\\x9b");
    // The comment's reason, shown with --show-suppressed.
    expect(stdout).toContain("\\x1b]0;pwned\\x07 ::error::reason");
    // A file whose name starts with `::` heads its group, defused.
    expect(stdout).toMatch(/^\\x3a:error::lead\.proto$/m);
    expect(stdout).toMatch(/^\\x23#\[error\]legacy\.proto$/m);
    if (hostile.newlineNames) {
      expect(stdout).toContain("gone\\n::error::deleted.proto");
      expect(stdout).toContain("dir\\n::notice::d/n.proto");
    }
  });

  it("JSON formats keep the exact strings for a JSON reader", () => {
    const json = JSON.parse((outputs.get("json") as { stdout: string }).stdout) as { findings: { rule: string; message: string }[] };
    const jsonName = json.findings.find((f) => f.rule === "FIELD_SAME_JSON_NAME");
    expect(jsonName?.message).toContain(`"x\n::warning file=evil.proto,line=2::J${ESC}[31m${UNICODE}"`);
    for (const format of ["sarif", "gitlab"] as const) {
      const text = (outputs.get(format) as { stdout: string }).stdout;
      expect(JSON.stringify(JSON.parse(text))).toContain("::warning file=evil.proto,line=2::J\\u001b[31m");
    }
  });

  it("buf-json: buf's message, with the name quoted as buf quotes it (Go's %q)", () => {
    const text = (outputs.get("buf-json") as { stdout: string }).stdout;
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as { type: string; message: string });
    const jsonName = lines.find((l) => l.type === "FIELD_SAME_JSON_NAME");
    expect(jsonName?.message).toBe(
      'Field "1" with name "a" on message "M" changed option "json_name" from "x" to "x\\n::warning file=evil.proto,line=2::J\\x1b[31m\\u202e\\u2028\\u009b".',
    );
  });

  it("github: exactly its own annotations, ten errors and a notice, the rest as defused log lines", () => {
    const { stdout } = outputs.get("github") as { stdout: string };
    const commands = lines(stdout).filter((l) => COMMAND.test(l));
    expect(commands.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(commands.filter((l) => l.startsWith("::notice "))).toHaveLength(1);
    expect(commands).toHaveLength(10 + 1 + commands.filter((l) => l.startsWith("::warning ")).length);
    // The findings past the tenth are in the log, their hostile parts escaped.
    const log = lines(stdout).filter((l) => !COMMAND.test(l)).join("\n");
    expect(log).toContain('FIELD_SAME_JSON_NAME: Field 1 "a" on message evil.v1.M changed JSON name from "x" to "x\\n::warning file=evil.proto');
    if (hostile.newlineNames) expect(log).toContain("dir\\n::notice::d/n.proto:3:1: FIELD_NO_DELETE");
  });

  it("markdown: no mention, reference, link or HTML from input", () => {
    const { stdout } = outputs.get("markdown") as { stdout: string };
    expect(stdout).not.toMatch(/<(?!br>|details>|\/details>|summary>|\/summary>)/);
    expect(stdout).toContain("\\\\x1b");
  });
});

describe("the CLI's error path, on hostile input", () => {
  // A value an error quotes (an import path, a configuration key or value, a rule name) is quoted JSON-style
  // where the message is built: its line break reads `\n` and the message stays on one line. A line break
  // elsewhere (a file name) shows as a line break whose next line is defused (`\x3a:error::`).
  const cases: [string, Record<string, string>, readonly string[], readonly string[]][] = [
    ["an import path", { "a.proto": `syntax = "proto3";\nimport "missing\\n::error::import\\x1b[1m.proto";\n` }, [], ['import "missing\\n::error::import\\u001b[1m.proto" not found']],
    ["a token", { "a.proto": `syntax = "proto3\\n::error::syntax${ESC}[1m";\n` }, [], ["::error::syntax"]],
    ["a raw control byte", { "a.proto": `syntax = "proto3";\nmessage M { ${ESC}[2J::error::raw }\n` }, [], ["control character 0x1b"]],
    ["a file name", { "bad\n::error::name.proto": "syntax = \"proto3\";\nmessage {\n" }, [], ["\\x3a:error::name.proto:2:9: "]],
    ["a configuration key", { "protoguard.yaml": `"\\e[31m\\n::error::key": 1\n`, "a.proto": 'syntax = "proto3";\n' }, [], ['unknown key "\\u001b[31m\\n::error::key"']],
    ["a configuration value", { "protoguard.yaml": `use: ["FILE\\n::error::rule\\e[1m"]\n`, "a.proto": 'syntax = "proto3";\n' }, [], ['unknown rule or category "FILE\\n::error::rule\\u001b[1m"']],
    ["a command-line value", { "a.proto": 'syntax = "proto3";\n' }, ["--use", `WIRE\n::error::flag${ESC}[1m`], ['unknown rule or category "WIRE\\n::error::flag\\u001b[1m"']],
  ];
  for (const [what, files, extra, expected] of cases) {
    it(`escapes ${what}`, async (context) => {
      const dir = mkdtempSync(join(tmpdir(), "protoguard-hostile-err-"));
      mkdirSync(join(dir, ".git"));
      for (const [path, text] of Object.entries(files)) {
        if (!write(join(dir, "current", path), text)) context.skip();
        write(join(dir, "previous", "a.proto"), 'syntax = "proto3";\n');
      }
      const { code, stdout, stderr } = await cli(["breaking", "current", "--against", "previous", ...extra], dir);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expectSafe(stderr);
      for (const part of expected) expect(stderr).toContain(part);
      expect(stderr).not.toMatch(/internal error/);
    });
  }
});

describe("the bundled Action, on the hostile pair", () => {
  async function action(workspace: string, inputs: Record<string, string>): Promise<string> {
    const tmp = mkdtempSync(join(tmpdir(), "protoguard-hostile-runner-"));
    for (const name of ["summary.md", "output.txt"]) writeFileSync(join(tmp, name), "");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env["PATH"],
      HOME: tmp,
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "workflow_dispatch",
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: join(tmp, "summary.md"),
      GITHUB_OUTPUT: join(tmp, "output.txt"),
      RUNNER_TEMP: tmp,
      INPUT_COMMENT: "false",
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    try {
      return (await run(process.execPath, [BUNDLE], { cwd: workspace, env })).stdout;
    } catch (err) {
      return (err as { stdout?: string }).stdout ?? "";
    }
  }

  /** Checks the Action's log: inside its own stop-commands block nothing runs; outside, only its own commands. */
  function expectSafeLog(stdout: string): void {
    let token: string | undefined;
    for (const line of lines(stdout)) {
      expect(line).not.toMatch(UNSAFE);
      if (token !== undefined) {
        if (line === `::${token}::`) token = undefined;
        continue;
      }
      const stop = /^::stop-commands::([0-9a-f-]{36})$/.exec(line);
      if (stop) {
        token = stop[1];
        continue;
      }
      if (COMMAND.test(line)) expect(OWN_ANNOTATION.test(line), `a line the runner would run: ${JSON.stringify(line)}`).toBe(true);
    }
    expect(token, "the stop-commands block is closed").toBeUndefined();
  }

  it("prints findings with no forged command", async () => {
    const stdout = await action(hostile.current, { input: ".", against: hostile.previous });
    expect(stdout).toContain("FIELD_SAME_JSON_NAME");
    expectSafeLog(stdout);
  });

  it("prints a compile error naming a hostile import with no forged command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-hostile-action-"));
    write(join(dir, "current", "a.proto"), `syntax = "proto3";\nimport "x\\n::error::import\\x1b[1m\\n::stop-commands::abc.proto";\n`);
    write(join(dir, "previous", "a.proto"), 'syntax = "proto3";\n');
    const stdout = await action(dir, { input: "current", against: "previous" });
    expect(stdout).toMatch(/^::error title=protoguard/m);
    expectSafeLog(stdout);
  });
});

describe("protoguard snapshot, on the hostile schema", () => {
  it("writes the JSON escaped like every JSON output, and the escapes read back as the names", async () => {
    const out = await cli(["snapshot", "."], hostile.current);
    expect(out.code, out.stderr).toBe(0);
    expectSafe(out.stdout);
    expect(out.stdout).toContain("\\u202e\\u2028\\u009b");
    expect(JSON.stringify(JSON.parse(out.stdout))).toContain(UNICODE);
  });
});
