import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareImages } from "../../src/compare/pair.js";
import { features, MATCH_MARGIN, MATCH_THRESHOLD, MAX_CANDIDATES, MIN_FEATURES, matchUnique, similarity, type Features } from "../../src/compare/match.js";
import { findRenames } from "../../src/compare/renames.js";
import { compile, createParseCache } from "../../src/frontend/index.js";
import { buildImage, createImageCache } from "../../src/image/build.js";

/** Scores every pair and applies the accept rule to whole rows and columns: the reference the candidate search must agree with. */
function allPairs(previous: readonly Features[], current: readonly Features[]): [number, number][] {
  const size = (f: Features): number => [...f.values()].reduce((a, b) => a + b, 0);
  const scores = previous.map((p) => current.map((c) => (size(p) < MIN_FEATURES || size(c) < MIN_FEATURES ? 0 : similarity(p, c))));
  const bestOf = (values: readonly number[]): number => {
    const best = Math.max(...values);
    const at = values.indexOf(best);
    const second = Math.max(-1, ...values.filter((_v, i) => i !== at));
    return best < MATCH_THRESHOLD || best - second < MATCH_MARGIN - 1e-9 ? -1 : at;
  };
  const out: [number, number][] = [];
  scores.forEach((row, i) => {
    const j = bestOf(row);
    if (j >= 0 && bestOf(scores.map((r) => r[j] ?? 0)) === i) out.push([i, j]);
  });
  return out;
}

function matchIndexes(previous: readonly Features[], current: readonly Features[]): [number, number][] {
  const p = previous.map((f, i) => ({ f, i }));
  const c = current.map((f, i) => ({ f, i }));
  return matchUnique(p, c, (e) => e.f, (e) => e.f).map((m) => [m.previous.i, m.current.i]);
}

// Few feature names, so that elements overlap, tie and cross the threshold often.
const featureSet = fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), { maxLength: 9 }).map(features);

describe("matchUnique", () => {
  it("accepts exactly the pairs scoring every pair would accept", () => {
    fc.assert(
      fc.property(fc.array(featureSet, { maxLength: 40 }), fc.array(featureSet, { maxLength: 40 }), (previous, current) => {
        expect(matchIndexes(previous, current)).toEqual(allPairs(previous, current));
      }),
      { numRuns: 400 },
    );
  });

  it("finds a pair at exactly the threshold, and none just below it", () => {
    // 3 shared of 5 in all: 0.6; 3 of 6: 0.5.
    expect(similarity(features(["a", "b", "c", "d"]), features(["a", "b", "c", "e"]))).toBe(MATCH_THRESHOLD);
    expect(matchIndexes([features(["a", "b", "c", "d"])], [features(["a", "b", "c", "e"])])).toEqual([[0, 0]]);
    expect(matchIndexes([features(["a", "b", "c", "d"])], [features(["a", "b", "c", "e", "f"])])).toEqual([]);
    expect(matchIndexes([features(["a", "a", "b"])], [features(["a", "b", "b"])])).toEqual([]);
  });

  it("matches nothing when a second candidate comes within the margin of the best", () => {
    const letters = "abcdefghijklmnopqrst".split("");
    const previous = [features(letters)];
    // 1.0 against 0.95: too close to tell.
    expect(matchIndexes(previous, [features(letters), features(letters.slice(1))])).toEqual([]);
    // 1.0 against 0.9: the margin exactly, far enough ahead.
    expect(matchIndexes(previous, [features(letters), features(letters.slice(2))])).toEqual([[0, 0]]);
  });

  it("matches nothing among more look-alikes than it compares", () => {
    const same = Array.from({ length: MAX_CANDIDATES + 1 }, () => features(["x", "y", "z"]));
    const distinct = features(["p", "q", "r"]);
    expect(matchIndexes([...same, distinct], [...same, distinct])).toEqual([[MAX_CANDIDATES + 1, MAX_CANDIDATES + 1]]);
  });
});

/** A message of three fields whose names carry `n`, so that each message has one look-alike: its renamed self. */
function message(name: string, n: number): string {
  return `message ${name} {\n  string item_${n}_id = 1;\n  int64 item_${n}_count = 2;\n  repeated string item_${n}_tags = 3;\n}\n`;
}

function image(path: string, text: string, cache: ReturnType<typeof createParseCache>, images: ReturnType<typeof createImageCache>) {
  return buildImage(compile([{ path, bytes: new TextEncoder().encode(text) }], { cache }).files, images);
}

describe("findRenames when a whole API version is replaced", () => {
  // 600 messages deleted with v1beta1 and 600 added with v1 under other
  // names: 360,000 candidate pairs, above the 250,000 of the former all-pairs
  // limit, beside a near miss of each kind.
  const COUNT = 600;
  const old: string[] = ['syntax = "proto3";\n\npackage acme.store.v1beta1;\n'];
  const next: string[] = ['syntax = "proto3";\n\npackage acme.store.v1;\n'];
  for (let n = 0; n < COUNT; n++) {
    old.push(message(`Widget${n}`, n));
    next.push(message(`Gadget${n}`, n));
  }
  // Two of the same shape on the previous side, one on the current side: a tie.
  old.push("message TwinA {\n  string twin_code = 1;\n  string twin_label = 2;\n}\n", "message TwinB {\n  string twin_code = 1;\n  string twin_label = 2;\n}\n");
  next.push("message Twin {\n  string twin_code = 1;\n  string twin_label = 2;\n}\n");
  // A deletion beside an unrelated addition.
  old.push("message Coupon {\n  string coupon_code = 1;\n  int32 percent_off = 2;\n}\n");
  next.push("message Shipment {\n  string carrier = 1;\n  string tracking_number = 2;\n}\n");

  const cache = createParseCache();
  const images = createImageCache();
  const previous = image("acme/store/v1beta1/store.proto", old.join("\n"), cache, images);
  const current = image("acme/store/v1/store.proto", next.join("\n"), cache, images);
  const renames = findRenames(compareImages(previous, current));

  it("matches each message to its renamed self", () => {
    const pairs = renames.messages.map((r) => [r.previous.fullName, r.current.fullName] as const);
    expect(pairs).toHaveLength(COUNT);
    for (const [before, after] of pairs) {
      expect(after.replace("acme.store.v1.Gadget", "")).toBe(before.replace("acme.store.v1beta1.Widget", ""));
    }
  });

  it("matches neither two messages of the same shape nor a deletion beside an unrelated addition", () => {
    const names = renames.messages.flatMap((r) => [r.previous.name, r.current.name]);
    for (const name of ["TwinA", "TwinB", "Twin", "Coupon", "Shipment"]) expect(names).not.toContain(name);
  });
});
