import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { bufLint } from "../helpers/buf.js";
import { casesOf } from "../helpers/fixtures.js";
import { placeKeys } from "../helpers/rows.js";

// buf's lint rules that protoguard has: the real `buf lint`, run with only the
// rule under test on each fixture's current side, must report the places the
// fixture's expected.json lists.
const LINT_RULES = RULES.filter((r) => r.origin === "buf-lint");

describe.each(LINT_RULES.map((r) => [r.id, r] as const))("%s agrees with buf lint", (id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const config = JSON.stringify({ version: "v2", lint: { use: [id] } });
    expect(placeKeys(await bufLint(join(c.dir, "current"), config))).toEqual(placeKeys(c.expected));
  });
});
