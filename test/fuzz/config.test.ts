import { describe, it } from "vitest";
import { config, shortRun } from "./targets.js";

describe("fuzzing the configuration reader: mutated configuration files, random text and bytes, alias bombs, deep nesting, many documents", () => {
  it("ends every input in a result or a located error, within the time bound", () => {
    shortRun(config);
  });
});
