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
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fromBinary, toJson } from "@bufbuild/protobuf";
import type { JsonValue } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/frontend/index.js";
import { bufBuildBytes } from "../helpers/buf.js";
import { askRealBufUnrecorded, bufMode } from "../helpers/buf-answers.js";

const root = resolve(import.meta.dirname, "corpus");
const repo = resolve(import.meta.dirname, "../..");

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

type FileProto = ReturnType<typeof fromBinary<typeof FileDescriptorProtoSchema>>;

const SET_FLAGS = ["--as-file-descriptor-set"];

/** The files of the descriptor set the real buf builds of a directory, by name. */
function byName(bytes: Uint8Array): Map<string, FileProto> {
  return new Map(fromBinary(FileDescriptorSetSchema, bytes).file.map((f) => [f.name, f]));
}

/** The benchmark corpus is too large to record: it is compared with the real buf only (npm run test:buf). */
async function unrecordedBuild(dir: string): Promise<Uint8Array> {
  const answer = await askRealBufUnrecorded({ args: ["build", ".", "--config", '{"version":"v2"}', ...SET_FLAGS], cwd: dir, root: dir, output: "set.binpb" });
  if (answer.code !== 0 || answer.output === undefined) throw new Error(`buf build failed in ${dir} (exit ${answer.code}): ${answer.stderr}`);
  return answer.output;
}

/** The checked-in corpora, plus the generated benchmark corpus (googleapis-like, 2,000 files) when present and buf is asked live. */
const corpora = readdirSync(root)
  .filter((n) => statSync(join(root, n)).isDirectory())
  .map((n) => join(root, n));
const theirsByCorpus = new Map<string, Map<string, FileProto>>();
for (const dir of corpora) theirsByCorpus.set(dir, byName(await bufBuildBytes(dir, SET_FLAGS, "set.binpb")));
const benchCorpus = resolve(repo, "bench/corpus/medium/previous");
if (existsSync(benchCorpus) && bufMode() === "live") {
  corpora.push(benchCorpus);
  theirsByCorpus.set(benchCorpus, byName(await unrecordedBuild(benchCorpus)));
}

describe("frontend matches buf build", () => {
  for (const dir of corpora) {
    describe(relative(repo, dir), () => {
      const paths = protoFiles(dir);
      const theirs = theirsByCorpus.get(dir);
      if (theirs === undefined) throw new Error(`no descriptor set built for ${dir}`);
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
