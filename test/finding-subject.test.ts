import { describe, expect, it } from "vitest";
import { compareImages } from "../src/compare/pair.js";
import { CompileError, compile } from "../src/frontend/index.js";
import { buildImage } from "../src/image/build.js";
import type { AnyEl, FileEl } from "../src/image/model.js";
import type { Rule } from "../src/model/rule.js";
import { runRulesLocated } from "../src/run/engine.js";
import { readProtoDir } from "../src/sources/dir.js";
import { fixtureSides } from "./helpers/fixtures.js";

type El = Exclude<AnyEl, FileEl>;


/** The elements a finding can be about: everything but map entries and their fields. */
function elementsOf(file: FileEl): El[] {
  const out: El[] = [];
  for (const m of file.messages) {
    if (m.isMapEntry) continue;
    out.push(m, ...m.fields, ...m.oneofs);
  }
  for (const e of file.enums) out.push(e, ...e.values);
  for (const s of file.services) out.push(s, ...s.methods);
  out.push(...file.extensions);
  return out;
}

/** A rule that reports every element of every current file at the element's own path, its index in `all` as the message. */
function reportingEach(all: El[]): Rule {
  return {
    id: "EVERY_ELEMENT",
    categories: [],
    summary: "Reports every element.",
    messages: {},
    check(comparison, { report }) {
      for (const file of comparison.current.files) {
        if (file.isImport) continue;
        for (const el of elementsOf(file)) {
          report({ message: String(all.length), current: { file, candidates: [{ file, path: el.path }] } });
          all.push(el);
        }
      }
    },
  };
}

describe("the subject of a finding", () => {
  it("is the element whose path the finding points at, for every element of the fixtures", () => {
    let checked = 0;
    const kinds = new Set<string>();
    for (const side of fixtureSides()) {
      let image;
      try {
        image = buildImage(compile(readProtoDir(side)).files);
      } catch (e) {
        // A side that does not compile has no elements to point at.
        if (e instanceof CompileError) continue;
        throw e;
      }
      const all: El[] = [];
      const located = runRulesLocated(compareImages(buildImage([]), image), [reportingEach(all)]);
      expect(located.length).toBe(all.length);
      for (const l of located) {
        const want = all[Number(l.finding.message)];
        expect(want, side).toBeDefined();
        expect(l.current?.element, `${side}: ${want?.kind ?? ""} at ${want?.path.join(",") ?? ""}`).toBe(want);
        kinds.add(want?.kind ?? "");
      }
      checked += located.length;
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...kinds].sort()).toEqual(["enum", "enum_value", "field", "message", "method", "oneof", "service"]);
  });
});
