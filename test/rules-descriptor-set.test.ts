import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { bufBuild } from "./helpers/buf.js";
import { casesOf, inPool, maybeUpdate, runOne, type FixtureCase } from "./helpers/fixtures.js";
import type { Row } from "./helpers/rows.js";

// Every fixture case, read as descriptor sets built by the real `buf build`:
// findings must equal the case's expected.json, messages included.
const cases: FixtureCase[] = RULES.flatMap((rule) => casesOf(rule));
const results = new Map<string, Row[] | Error>();

beforeAll(async () => {
  await inPool(cases, 4, async (c) => {
    try {
      const [previous, current] = await Promise.all([bufBuild(`${c.dir}/previous`), bufBuild(`${c.dir}/current`)]);
      results.set(c.dir, runOne(c.rule, previous, current, c.ledger));
    } catch (err) {
      results.set(c.dir, err as Error);
    }
  });
}, 900_000);

describe.each(RULES.map((r) => [r.id, r] as const))("%s (descriptor set input)", (_id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const rows = results.get(c.dir);
    if (rows === undefined) throw new Error(`no findings computed for ${c.dir}`);
    if (rows instanceof Error) throw rows;
    if (maybeUpdate(c, rows)) return;
    expect(rows).toEqual(c.expected);
  });
});
