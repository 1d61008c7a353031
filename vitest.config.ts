import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith(".test.ts") ? [path] : [];
  });
}

// The test files that ask buf (through test/helpers/buf.ts): in `unit` they
// read buf's recorded answers, in `buf` they ask the real binary and fail
// unless it answers what was recorded.
const asksBuf = testFiles(resolve(root, "test"))
  .filter((file) => /from "(\.\.?\/)+(test\/)?helpers\/buf\.js"/.test(readFileSync(file, "utf8")))
  .map((file) => relative(root, file).split("\\").join("/"))
  .sort();

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], env: { PROTOGUARD_BUF: "cache" } },
      },
      {
        extends: true,
        test: {
          name: "buf",
          include: asksBuf,
          env: { PROTOGUARD_BUF: process.env["PROTOGUARD_BUF"] === "record" || process.env["PROTOGUARD_BUF"] === "missing" ? process.env["PROTOGUARD_BUF"] : "live" },
          testTimeout: 300_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
