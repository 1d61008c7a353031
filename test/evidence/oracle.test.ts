import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { compareImages } from "../../src/compare/pair.js";
import { divergenceOf, encodingsOf, evidenceFor } from "../../src/evidence/index.js";
import { enumProbe, registryOf } from "../../src/evidence/registry.js";
import { compile, createParseCache } from "../../src/frontend/index.js";
import { buildImage, createImageCache } from "../../src/image/build.js";
import type { Image } from "../../src/image/model.js";
import { evidenceLine } from "../../src/model/evidence.js";
import { runRulesLocated } from "../../src/run/engine.js";
import { readProtoDir } from "../../src/sources/dir.js";
import { casesOf, type FixtureCase } from "../helpers/fixtures.js";
import { ACCEPTED_DIVERGENCES, UNPROVABLE } from "./exceptions.js";

const WIRE_RULES = RULES.filter((r) => encodingsOf(r.categories).length > 0);
const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

function images(c: FixtureCase): { previous: Image; current: Image } {
  const cache = createParseCache();
  const imageCache = createImageCache();
  const previous = buildImage(compile(readProtoDir(`${c.dir}/previous`), { cache }).files, imageCache);
  const current = buildImage(compile(readProtoDir(`${c.dir}/current`), { cache }).files, imageCache);
  return { previous, current };
}

/** Every divergence any element present in both versions shows, in the rule's encodings. */
function divergencesOf(c: FixtureCase, sides: { previous: Image; current: Image }): string[] {
  const regs = { previous: registryOf(sides.previous), current: registryOf(sides.current) };
  // An accepted case is judged in the rule's own encoding only: a WIRE_JSON
  // rule accepts what its WIRE twin (the same check on binary) judges.
  const encodings = encodingsOf(c.rule.categories).slice(0, 1);
  const out: string[] = [];
  for (const [name, pm] of sides.previous.messagesByName) {
    const cm = sides.current.messagesByName.get(name);
    if (cm === undefined || pm.isMapEntry) continue;
    const [pd, cd] = [regs.previous.getMessage(name), regs.current.getMessage(name)];
    if (pd === undefined || cd === undefined) throw new Error(`${name} is missing from a registry`);
    const numbers = new Set([...pm.fields, ...cm.fields].map((f) => f.number));
    for (const focus of [undefined, ...[...numbers].map((n) => new Set([n]))]) {
      const e = divergenceOf({ previous: pd, current: cd, focus }, regs, encodings, NO_DEADLINE);
      if (e !== undefined) out.push(`${name}: ${evidenceLine(e)}`);
    }
  }
  for (const name of sides.previous.enumsByName.keys()) {
    const [pe, ce] = [regs.previous.getEnum(name), regs.current.getEnum(name)];
    if (pe === undefined || ce === undefined) continue;
    const values = [...new Set([...pe.values, ...ce.values].map((v) => v.number))];
    const pair = { previous: enumProbe(regs.previous, pe), current: enumProbe(regs.current, ce), focus: undefined, values };
    const e = divergenceOf(pair, regs, encodings, NO_DEADLINE);
    if (e !== undefined) out.push(`${name}: ${evidenceLine(e)}`);
  }
  return out;
}

// The evidence engine as an oracle for the WIRE and WIRE_JSON rules: every
// finding must come with bytes (or JSON) that a reader of the other version
// gets wrong, and a case the rule accepts must have none, except where
// exceptions.ts says why buf's verdict and the bytes disagree.
describe.each(WIRE_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it.each(casesOf(rule).map((c) => [c.name, c] as const))("%s", (name, c) => {
    const sides = images(c);
    const located = runRulesLocated(compareImages(sides.previous, sides.current), [rule]);
    expect(located.length).toBe(c.expected.length);
    const key = `${id}/${name}`;
    if (located.length === 0) {
      const found = divergencesOf(c, sides);
      if (ACCEPTED_DIVERGENCES.has(key)) expect(found, "a listed exception no longer diverges").not.toEqual([]);
      else expect(found).toEqual([]);
      return;
    }
    const lines = located.map((l) => {
      const e = evidenceFor(
        { rule, previous: l.previous?.element, current: l.current?.element },
        { previous: sides.previous, current: sides.current, deadline: NO_DEADLINE },
      );
      if (e === undefined) throw new Error(`${id} is a wire rule but got no evidence`);
      return `${l.finding.message} → ${evidenceLine(e)}`;
    });
    const unproven = lines.filter((l) => l.includes("→ no example:"));
    if (UNPROVABLE.has(id) || UNPROVABLE.has(key)) expect(unproven.length, "a listed exception now has evidence").toBeGreaterThan(0);
    else expect(unproven).toEqual([]);
  });
});

describe("the exceptions", () => {
  it("are listed in docs/evidence.md, by rule and case", () => {
    const doc = readFileSync(resolve(import.meta.dirname, "../../docs/evidence.md"), "utf8");
    for (const key of [...UNPROVABLE.keys(), ...ACCEPTED_DIVERGENCES.keys()]) {
      const [rule, name] = key.split("/") as [string, string | undefined];
      expect(doc, key).toContain(rule.replace(/_(JSON_)?COMPATIBLE_(CARDINALITY|TYPE)$/, ""));
      if (name !== undefined && name !== "extensions" && !/extension/.test(name)) expect(doc, key).toContain(name);
    }
  });
});
