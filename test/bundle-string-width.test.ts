import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";

const WRAPPER = resolve(import.meta.dirname, "../scripts/lib/ascii-string-width.mjs");

let asciiStringWidth: (text: unknown, options?: object) => number;

// The wrapper requires string-width only for text that is not printable ASCII,
// which works once esbuild has bundled it, as the CLI bundle does.
beforeAll(async () => {
  const outfile = join(mkdtempSync(join(tmpdir(), "protoguard-width-")), "width.mjs");
  await build({ entryPoints: [WRAPPER], outfile, bundle: true, platform: "node", format: "esm", logLevel: "error" });
  const loaded = (await import(pathToFileURL(outfile).href)) as { default: typeof asciiStringWidth };
  asciiStringWidth = loaded.default;
});

describe("the CLI bundle's string-width", () => {
  it("measures printable ASCII by its length", () => {
    expect(asciiStringWidth("protoguard breaking [input]")).toBe(27);
    expect(asciiStringWidth("")).toBe(0);
  });

  it("measures anything else as string-width does", () => {
    for (const text of ["注文 order", "\u001b[31mred\u001b[39m", "e\u0301", "tab\there", "👍 ok"]) {
      expect(asciiStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
    expect(asciiStringWidth("注文")).toBe(4);
    expect(asciiStringWidth("\u001b[31mred\u001b[39m")).toBe(3);
  });
});
