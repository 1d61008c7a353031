import { describe, expect, it } from "vitest";
import { compilePattern, PatternError } from "../../src/versioning/pattern.js";

// package_versions.patterns: JavaScript's regular expressions, restricted to
// what an automaton matches in linear time, always against the whole component.

describe("a version pattern matches as the anchored regular expression would", () => {
  const cases: readonly [string, readonly string[]][] = [
    ["v\\d+eap", ["v1eap", "v21eap", "v1", "veap", "v1eapx", "xv1eap", ""]],
    ["v(\\d+)(alpha|beta)?", ["v1", "v2alpha", "v3beta", "v3gamma", "v"]],
    ["^v[0-9]{1,2}(?:p\\d)?$", ["v1", "v12", "v123", "v1p2", "v1p", "v"]],
    ["[^_.]+_v\\d", ["api_v1", "_v1", "a.b_v1", "x_v"]],
    ["v\\d*x?|stable", ["v", "vx", "v12x", "stable", "stablex"]],
    ["(?<n>v\\d)+", ["v1v2", "v1", "v1v", ""]],
    ["a{2,}b{0,1}", ["a", "aa", "aaab", "aabb"]],
    ["v\\.\\d", ["v.1", "vx1"]],
  ];
  it.each(cases)("%s", (source, inputs) => {
    const p = compilePattern(source);
    const re = new RegExp(`^(?:${source.replace(/^\^/, "").replace(/\$$/, "")})$`);
    for (const input of inputs) expect([input, p.test(input)]).toEqual([input, re.test(input)]);
  });
});

describe("a version pattern is refused when an automaton cannot match it", () => {
  it.each([
    ["(a)\\1", "backreferences are not supported"],
    ["(?<x>a)\\k<x>", "backreferences are not supported"],
    ["v(?=1)\\d", "lookahead and lookbehind are not supported"],
    ["(?<!x)v1", "lookahead and lookbehind are not supported"],
    ["v\\b", "word boundaries are not supported"],
    ["v(", "unterminated group"],
    ["v[1", "unterminated character class"],
    ["a{3,1}", "numbers out of order"],
    ["a{1000}", "repeats more than 100 times"],
    ["*v", "nothing to repeat"],
    ["v1^", "anchor"],
    ["x".repeat(201), "longer than 200 characters"],
    ["(a{1,100}){1,100}", "the pattern is too large"],
  ])("%j", (source, reason) => {
    expect(() => compilePattern(source)).toThrow(PatternError);
    expect(() => compilePattern(source)).toThrow(reason);
  });
});

describe("a version pattern runs in linear time", () => {
  it.each(["(a+)+", "(a|a)+", "(a|aa)+", "(a*)*b", "((a+)+)+$", "(a{1,9}){1,9}"])("%s on 10,000 characters", (source) => {
    const p = compilePattern(source);
    const input = `${"a".repeat(10_000)}!`;
    const started = performance.now();
    expect(p.test(input)).toBe(false);
    expect(p.test("a".repeat(26))).toBe(!source.endsWith("b"));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
