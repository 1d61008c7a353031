import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ANSWERS, REPO, answerKey, askBuf, type BufRequest } from "./helpers/buf-answers.js";

// The recorded answers of buf (test/helpers/buf-answers.ts): a key must
// change with anything buf reads and with nothing else, and a request
// without a recorded answer must fail, naming the command that records it.

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-answers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SCHEMA = {
  "previous/a.proto": 'syntax = "proto3";\nmessage A { string id = 1; }\n',
  "current/a.proto": 'syntax = "proto3";\nmessage A {}\n',
  "expected.json": "[]\n",
};

function request(dir: string, args: readonly string[] = ["breaking", ".", "--against", "../previous"]): BufRequest {
  return { args, cwd: join(dir, "current"), root: dir };
}

describe("the key of a buf answer", () => {
  it("depends on the files' contents and relative paths, not on where the tree is", () => {
    expect(answerKey(request(tree(SCHEMA)))).toBe(answerKey(request(tree(SCHEMA))));
  });

  it("changes with a schema file, a buf.yaml, the arguments or the directory buf runs in", () => {
    const dir = tree(SCHEMA);
    const base = answerKey(request(dir));
    const keys = [
      answerKey(request(tree({ ...SCHEMA, "current/a.proto": 'syntax = "proto3";\nmessage A {} \n' }))),
      answerKey(request(tree({ ...SCHEMA, "current/b/c.proto": 'syntax = "proto3";\n' }))),
      answerKey(request(tree({ ...SCHEMA, "current/buf.yaml": "version: v2\n" }))),
      answerKey(request(tree(SCHEMA), ["breaking", ".", "--against", "../previous", "--error-format", "json"])),
      answerKey({ ...request(dir), cwd: dir }),
    ];
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });

  it("ignores files buf does not read (expected.json)", () => {
    expect(answerKey(request(tree({ ...SCHEMA, "expected.json": '[{"rule":"X"}]\n' })))).toBe(answerKey(request(tree(SCHEMA))));
  });

  it("refuses a directory outside the request's root", () => {
    const dir = tree(SCHEMA);
    expect(() => answerKey({ args: [], cwd: tmpdir(), root: dir })).toThrow("is not inside its root");
  });
});

describe("recorded answers", () => {
  it("a request nobody recorded fails with the command that records it", async () => {
    vi.stubEnv("PROTOGUARD_BUF", "cache");
    try {
      const dir = tree({ ...SCHEMA, "current/a.proto": `syntax = "proto3";\nmessage Unrecorded${Date.now()} {}\n` });
      await expect(askBuf(request(dir))).rejects.toThrow(/^no recorded answer for `buf breaking \. --against \.\.\/previous in <tmp>\/current` \(test\/buf-answers\/[0-9a-f]{32}\.json\): run npm run buf-answers$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("are answers of the installed buf, named by their key", () => {
    const installed = (JSON.parse(readFileSync(join(REPO, "node_modules/@bufbuild/buf/package.json"), "utf8")) as { version: string }).version;
    const names = readdirSync(ANSWERS);
    expect(names.length).toBeGreaterThan(700);
    for (const name of names) {
      expect(name).toMatch(/^[0-9a-f]{32}\.json$/);
      const answer = JSON.parse(readFileSync(join(ANSWERS, name), "utf8")) as { buf: string; label: string; code: number };
      expect(answer.buf, name).toBe(installed);
      expect(answer.label, name).toMatch(/^buf /);
      expect([0, 1, 100], name).toContain(answer.code);
    }
  });
});
