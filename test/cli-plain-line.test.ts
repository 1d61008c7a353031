import { describe, expect, it } from "vitest";
import { parseWithYargs, plainCommand } from "../src/cli/main.js";
import type { Command } from "../src/cli/command.js";
import type { Args } from "../src/cli/options.js";

/** What yargs gives the command a line names, or the usage error it reports. */
async function yargsRead(argv: string[]): Promise<{ command: Command; args: Args } | { error: string }> {
  let read: { command: Command; args: Args } | undefined;
  try {
    await parseWithYargs(argv, (command, args) => {
      read = { command, args };
      return Promise.resolve();
    });
  } catch (err) {
    return { error: (err as Error).message };
  }
  if (read === undefined) throw new Error(`yargs ran no command for ${argv.join(" ")}`);
  return read;
}

const PLAIN_LINES: string[][] = [
  ["breaking", "fixtures/demo/current", "--against", "fixtures/demo/previous"],
  ["breaking"],
  ["breaking", "--against", "main"],
  ["breaking", "--against=main...HEAD", "proto"],
  ["breaking", "--against="],
  ["breaking", "--against", ""],
  ["breaking", "--against", "true"],
  ["breaking", "--against", "x=y", "--output=a=b"],
  ["breaking", "--staged"],
  ["breaking", "proto", "--staged", "--against", "HEAD"],
  ["breaking", ".", "--against", "main", "-f", "json"],
  ["breaking", "--format=sarif", "-o", "out.sarif", "--against", ".git#branch=main,subdir=proto"],
  ["breaking", "--against", "main", "--fail-on", "never"],
  ["breaking", "--against", "main", "--fail-on=warning", "--format", "buf-json"],
  ["breaking", "proto", "--against-tags", "v*", "--last", "3"],
  ["breaking", "--against-tags=v*", "--last=12"],
  ["breaking", "bundle.json", "--input-format", "pbjs", "--against", "old.json", "--against-format=pbjs"],
  ["breaking", "--against", "main", "--config", "buf.yaml", "--approvals", "approvals.yaml"],
  ["breaking", "--against", "main", "--show-suppressed", "--evidence", "--trailers"],
  ["breaking", "a dir/with spaces", "--against", "../other dir"],
  ["breaking", "v1.2.0", "--against", "v1.1.0"],
  ["breaking", "--output", "report.txt", "proto", "--against", "main"],
];

const YARGS_LINES: string[][] = [
  ["--help"],
  ["breaking", "--help"],
  ["breaking", "-h"],
  ["--version"],
  ["breaking", "--version"],
  ["breaking", "--use", "FILE", "--against", "main"],
  ["breaking", "--except", "FIELD_NO_DELETE"],
  ["breaking", "-I", "vendor"],
  ["breaking", "--no-trailers"],
  ["breaking", "--staged", "false"],
  ["breaking", "--staged", "true"],
  ["breaking", "--staged=true"],
  ["breaking", "--against"],
  ["breaking", "--against", "-x"],
  ["breaking", "--against=-x"],
  ["breaking", "--format", "xml"],
  ["breaking", "--format", "json", "--format", "text"],
  ["breaking", "--staged", "--staged"],
  ["breaking", "--last", "0"],
  ["breaking", "--last", "3.5"],
  ["breaking", "--last", "03"],
  ["breaking", "--last", "-1"],
  ["breaking", "--failOn", "never"],
  ["breaking", "--fail-on", "sometimes"],
  ["breaking", "a", "b"],
  ["breaking", "123"],
  ["breaking", ""],
  ["breaking", "-fjson"],
  ["breaking", "--", "proto"],
  ["breaking", "--force"],
  ["breaking", "--unknown", "x"],
  ["diff", ".", "--against", "main"],
  ["lint", "proto"],
  ["rules"],
  ["break", "--against", "main"],
  [],
];

describe("a plain command line, read without yargs", () => {
  it.each(PLAIN_LINES.map((line) => [line.join(" "), line] as const))("gives the arguments yargs gives: %s", async (_, line) => {
    const plain = plainCommand(line);
    expect(plain, "read as a plain line").toBeDefined();
    const viaYargs = await yargsRead(line);
    if ("error" in viaYargs) throw new Error(`yargs refuses ${line.join(" ")}: ${viaYargs.error}`);
    expect(plain?.command).toBe(viaYargs.command);
    const { plain: taken } = viaYargs.command;
    if (taken === undefined) throw new Error(`${viaYargs.command.command} reads no plain line`);
    const names = [taken.positional.name, ...taken.options];
    const fromYargs = Object.fromEntries(names.filter((n) => viaYargs.args[n] !== undefined).map((n) => [n, viaYargs.args[n]]));
    expect(plain?.args).toEqual(fromYargs);
  });

  it.each(YARGS_LINES.map((line) => [line.join(" ") || "(nothing)", line] as const))("leaves any other line to yargs: %s", (_, line) => {
    expect(plainCommand(line)).toBeUndefined();
  });

  it("leaves usage errors to yargs, which reports them", async () => {
    for (const line of [["breaking", "a", "b"], ["breaking", "--format", "xml"], ["breaking", "--unknown", "x"]]) {
      expect(plainCommand(line)).toBeUndefined();
      expect(await yargsRead(line), line.join(" ")).toHaveProperty("error");
    }
  });
});
