import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigDoc, ConfigError } from "../../src/config/yaml.js";
import { MAX_ALIASES, MAX_CONFIG_CHARS, MAX_FLOW_DEPTH } from "../../src/config/yaml-bounds.js";
import { cli, proto, tree } from "../helpers/tree.js";

// Hostile configuration files end in a located ConfigError, quickly: never a
// crash of the process (the yaml parser exhausts the heap on deep flow
// collections), a stack overflow or a hang.

/** The file that killed Node with "RegExpCompiler Allocation failed" (exit 134). */
const CRAFTED = `a: [b]\rc: [d]\r\n---\n${"[".repeat(5000)}`;

/** Nine levels of ten aliases each: 10^9 strings if anything expanded them. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol"]'];
  for (let level = 1; level < 10; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${prev}`).join(", ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

const TIME_BOUND_MS = 5_000;

/** Reads a configuration text and returns the ConfigError's message; fails on anything else or on a slow read. */
function rejection(text: string, name = "protoguard.yaml"): string {
  const start = performance.now();
  let caught: unknown;
  try {
    new ConfigDoc(name, text);
  } catch (err) {
    caught = err;
  }
  expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS);
  expect(caught).toBeInstanceOf(ConfigError);
  return (caught as ConfigError).message;
}

describe("bounds of the configuration reader", () => {
  it("rejects a second document after CR line ends, before parsing the deep flow collection in it", () => {
    expect(rejection(CRAFTED)).toBe("protoguard.yaml:2:1: a configuration is one YAML document, and a second one starts here");
  });

  it("rejects the crafted file with many more brackets as fast", () => {
    const text = `a: [b]\rc: [d]\r\n---\n${"[".repeat(200_000)}`;
    expect(rejection(text)).toMatch(/^protoguard\.yaml:2:1: a configuration is one YAML document/);
  });

  it("rejects flow collections nested too deep in the only document, at the bracket that goes too deep", () => {
    expect(rejection(`use: ${"[".repeat(100_000)}`)).toBe(
      `protoguard.yaml:1:${6 + MAX_FLOW_DEPTH}: collections are nested more than ${MAX_FLOW_DEPTH} deep`,
    );
    expect(rejection(`ignore:\n  - ${"{a: ".repeat(5_000)}`)).toMatch(/^protoguard\.yaml:2:\d+: collections are nested more than 64 deep$/);
  });

  it("does not count brackets in quoted strings and comments, nor lose count by them", () => {
    const quoted = `ignore: ["${"[".repeat(500)}", '${"{".repeat(500)}'] # ${"[".repeat(500)}\n`;
    expect(new ConfigDoc("protoguard.yaml", quoted).root).not.toBeNull();
    const hidden = `a: ["${"]".repeat(500)}", ${"[".repeat(5_000)}`;
    expect(rejection(hidden)).toMatch(/collections are nested more than 64 deep$/);
  });

  it("rejects compact block nesting on one line", () => {
    expect(rejection("- ".repeat(50_000))).toMatch(/^protoguard\.yaml:1:\d+: collections are nested more than 64 deep on one line$/);
    expect(rejection(`a:\n  ${"? ".repeat(50_000)}`)).toMatch(/^protoguard\.yaml:2:\d+: /);
    // Implicit keys on one line: "-" and "path[[[:" are the first two indicators, the 63rd "pr:" (column 16 + 4 * 62) the 65th.
    expect(rejection(`modules:\n  - path[[[: ${"pr: ".repeat(60_000)}`)).toBe(
      `protoguard.yaml:2:${16 + 4 * 62}: collections are nested more than 64 deep on one line`,
    );
  });

  it("rejects an alias bomb (billion laughs) at the alias over the limit", () => {
    const message = rejection(billionLaughs());
    expect(message).toMatch(new RegExp(`^protoguard\\.yaml:\\d+:\\d+: more than ${MAX_ALIASES} aliases$`));
  });

  it("rejects a huge file without parsing it", () => {
    const text = "ignore:\n" + "  - some/path.proto\n".repeat(1_000_000);
    expect(rejection(text)).toBe(
      `protoguard.yaml:1:1: the file has ${text.length} characters, more than the ${MAX_CONFIG_CHARS} a configuration may have`,
    );
  });

  it("keeps ordinary files: anchors, a leading document marker, a closing one", () => {
    expect(() => new ConfigDoc("protoguard.yaml", "%YAML 1.2\n---\n# rules\nuse: &u [FILE]\nexcept: *u\n...\n")).not.toThrow();
    expect(rejection("use: [FILE]\n...\nuse: [WIRE]\n")).toBe("protoguard.yaml:3:1: a configuration is one YAML document, and a second one starts here");
    expect(rejection("---\nuse: [FILE]\n---\n")).toBe("protoguard.yaml:3:1: a configuration is one YAML document, and a second one starts here");
  });
});

describe("hostile configuration files through the CLI", () => {
  const schema = { "a.proto": proto("a.v1", "message M {}") };
  const cases: [string, string, string][] = [
    ["protoguard.yaml", "the crafted file", CRAFTED],
    ["buf.yaml", "a deep buf.yaml", `version: v2\nbreaking:\n  use: ${"[".repeat(20_000)}`],
    ["buf.yaml", "an alias bomb in buf.yaml", `version: v1\n${billionLaughs()}`],
    ["protoguard.yaml", "a huge protoguard.yaml", "# x\n".repeat(MAX_CONFIG_CHARS)],
  ];
  for (const [name, what, text] of cases) {
    it(`${what} ends in exit 2 with a located error`, async () => {
      const dir = tree({ [name]: text, [`current/a.proto`]: schema["a.proto"], [`previous/a.proto`]: schema["a.proto"] });
      mkdirSync(join(dir, ".git"));
      const start = performance.now();
      const { code, stdout, stderr } = await cli(["breaking", "current", "--against", "previous"], dir);
      expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS);
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toMatch(new RegExp(`^${name.replace(".", "\\.")}:\\d+:\\d+: [^\\n]+\\nprotoguard: the configuration is not valid \\(exit 2\\)\\n$`));
    });
  }
});
