import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import protobufjs from "protobufjs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { compile, createParseCache } from "../../src/frontend/index.js";
import type { ImageInput } from "../../src/image/build.js";
import { breaking } from "../../src/index.js";
import { InputError } from "../../src/model/errors.js";
import { readDescriptorSet } from "../../src/sources/descriptor-set.js";
import { readProtoDir } from "../../src/sources/dir.js";
import { casesOf, runOne } from "../helpers/fixtures.js";
import { PBJS_DIFFERENCES } from "./pbjs-differences.js";

const encoder = new TextEncoder();

function protoFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? protoFiles(join(dir, d.name), `${prefix}${d.name}/`) : d.name.endsWith(".proto") ? [`${prefix}${d.name}`] : [],
  );
}

const PROTOBUFJS_DIR = dirname(createRequire(import.meta.url).resolve("protobufjs/package.json"));

/** A well-known file as pbjs reads it: protobufjs's common types by name, the others from the copies protobufjs ships. */
function wellKnownPath(target: string): string {
  const own = join(PROTOBUFJS_DIR, target);
  return existsSync(own) ? own : target;
}

/** A side of a case as protobufjs reads its .proto files, written as a JSON bundle and read back by protoguard. */
function viaPbjs(dir: string): ImageInput[] {
  const root = new protobufjs.Root();
  root.resolvePath = (_origin, target) => (target.startsWith("google/protobuf/") ? wellKnownPath(target) : join(dir, target));
  root.loadSync(protoFiles(dir), { keepCase: true });
  const bundle = JSON.stringify(root.toJSON());
  return readDescriptorSet(encoder.encode(bundle), "json", "bundle.json");
}

const key = (r: { readonly rule: string; readonly message?: string | undefined }): string => `${r.rule}: ${r.message ?? ""}`;

// Every fixture case, compared twice: from its .proto text, and from the same
// schema first turned into a protobufjs JSON bundle by protobufjs.
describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    let previous: ImageInput[];
    let current: ImageInput[];
    try {
      previous = viaPbjs(`${c.dir}/previous`);
      current = viaPbjs(`${c.dir}/current`);
    } catch (err) {
      // protobufjs ships no copy of the language features' files.
      const why = err instanceof Error ? err.message : String(err);
      console.log(`skipped ${rule.id}/${c.name}: protobufjs cannot read the .proto files: ${why}`);
      expect(why).toMatch(/google\/protobuf\/(cpp_features|java_features)\.proto/);
      return;
    }
    const cache = createParseCache();
    const fromProto = runOne(rule, compile(readProtoDir(`${c.dir}/previous`), { cache }).files, compile(readProtoDir(`${c.dir}/current`), { cache }).files, c.ledger);
    const fromPbjs = runOne(rule, previous, current, c.ledger);
    const [a, b] = [fromPbjs.map(key).sort(), fromProto.map(key).sort()];
    if (PBJS_DIFFERENCES.has(`${rule.id}/${c.name}`)) expect(a, "a listed difference no longer occurs").not.toEqual(b);
    else expect(a).toEqual(b);
  });
});

describe("a protobufjs JSON bundle as an input", () => {
  const ROOT = join(import.meta.dirname, "../..");

  it("is read by its shape and compared like the .proto files it came from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-pbjs-"));
    const root = new protobufjs.Root();
    const previous = join(ROOT, "fixtures/demo/previous");
    root.resolvePath = (_origin, target) => (target.startsWith("google/protobuf/") ? target : join(previous, target));
    root.loadSync(protoFiles(previous), { keepCase: true });
    writeFileSync(join(dir, "bundle.json"), JSON.stringify(root.toJSON()));
    const options = { input: "fixtures/demo/current", cwd: ROOT, use: ["WIRE_JSON"] };
    const fromProto = await breaking({ ...options, against: "fixtures/demo/previous" });
    const fromBundle = await breaking({ ...options, against: join(dir, "bundle.json") });
    expect(fromProto.findings.length).toBeGreaterThan(5);
    expect(fromBundle.findings.map(key)).toEqual(fromProto.findings.map(key));
  });

  it("is an input error with the file's name when protobufjs cannot resolve it", () => {
    const bundle = JSON.stringify({ nested: { a: { nested: { M: { fields: { x: { type: "Missing", id: 1 } } } } } } });
    expect(() => readDescriptorSet(encoder.encode(bundle), "json", "bundle.json")).toThrow(
      new InputError("bundle.json:1:1: not a valid protobufjs JSON bundle: no such Type or Enum 'Missing' in Type .a.M"),
    );
  });
});
