import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import protobufjs from "protobufjs";
import { describe, expect, it } from "vitest";
import { cli as runCli } from "../helpers/tree.js";
import { breaking, InputError, UsageError } from "../../src/index.js";

const ROOT = join(import.meta.dirname, "../..");
const PREVIOUS = join(ROOT, "fixtures/demo/previous");
const CURRENT = join(ROOT, "fixtures/demo/current");

function protoFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? protoFiles(join(dir, d.name), `${prefix}${d.name}/`) : d.name.endsWith(".proto") ? [`${prefix}${d.name}`] : [],
  );
}

/**
 * The demo's files of one side as one protobufjs Root: each file's text
 * handed to protobufjs.parse, and the well-known files they import from
 * protobufjs's own copies.
 */
function parsedRoot(dir: string): protobufjs.Root {
  const root = new protobufjs.Root();
  const files = protoFiles(dir);
  for (const file of files) {
    const parsed = protobufjs.parse(readFileSync(join(dir, file), "utf8"), root, { keepCase: true });
    // protobufjs leaves `imports` undefined for a file that imports nothing.
    const imports = parsed.imports === undefined ? [] : parsed.imports;
    for (const name of imports.filter((i) => !files.includes(i))) {
      const known = protobufjs.common.get(name);
      if (known === null) throw new Error(`${file} imports ${name}, which protobufjs does not bundle`);
      root.addJSON(known.nested ?? {});
    }
  }
  root.resolveAll();
  return root;
}

const key = (f: { readonly rule: string; readonly message: string }): string => `${f.rule}: ${f.message}`;
const WIRE_JSON = { cwd: ROOT, use: ["WIRE_JSON"] };

describe("a protobufjs Root given to the library", () => {
  it("as the previous version, finds what the .proto text it was parsed from finds", async () => {
    const fromProto = await breaking({ ...WIRE_JSON, input: "fixtures/demo/current", against: "fixtures/demo/previous" });
    const fromRoot = await breaking({ ...WIRE_JSON, input: "fixtures/demo/current", againstRoot: parsedRoot(PREVIOUS) });
    expect(fromProto.findings.length).toBeGreaterThan(5);
    expect(fromRoot.findings.map(key)).toEqual(fromProto.findings.map(key));
    expect(fromRoot.inputs.against).toMatchObject({ kind: "descriptor-set", spec: "protobufjs Root", positionsKnown: false });
  });

  it("as the current version, finds the same rules and messages, pointing at files named after packages", async () => {
    const fromProto = await breaking({ ...WIRE_JSON, input: "fixtures/demo/current", against: "fixtures/demo/previous" });
    const fromRoot = await breaking({ ...WIRE_JSON, inputRoot: parsedRoot(CURRENT), against: "fixtures/demo/previous" });
    expect(fromRoot.findings.map(key).sort()).toEqual(fromProto.findings.map(key).sort());
    const packageFile = (path: string): string => `${path.split("/").slice(0, -1).join(".")}.proto`;
    expect(new Set(fromRoot.findings.map((f) => f.path))).toEqual(new Set(fromProto.findings.map((f) => packageFile(f.path))));
    expect(fromRoot.inputs.current.spec).toBe("protobufjs Root");
  });

  it("built with define() and compared with itself, finds nothing", async () => {
    const root = () => new protobufjs.Root().define("acme.v1").add(new protobufjs.Type("M").add(new protobufjs.Field("id", 1, "int64"))).root;
    const result = await breaking({ ...WIRE_JSON, inputRoot: root(), againstRoot: root() });
    expect(result.findings).toEqual([]);
    expect(result.filesCompared).toBe(1);
  });

  it("is an input error naming the side when it holds no types, and a usage error beside a spec for the same side", async () => {
    await expect(breaking({ ...WIRE_JSON, input: "fixtures/demo/current", againstRoot: new protobufjs.Root() })).rejects.toThrow(
      new InputError('the previous version (protobufjs Root): not a protobufjs Root holding types (its toJSON() has no "nested")'),
    );
    await expect(
      breaking({ ...WIRE_JSON, input: "fixtures/demo/current", against: "fixtures/demo/previous", againstRoot: parsedRoot(PREVIOUS) }),
    ).rejects.toThrow(UsageError);
    await expect(breaking({ ...WIRE_JSON, staged: true, inputRoot: parsedRoot(CURRENT) })).rejects.toThrow(
      new UsageError("staged reads the git index below input: it takes no inputRoot or inputFormat"),
    );
  });
});

const cli = (args: string[]) => runCli(args, ROOT);

describe("--against-format pbjs and --input-format pbjs", () => {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-pbjs-format-"));
  // A bundle under a binary descriptor set's name: only the flag makes it a bundle.
  const bundle = join(dir, "orders.pb");
  writeFileSync(bundle, JSON.stringify(parsedRoot(PREVIOUS).toJSON()));
  const setJson = join(dir, "set.json");
  writeFileSync(setJson, JSON.stringify({ file: [{ name: "a.proto" }] }));

  it("reads a file as a bundle whatever its name says", async () => {
    const args = ["breaking", "fixtures/demo/current", "--use", "WIRE_JSON", "--format", "json"];
    const fromProto = await cli([...args, "--against", "fixtures/demo/previous"]);
    const unforced = await cli([...args, "--against", bundle]);
    const forced = await cli([...args, "--against", bundle, "--against-format", "pbjs"]);
    expect(unforced.code).toBe(2);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(1);
    const rules = (out: string) => (JSON.parse(out) as { findings: { rule: string; message: string }[] }).findings.map(key);
    expect(rules(forced.stdout)).toEqual(rules(fromProto.stdout));
  });

  it("is a located input error for a file that is not a bundle, and for a directory", async () => {
    const notBundle = await cli(["breaking", "fixtures/demo/current", "--against", setJson, "--against-format", "pbjs"]);
    expect(notBundle.code).toBe(2);
    expect(notBundle.stderr).toContain(`${setJson}:1:1: not a protobufjs JSON bundle: the file must hold an object with "nested" and no "file"`);
    const directory = await cli(["breaking", "fixtures/demo/current", "--input-format", "pbjs", "--against", "fixtures/demo/previous"]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('input "fixtures/demo/current": not a file, so not a protobufjs JSON bundle');
  });

  it("takes only the formats it knows", async () => {
    const wrong = await cli(["breaking", "fixtures/demo/current", "--against", bundle, "--against-format", "json"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/against-format/);
  });
});
