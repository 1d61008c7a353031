import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { readDescriptorSet } from "../../src/sources/descriptor-set.js";
import type { ImageInput } from "../../src/image/build.js";
import type { Row } from "./rows.js";

const run = promisify(execFile);

export const BUF = resolve(import.meta.dirname, "../../node_modules/.bin/buf");
const cacheDir = mkdtempSync(join(tmpdir(), "protoguard-buf-cache-"));
const env = { ...process.env, BUF_CACHE_DIR: cacheDir };

interface BufAnnotation {
  path?: string;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
  type: string;
  message: string;
}

/** Runs the real `buf breaking` on a fixture case (previous/ and current/) with the given rules. */
export async function bufBreaking(caseDir: string, use: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const line of await bufBreakingJson(caseDir, use)) {
    const a = JSON.parse(line) as BufAnnotation;
    if (a.type === "COMPILE") throw new Error(`buf could not compile ${caseDir}: ${a.message}`);
    rows.push({
      rule: a.type,
      path: a.path ?? null,
      line: a.start_line,
      column: a.start_column,
      endLine: a.end_line,
      endColumn: a.end_column,
    });
  }
  return rows;
}

/** The lines `buf breaking --error-format json` prints for a fixture case, as they are. */
export async function bufBreakingJson(caseDir: string, use: readonly string[]): Promise<string[]> {
  const config = JSON.stringify({ version: "v2", breaking: { use } });
  let stdout: string;
  try {
    ({ stdout } = await run(
      BUF,
      ["breaking", ".", "--against", "../previous", "--config", config, "--against-config", config, "--error-format", "json"],
      { cwd: join(caseDir, "current"), env },
    ));
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (e.code !== 100) throw new Error(`buf breaking failed in ${caseDir}: ${e.stderr ?? String(err)}`);
    stdout = e.stdout ?? "";
  }
  return stdout.split("\n").filter((line) => line.trim() !== "");
}

/** Builds a directory with the real `buf build` and reads the image as a descriptor set. */
export async function bufBuild(dir: string): Promise<ImageInput[]> {
  const out = mkdtempSync(join(tmpdir(), "protoguard-buf-build-"));
  try {
    const file = join(out, "image.binpb");
    try {
      await run(BUF, ["build", ".", "-o", file, "--config", '{"version":"v2"}'], { cwd: dir, env });
    } catch (err) {
      throw new Error(`buf build failed in ${dir}: ${(err as { stderr?: string }).stderr ?? String(err)}`);
    }
    return readDescriptorSet(readFileSync(file), "binary", file);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Runs the real `buf lint` in a directory with a config (a path or inline
 * JSON/YAML; none: the directory's own buf.yaml) and returns the rows, each
 * with buf's message.
 */
export async function bufLint(dir: string, config?: string, args: readonly string[] = ["."]): Promise<Row[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(BUF, ["lint", ...args, ...(config === undefined ? [] : ["--config", config]), "--error-format", "json"], {
      cwd: dir,
      env,
    }));
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (e.code !== 100) throw new Error(`buf lint failed in ${dir}: ${e.stderr ?? String(err)}`);
    stdout = e.stdout ?? "";
  }
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const a = JSON.parse(line) as BufAnnotation;
      if (a.type === "COMPILE") throw new Error(`buf could not compile ${dir}: ${a.message}`);
      return {
        rule: a.type,
        path: a.path ?? null,
        line: a.start_line,
        column: a.start_column,
        endLine: a.end_line,
        endColumn: a.end_column,
        message: a.message,
      };
    });
}

/**
 * Runs the real `buf breaking` in `dir` with the given arguments (the input,
 * `--against`, configs). Resolves to the rows, or to buf's exit code and
 * message when it refuses the input or the configuration (exit 1); with
 * `withMessage`, each row carries buf's message.
 */
export async function bufBreakingIn(
  dir: string,
  args: readonly string[],
  withMessage = false,
): Promise<Row[] | { code: number; stderr: string }> {
  let stdout: string;
  try {
    ({ stdout } = await run(BUF, ["breaking", ...args, "--error-format", "json"], { cwd: dir, env }));
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (e.code !== 100) return { code: e.code ?? -1, stderr: e.stderr ?? String(err) };
    stdout = e.stdout ?? "";
  }
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const a = JSON.parse(line) as BufAnnotation;
      if (a.type === "COMPILE") throw new Error(`buf could not compile in ${dir}: ${a.message}`);
      const row: Row = { rule: a.type, path: a.path ?? null, line: a.start_line, column: a.start_column, endLine: a.end_line, endColumn: a.end_column };
      return withMessage ? { ...row, message: a.message } : row;
    });
}
