import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { compareImages } from "../src/compare/pair.js";
import { compile, createParseCache } from "../src/frontend/index.js";
import { buildImage, createImageCache } from "../src/image/build.js";
import { runRules } from "../src/run/engine.js";
import { readProtoDir } from "../src/sources/dir.js";
import { bufBreaking } from "./helpers/buf.js";
import { casesOf, inPool, type FixtureCase } from "./helpers/fixtures.js";
import { placeKeys, toRow, type Row } from "./helpers/rows.js";

// A rename or move that protoguard recognises never changes buf's verdict:
// on every fixture of protoguard's rename and move rules, near misses
// included, protoguard's buf rules report exactly the places the real
// `buf breaking` reports with all its categories.
const CATEGORIES = ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"] as const;
const RENAME_RULES = RULES.filter((r) => r.origin === "protoguard" && /_NO_(RENAME|MOVE)$/.test(r.id));
const BUF_RULES = RULES.filter((r) => (r.origin ?? "buf") === "buf" && r.categories.some((c) => (CATEGORIES as readonly string[]).includes(c)));
const cases: FixtureCase[] = RENAME_RULES.flatMap((rule) => casesOf(rule));
const results = new Map<string, Row[] | Error>();

function protoguardRows(dir: string): Row[] {
  const cache = createParseCache();
  const images = createImageCache();
  const previous = buildImage(compile(readProtoDir(`${dir}/previous`), { cache }).files, images);
  const current = buildImage(compile(readProtoDir(`${dir}/current`), { cache }).files, images);
  return runRules(compareImages(previous, current), BUF_RULES).map((f) => toRow(f, false));
}

beforeAll(async () => {
  await inPool(cases, 4, async (c) => {
    results.set(c.dir, await bufBreaking(c.dir, CATEGORIES).catch((err: unknown) => err as Error));
  });
}, 900_000);

describe("rename and move fixtures keep buf's verdict", () => {
  it("covers every rename and move rule", () => {
    expect(RENAME_RULES.map((r) => r.id)).toEqual(expect.arrayContaining(["ONEOF_NO_RENAME", "EXTENSION_NO_RENAME", "MESSAGE_NO_RENAME", "FILE_NO_MOVE"]));
    expect(cases.length).toBeGreaterThan(RENAME_RULES.length);
  });

  it.each(cases.map((c) => [`${c.rule.id} ${c.name}`, c] as const))("%s", (_name, c) => {
    const rows = results.get(c.dir);
    if (rows === undefined) throw new Error(`buf breaking gave no result for ${c.dir}`);
    if (rows instanceof Error) throw rows;
    expect(placeKeys(protoguardRows(c.dir))).toEqual(placeKeys(rows));
  });
});
