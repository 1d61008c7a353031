import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { create, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { RULES } from "../../rules/index.js";
import { findConfigInGit } from "../../src/config/find.js";
import { CATALOGUE } from "../../src/run/catalogue.js";
import { compareImages } from "../../src/compare/pair.js";
import { compile, CompileError } from "../../src/frontend/index.js";
import { buildImage, type ImageInput } from "../../src/image/build.js";
import { InputError } from "../../src/model/errors.js";
import type { Finding } from "../../src/model/finding.js";
import { FORMATS, formatReport } from "../../src/report/index.js";
import { runRules } from "../../src/run/engine.js";
import { descriptorSetJson, readDescriptorSet } from "../../src/sources/descriptor-set.js";

// The fuzz targets: how each input is generated, and the property every input
// must keep. The short run in `npm test` (test/fuzz/*.test.ts) and the long
// run (`npm run fuzz`, scripts/fuzz.mjs) share them.

const ROOT = resolve(import.meta.dirname, "../..");

/** A fuzz target: a generator of inputs and a check that throws when the property breaks. */
export interface Target<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Runs the code under test on an input; throws (a PropertyBroken or any other error) when the property does not hold. */
  readonly check: (input: T) => void;
  /** The input as bytes, to save a crash for reproduction, with the file extension to save it under. */
  readonly save: (input: T) => { readonly bytes: Uint8Array; readonly ext: string };
}

/** A property that does not hold, with the reason; any other thrown error is a crash of the code under test. */
export class PropertyBroken extends Error {
  override readonly name = "PropertyBroken";
}

const LOCATED = /^[^\n]*?:\d+:\d+: \S/;

/**
 * The expected end of bad input: an InputError (CompileError, ConfigError...)
 * whose message starts with `path:line:col: `; a CompileError without a
 * position (a file that is not UTF-8 text) starts with `path: `.
 */
export function expectedError(err: unknown): boolean {
  if (!(err instanceof InputError)) return false;
  if (err instanceof CompileError && err.line === 0) return err.message.startsWith(`${err.file}: `);
  return LOCATED.test(err.message);
}

function expectResultOrError(run: () => void): void {
  try {
    run();
  } catch (err) {
    if (expectedError(err)) return;
    if (err instanceof InputError) throw new PropertyBroken(`an InputError without path:line:col: ${JSON.stringify(err.message.slice(0, 300))}`);
    throw err;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function files(dir: string, ext: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, ext, out);
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

let protoCorpus: readonly Uint8Array[] | undefined;
/** The fixtures' `.proto` files: the seeds that mutations start from. */
function protos(): readonly Uint8Array[] {
  protoCorpus ??= files(join(ROOT, "fixtures"), ".proto")
    .concat(files(join(ROOT, "test/frontend/corpus"), ".proto"))
    .sort()
    .map((path) => new Uint8Array(readFileSync(path)));
  return protoCorpus;
}

let configCorpus: readonly Uint8Array[] | undefined;
/** The fixtures' configuration files, and a few written out here. */
function configs(): readonly Uint8Array[] {
  configCorpus ??= [...files(join(ROOT, "fixtures"), ".yaml"), ...files(join(ROOT, "fixtures"), ".yml")]
    .sort()
    .map((path) => new Uint8Array(readFileSync(path)))
    .concat(
      [
        "use: [FILE]\nexcept: [FIELD_SAME_NAME]\nignore: [a/b.proto]\nignore_only:\n  FIELD_NO_DELETE: [c]\n",
        "version: v2\nmodules:\n  - path: proto\nbreaking:\n  use: [WIRE_JSON]\n  ignore_unstable_packages: true\n",
        "version: v1\nbreaking:\n  use:\n    - FILE\n  except:\n    - FILE_NO_DELETE\n",
        "severity:\n  FIELD_NO_DELETE: warning\nversions:\n  allow_v0: true\n",
      ].map((s) => encoder.encode(s)),
    );
  return configCorpus;
}

/** Tokens inserted by mutations: structure, literals, huge numbers, comment starts, BOM, CR, bidi, NUL, bytes that are not UTF-8. */
const TOKENS: readonly (string | Uint8Array)[] = [
  "{", "}", "[", "]", "(", ")", "<", ">", "=", ";", ",", ".", ":", "-", "\"", "'", "\\", "/*", "*/", "//", "#",
  "message ", "enum ", "service ", "rpc ", "oneof ", "map<string, int32> ", "extend ", "extensions 1 to max;",
  "reserved 1 to 5;", "option ", "optional ", "repeated ", "required ", "group ", "stream ", "returns ",
  'syntax = "proto2";', 'syntax = "proto3";', 'edition = "2023";', 'import "a.proto";', 'import public "b.proto";',
  "package a.b.v1;", "(custom).x = {a: [1, 2] b: {c: 'd'}}", "[default = 1e99999]", "[json_name = \"x\\n::error::y\"]",
  "99999999999999999999999999", "0x7fffffffffffffff", "-0x8000000000000000", "1e-999999", "0777777777777777777777",
  "536870911", "536870912", "-1", "nan", "inf", "\ufeff", "\r", "\r\n", "\n", "\t", "\u202e", "\u2028", "\u0000",
  "\u001b[2J", "é", "漢", "\ud83d\ude00", new Uint8Array([0xff]), new Uint8Array([0xc3]), new Uint8Array([0xed, 0xa0, 0x80]),
];

type Mutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; token: number; times: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.nat(TOKENS.length - 1), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 1, max: 50 }) }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function bytesOf(token: string | Uint8Array): Uint8Array {
  return typeof token === "string" ? encoder.encode(token) : token;
}

