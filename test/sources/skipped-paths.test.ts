import { describe, expect, it } from "vitest";
import { isSkippedPath } from "../../src/sources/dir.js";

describe("isSkippedPath", () => {
  it("skips a file below a node_modules or .git directory at any depth, and nothing else", () => {
    const skipped = ["node_modules/x/a.proto", "a/node_modules/b.proto", ".git/a.proto", "a/b/.git/c.proto"];
    const kept = ["a.proto", "node_modules.proto", "a/.github/b.proto", "a/.gitkeep/b.proto", "a/my_node_modules/b.proto", "a/b/.git", "a/node_modules"];
    expect(skipped.filter((p) => !isSkippedPath(p))).toEqual([]);
    expect(kept.filter((p) => isSkippedPath(p))).toEqual([]);
  });
});
