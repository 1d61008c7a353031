import { describe, it } from "vitest";
import { frontend, shortRun } from "./targets.js";

describe("fuzzing the frontend: .proto text, mutated fixtures, token soup, random bytes, deep nesting, BOM and CRLF", () => {
  it("ends every input in a result or a located error, within the time bound", () => {
    shortRun(frontend);
  });
});