/** Applies mutations to bytes; offsets are taken modulo the current length. */
export function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = seed;
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    switch (m.kind) {
      case "flip":
        if (b.length > 0) {
          b = b.slice();
          b[at % b.length] = m.byte;
        }
        break;
      case "truncate":
        b = b.subarray(0, at);
        break;
      case "insert":
        b = concat(b.subarray(0, at), ...Array.from({ length: m.times }, () => bytesOf(TOKENS[m.token] as string | Uint8Array)), b.subarray(at));
        break;
      case "delete":
        b = concat(b.subarray(0, at), b.subarray(at + m.length));
        break;
      case "duplicate": {
        const part = b.subarray(at, at + m.length);
        b = concat(b.subarray(0, at), ...Array.from({ length: m.times }, () => part), b.subarray(at));
        break;
      }
      default:
        m satisfies never;
    }
  }
  return b;
}

/** Mutations of one of the seeds. */
function mutated(seeds: () => readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([pick, ms]) => {
      const all = seeds();
      return mutate(all[pick % all.length] as Uint8Array, ms);
    });
}

/** Text made of tokens, joined by spaces or nothing. */
const tokenSoup: fc.Arbitrary<Uint8Array> = fc
  .array(fc.tuple(fc.nat(TOKENS.length - 1), fc.constantFrom("", " ", "\n")), { maxLength: 200 })
  .map((parts) => concat(...parts.flatMap(([t, sep]) => [bytesOf(TOKENS[t] as string | Uint8Array), encoder.encode(sep)])));

/** Deep nesting in its usual forms, up to far beyond any sane schema. */
const deep: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("message", "option", "paren", "list", "comment", "string"), fc.boolean())
  .map(([n, form, closed]) => {
    const [open, close, head] =
      form === "message"
        ? ["message M {", "}", 'syntax = "proto3";\n']
        : form === "option"
          ? ["{a: ", "}", 'syntax = "proto3";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { string x = 5000; }\noption (x) = ']
          : form === "paren"
            ? ["(", ")", 'syntax = "proto3";\noption java_package = ']
            : form === "list"
              ? ["[", "]", 'syntax = "proto3";\nmessage M { int32 a = 1 [(x) = ']
              : form === "comment"
                ? ["/* ", " */", ""]
                : ['"\\', '"', 'syntax = "proto3";\noption go_package = '];
    return encoder.encode(`${head}${open.repeat(n)}${closed ? close.repeat(n) : ""}`);
  });

/** A seed with a BOM, CRLF line ends or both. */
const lineEnds: fc.Arbitrary<Uint8Array> = fc.tuple(fc.nat(), fc.boolean(), fc.boolean()).map(([pick, bom, crlf]) => {
  const all = protos();
  let text = decoder.decode(all[pick % all.length]);
  if (crlf) text = text.replaceAll("\n", "\r\n");
  return encoder.encode(bom || !crlf ? `\ufeff${text}` : text);
});

