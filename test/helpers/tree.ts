import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

/** Files by path relative to a root. */
export type Files = Record<string, string>;

/** Writes files below a root, making directories as needed. */
export function write(root: string, files: Files): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A temporary directory holding the files. */
export function tree(files: Files, prefix = "protoguard-tree-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  write(dir, files);
  return dir;
}

/** A proto3 file text with a package and a body. */
export function proto(pkg: string, body: string): string {
  return `syntax = "proto3";\n\n${pkg === "" ? "" : `package ${pkg};\n\n`}${body}\n`;
}

/** Runs the CLI in-process. */
export async function cli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}
