import { describe, it } from "vitest";
import { reporters, shortRun } from "./targets.js";

describe("fuzzing every reporter: random findings with hostile strings", () => {
  it("renders every input in every format, escaped, with no forged command line", () => {
    shortRun(reporters);
  });
});