/** `.proto` text: mutated fixtures, token soup, random bytes, deep nesting, BOM and CRLF. */
export const frontend: Target<Uint8Array> = {
  name: "frontend",
  arbitrary: fc.oneof(
    { arbitrary: mutated(protos), weight: 6 },
    { arbitrary: tokenSoup, weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 512 }), weight: 1 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: lineEnds, weight: 1 },
  ),
  check(bytes) {
    expectResultOrError(() => {
      const result = compile([{ path: "fuzz/v1/input.proto", bytes }]);
      buildImage(result.files);
    });
  },
  save: (bytes) => ({ bytes, ext: "proto" }),
};

interface DescriptorSeed {
  readonly inputs: readonly ImageInput[];
  readonly binary: Uint8Array;
  readonly json: Uint8Array;
}

let baseSet: DescriptorSeed[] | undefined;
/** Descriptor sets of a few fixture files that compile: the seeds for mutated sets. */
function descriptorSeeds(): DescriptorSeed[] {
  if (baseSet !== undefined) return baseSet;
  const seeds: DescriptorSeed[] = [];
  const all = protos();
  for (let i = 0; seeds.length < 24 && i < all.length; i += Math.max(1, Math.floor(all.length / 60))) {
    try {
      const compiled = compile([{ path: `seed${i}.proto`, bytes: all[i] as Uint8Array }]).files;
      const protosOf = compiled.map((f) => f.proto);
      seeds.push({
        inputs: compiled,
        binary: toBinary(FileDescriptorSetSchema, create(FileDescriptorSetSchema, { file: protosOf })),
        json: encoder.encode(JSON.stringify(descriptorSetJson(protosOf))),
      });
    } catch {
      // A fixture that needs imports: not a seed.
    }
  }
  baseSet = seeds;
  return seeds;
}

/** A change to one value of a descriptor: the kinds of values a reader must not trust. */
interface Edit {
  readonly path: readonly number[];
  readonly value: fc.JsonValue;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  value: fc.oneof(
    fc.constantFrom(0, -1, 1, 2, 18, 99, 536870911, 536870912, 2147483647, -2147483648, "", ".", "..x", ".google.protobuf.Any", "x\n::error::y", "a.proto", "google/protobuf/any.proto", null, true),
    fc.string({ maxLength: 12 }),
    fc.integer(),
  ),
});

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/**
 * Applies edits to a descriptor set in its JSON form: each path picks an
 * object key or array item at every level (indices modulo the count), and
 * the value replaces what is there, or is appended when the end is an array.
 */
function applyEdits(json: unknown, edits: readonly Edit[]): unknown {
  for (const e of edits) {
    let node: unknown = json;
    for (let depth = 0; depth < e.path.length; depth++) {
      const step = e.path[depth] as number;
      const keys = Array.isArray(node) ? node.map((_, i) => i) : isObject(node) ? Object.keys(node) : [];
      if (keys.length === 0) break;
      const key = keys[step % keys.length] as string | number;
      const child: unknown = (node as Record<string | number, unknown>)[key];
      if (depth === e.path.length - 1 || !isObject(child)) {
        if (Array.isArray(child)) child.push(isObject(child[0]) ? structuredClone(child[0]) : e.value);
        else (node as Record<string | number, unknown>)[key] = e.value;
        break;
      }
      node = child;
    }
  }
  return json;
}

