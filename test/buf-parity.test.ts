import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { bufBreaking } from "./helpers/buf.js";
import { casesOf, inPool, type FixtureCase } from "./helpers/fixtures.js";
import { placeKeys, type Row } from "./helpers/rows.js";

// The real `buf breaking`, run with only the rule under test, must report
// exactly the places each fixture's expected.json lists. protoguard's own
// rules have no buf counterpart and buf's lint rules are compared with buf
// lint (test/versioning/lint.test.ts): neither is part of this comparison.
const BUF_RULES = RULES.filter((r) => (r.origin ?? "buf") === "buf");
const cases: FixtureCase[] = BUF_RULES.flatMap((rule) => casesOf(rule));
const results = new Map<string, Row[] | Error>();

beforeAll(async () => {
  await inPool(cases, 4, async (c) => {
    results.set(c.dir, await bufBreaking(c.dir, [c.rule.id]).catch((err: unknown) => err as Error));
  });
}, 900_000);

describe.each(BUF_RULES.map((r) => [r.id, r] as const))("%s agrees with buf breaking", (_id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const rows = results.get(c.dir);
    if (rows === undefined) throw new Error(`buf breaking gave no result for ${c.dir}`);
    if (rows instanceof Error) throw rows;
    expect(placeKeys(rows)).toEqual(placeKeys(c.expected));
  });
});
