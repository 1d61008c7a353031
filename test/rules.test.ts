import { describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { compile, createParseCache } from "../src/frontend/index.js";
import { readProtoDir } from "../src/sources/dir.js";
import { casesOf, maybeUpdate, runOne } from "./helpers/fixtures.js";

// Every fixture case, read through protoguard's own parser: findings must
// equal the case's expected.json, messages included.
describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const cache = createParseCache();
    const previous = compile(readProtoDir(`${c.dir}/previous`), { cache }).files;
    const current = compile(readProtoDir(`${c.dir}/current`), { cache }).files;
    const rows = runOne(rule, previous, current, c.ledger);
    if (maybeUpdate(c, rows)) return;
    expect(rows).toEqual(c.expected);
  });
});