/** A descriptor set and its form: mutated seeds (binary and JSON), edited values, truncated, random bytes, random JSON. */
export const descriptorSet: Target<{ readonly format: "binary" | "json"; readonly bytes: Uint8Array; readonly seed: number }> = {
  name: "descriptor-set",
  arbitrary: fc.oneof(
    {
      arbitrary: fc.record({
        format: fc.constantFrom("binary" as const, "json" as const),
        seed: fc.nat(),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
      }).map(({ format, seed, mutations }) => {
        const seeds = descriptorSeeds();
        const s = seeds[seed % seeds.length] as DescriptorSeed;
        return { format, seed, bytes: mutate(format === "binary" ? s.binary : s.json, mutations) };
      }),
      weight: 6,
    },
    {
      // Values edited in the JSON form: sets that decode, with dangling names, odd numbers, duplicates.
      arbitrary: fc.record({ seed: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }).map(({ seed, edits }) => {
        const seeds = descriptorSeeds();
        const s = seeds[seed % seeds.length] as DescriptorSeed;
        const json = applyEdits(JSON.parse(decoder.decode(s.json)) as unknown, edits);
        return { format: "json" as const, seed, bytes: encoder.encode(JSON.stringify(json)) };
      }),
      weight: 6,
    },
    { arbitrary: fc.record({ format: fc.constant("binary" as const), seed: fc.nat(), bytes: fc.uint8Array({ maxLength: 512 }) }), weight: 2 },
    { arbitrary: fc.record({ format: fc.constant("json" as const), seed: fc.nat(), bytes: fc.json({ maxDepth: 6 }).map((s) => encoder.encode(s)) }), weight: 1 },
    {
      arbitrary: fc.record({
        format: fc.constant("json" as const),
        seed: fc.nat(),
        bytes: fc.integer({ min: 1, max: 50_000 }).map((n) => encoder.encode(`{"file": ${"[".repeat(n)}`)),
      }),
      weight: 1,
    },
  ),
  check({ format, bytes, seed }) {
    expectResultOrError(() => {
      const inputs = readDescriptorSet(bytes, format, `fuzz.${format === "json" ? "json" : "binpb"}`);
      const seeds = descriptorSeeds();
      const previous = buildImage((seeds[seed % seeds.length] as DescriptorSeed).inputs);
      runRules(compareImages(previous, buildImage(inputs)), RULES);
    });
  },
  save: ({ format, bytes }) => ({ bytes, ext: format === "json" ? "json" : "binpb" }),
};

/** Alias bombs, deep flow and block nesting, many documents. */
const hostileYaml: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("flow", "map", "compact", "block", "aliases", "docs", "crafted"))
  .map(([n, form]) => {
    switch (form) {
      case "flow":
        return encoder.encode(`use: ${"[".repeat(n)}`);
      case "map":
        return encoder.encode(`ignore_only: ${"{a: ".repeat(n)}`);
      case "compact":
        return encoder.encode(`use:\n${"- ".repeat(n)}FILE\n`);
      case "block":
        return encoder.encode(Array.from({ length: Math.min(n, 2000) }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n"));
      case "aliases":
        return encoder.encode(`a: &a [x]\n${Array.from({ length: Math.min(n, 5000) }, (_, i) => `b${i}: [*a, *a, *a]`).join("\n")}\n`);
      case "docs":
        return encoder.encode("use: [FILE]\n---\n".repeat(Math.min(n, 5000)));
      case "crafted":
        return encoder.encode(`a: [b]\rc: [d]\r\n---\n${"[".repeat(n)}`);
      default:
        return form satisfies never;
    }
  });

/** A configuration file's text, read as protoguard.yaml or buf.yaml from a git tree. */
export const config: Target<{ readonly name: "protoguard.yaml" | "buf.yaml"; readonly bytes: Uint8Array }> = {
  name: "config",
  arbitrary: fc.record({
    name: fc.constantFrom("protoguard.yaml" as const, "buf.yaml" as const),
    bytes: fc.oneof(
      { arbitrary: mutated(configs), weight: 6 },
      { arbitrary: fc.string({ maxLength: 300 }).map((s) => encoder.encode(s)), weight: 1 },
      { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 1 },
      { arbitrary: hostileYaml, weight: 2 },
    ),
  }),
  check({ name, bytes }) {
    expectResultOrError(() => {
      findConfigInGit({
        prefix: "",
        place: (path) => join("/nonexistent-fuzz-root", path),
        name: (path) => `fuzz:${path}`,
        files: new Map([[name, bytes]]),
      }, CATALOGUE);
    });
  },
  save: ({ bytes }) => ({ bytes, ext: "yaml" }),
};

/** Strings from input as they may come: printable text mixed with line ends, controls, bidi, `::` commands, markup. */
const hostileString = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom("a", "Z", "0", " ", ".", "/", "_", '"', "'"), weight: 6 },
    {
      arbitrary: fc.constantFrom(
        "\n", "\r", "\t", "\u0000", "\u001b", "\u0007", "\u007f", "\u0085", "\u009b", "\u061c", "\u200e", "\u202e", "\u2028",
        "\u2029", "\u2066", "\ufeff", "::", "::error::", "##[", "%", ",", ":", "@", "#1", "<", ">", "&", "|", "`", "*", "[", "]",
        "https://x.y", "www.x", "\ud800", "漢", "é",
      ),
      weight: 4,
    },
  ),
  maxLength: 40,
});

