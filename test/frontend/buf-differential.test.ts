/**
 * Differential test: our FileDescriptorProtos against what the real buf CLI
 * builds from the same files, field by field, SourceCodeInfo included.
 *
 * Documented normalizations (the only differences allowed):
 * - Custom options: buf interprets them (they reach us as unknown fields of the
 *   options messages), we keep them as `uninterpreted_option`. Both are
 *   dropped before comparing, and so is an options message (or a `features`
 *   message) left empty by that. Their source locations are compared as is:
 *   we compute the same paths from the extension numbers.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fromBinary, toJson } from "@bufbuild/protobuf";
import type { JsonValue } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../../src/frontend/index.js";

const root = resolve(import.meta.dirname, "corpus");
const bufBin = resolve(import.meta.dirname, "../../node_modules/.bin/buf");
const hasBuf = existsSync(bufBin);
const tmp = mkdtempSync(join(tmpdir(), "protoguard-buf-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function protoFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? protoFiles(p) : p.endsWith(".proto") ? [p] : [];
    })
    .sort();
}

/** Drops custom options (see the file comment) and empty messages they leave behind. */
function normalize(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(normalize);
  if (v !== null && typeof v === "object") {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "uninterpretedOption" || k.startsWith("[") || k === "sourceCodeInfo") continue;
      const n = normalize(x);
      if ((k === "options" || k === "features") && n !== null && typeof n === "object" && !Array.isArray(n) && Object.keys(n).length === 0) continue;
      out[k] = n;
    }
    return out;
  }
  return v;
}

function bufBuild(dir: string): Map<string, ReturnType<typeof fromBinary<typeof FileDescriptorProtoSchema>>> {
  const out = join(tmp, `${relative(resolve(import.meta.dirname, "../.."), dir).replaceAll("/", "_")}.binpb`);
  execFileSync(bufBin, ["build", ".", "--config", '{"version":"v2"}', "-o", out, "--as-file-descriptor-set"], {
    cwd: dir,
    env: { ...process.env, BUF_CACHE_DIR: join(tmp, "cache") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const set = fromBinary(FileDescriptorSetSchema, readFileSync(out));
  return new Map(set.file.map((f) => [f.name, f]));
}

/** The checked-in corpora, plus the generated benchmark corpus (googleapis-like, 2,000 files) when present. */
const corpora = readdirSync(root)
  .filter((n) => statSync(join(root, n)).isDirectory())
  .map((n) => join(root, n));
const benchCorpus = resolve(import.meta.dirname, "../../bench/corpus/medium/previous");
if (existsSync(benchCorpus)) corpora.push(benchCorpus);

describe.skipIf(!hasBuf)("frontend matches buf build", () => {
  for (const dir of corpora) {
    describe(relative(resolve(import.meta.dirname, "../.."), dir), () => {
      const paths = protoFiles(dir);
      const theirs = bufBuild(dir);
      const ours = compile(paths.map((p) => ({ path: relative(dir, p), bytes: readFileSync(p) })));
      const oursByName = new Map(ours.files.filter((f) => !f.isImport).map((f) => [f.proto.name, f.proto]));

      it("returns every input file", () => {
        expect([...oursByName.keys()].sort()).toEqual(paths.map((p) => relative(dir, p)).sort());
      });

      for (const p of paths) {
        const file = relative(dir, p);
        it(`${file}: descriptor`, () => {
          const want = theirs.get(file);
          const got = oursByName.get(file);
          expect(want).toBeDefined();
          expect(got).toBeDefined();
          if (want === undefined || got === undefined) return;
          expect(normalize(toJson(FileDescriptorProtoSchema, got))).toEqual(normalize(toJson(FileDescriptorProtoSchema, want)));
        });
        it(`${file}: source code info`, () => {
          const want = theirs.get(file)?.sourceCodeInfo;
          const got = oursByName.get(file)?.sourceCodeInfo;
          expect(want).toBeDefined();
          expect(got).toBeDefined();
          if (want === undefined || got === undefined) return;
          const show = (l: (typeof want.location)[number]): string => JSON.stringify(l, ["path", "span", "leadingComments", "trailingComments", "leadingDetachedComments"]);
          expect(got.location.map(show)).toEqual(want.location.map(show));
        });
      }
    });
  }
});
