import { describe, it } from "vitest";
import { descriptorSet, shortRun } from "./targets.js";

describe("fuzzing the descriptor-set reader: mutated, truncated and random sets, binary and JSON, then image and rules", () => {
  it("ends every input in a result or a located error, within the time bound", () => {
    shortRun(descriptorSet);
  });
});