const finding: fc.Arbitrary<Finding> = fc
  .record({
    rule: fc.constantFrom("FIELD_NO_DELETE", "FIELD_SAME_JSON_NAME", "FILE_NO_DELETE", "PACKAGE_VERSION_SUFFIX"),
    severity: fc.constantFrom("error" as const, "warning" as const),
    file: hostileString,
    path: hostileString,
    deleted: fc.boolean(),
    line: fc.integer({ min: 1, max: 100 }),
    column: fc.integer({ min: 1, max: 100 }),
    endLine: fc.integer({ min: 1, max: 100 }),
    endColumn: fc.integer({ min: 1, max: 100 }),
    message: hostileString,
    previous: fc.option(fc.record({ file: hostileString, line: fc.integer({ min: 1, max: 100 }), column: fc.integer({ min: 1, max: 100 }) }), { nil: undefined }),
    fix: fc.option(hostileString, { nil: undefined }),
  })
  .map(({ deleted, previous, fix, ...f }) => ({
    ...f,
    ...(deleted ? { deleted: true as const } : {}),
    ...(previous === undefined ? {} : { previous }),
    ...(fix === undefined ? {} : { fix }),
  }));

/** What a terminal or a log must not get raw (LF is the line end every format uses). */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const COMMAND = /^\s*(::|##\[)/;
const OWN_ANNOTATION = /^::(error|warning|notice) title=[A-Za-z_]+(,(file|line|endLine|col|endColumn)=[^:,]*)*::[^\r\n]*$/;

/** Random findings with hostile strings, through every format: no throw, no raw unsafe character, no forged command. */
export const reporters: Target<{ readonly findings: Finding[]; readonly against: string; readonly source: string; readonly reason: string }> = {
  name: "reporters",
  arbitrary: fc.record({
    findings: fc.array(finding, { maxLength: 14 }),
    against: hostileString,
    source: fc.array(hostileString, { maxLength: 12 }).map((lines) => lines.join("\n")),
    reason: hostileString,
  }),
  check({ findings, against, source, reason }) {
    const context = {
      filesCompared: findings.length,
      against,
      input: against,
      sources: new Map(findings.map((f) => [f.path, source])),
      packages: new Map(findings.map((f) => [f.path, `${reason}.v1`])),
      suppressed: findings.slice(0, 2).map((f) => ({ ...f, suppression: { by: "comment" as const, reason, at: against } })),
      showSuppressed: true,
    };
    for (const format of FORMATS) {
      const out = formatReport(format, findings, context);
      for (const line of out.split("\n")) {
        if (UNSAFE.test(line)) throw new PropertyBroken(`${format}: raw unsafe character in ${JSON.stringify(line)}`);
        if (COMMAND.test(line) && !(format === "github" && OWN_ANNOTATION.test(line))) {
          throw new PropertyBroken(`${format}: a line a runner would run: ${JSON.stringify(line)}`);
        }
      }
      if (format === "json" || format === "sarif" || format === "gitlab") JSON.parse(out);
      if (format === "buf-json") for (const line of out.split("\n").filter((l) => l !== "")) JSON.parse(line);
    }
  },
  save: (input) => ({ bytes: encoder.encode(JSON.stringify(input, null, 2)), ext: "json" }),
};

/** Every target by name, for the long run (each input goes back only to the target that generated it). */
export const TARGETS: Readonly<Record<string, Target<unknown>>> = {
  frontend: frontend as Target<unknown>,
  "descriptor-set": descriptorSet as Target<unknown>,
  config: config as Target<unknown>,
  reporters: reporters as Target<unknown>,
};

/**
 * The bound on one case of the short run: far above any case's time (the
 * slowest take about a second on a machine shared by many jobs), far below a hang.
 */
export const CASE_MS = 15_000;

/**
 * The short run of a target in `npm test`: FUZZ_RUNS cases (default 200), from
 * FUZZ_SEED when set; each must keep the property within CASE_MS.
 */
export function shortRun<T>(target: Target<T>): void {
  const seed = process.env["FUZZ_SEED"];
  fc.assert(
    fc.property(target.arbitrary, (input) => {
      const start = performance.now();
      target.check(input);
      const ms = performance.now() - start;
      if (ms > CASE_MS) throw new PropertyBroken(`one case took ${Math.round(ms)} ms, more than ${CASE_MS}`);
    }),
    { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200), ...(seed === undefined ? {} : { seed: Number(seed) }) },
  );
}
