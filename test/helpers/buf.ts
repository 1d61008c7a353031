import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { readDescriptorSet } from "../../src/sources/descriptor-set.js";
import type { ImageInput } from "../../src/image/build.js";
import { askBuf, type BufAnswer, type BufRequest } from "./buf-answers.js";
import type { Row } from "./rows.js";

// The real buf's answers, through test/helpers/buf-answers.ts: recorded in
// test/buf-answers/ and re-asked from the binary by `npm run test:buf`.

export { BUF } from "./buf-answers.js";

interface BufAnnotation {
  path?: string;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
  type: string;
  message: string;
}

/** The non-empty lines of buf's `--error-format json` output, or an error unless buf exited 0 or 100 (findings). */
function annotationLines(answer: BufAnswer, what: string): string[] {
  if (answer.code !== 0 && answer.code !== 100) throw new Error(`${what} failed (exit ${answer.code}): ${answer.stderr}`);
  return answer.stdout.split("\n").filter((line) => line.trim() !== "");
}

/** Rows of annotation lines; a COMPILE annotation (buf could not read the schema) is an error. */
function toRows(lines: readonly string[], where: string, withMessage = false): Row[] {
  return lines.map((line) => {
    const a = JSON.parse(line) as BufAnnotation;
    if (a.type === "COMPILE") throw new Error(`buf could not compile ${where}: ${a.message}`);
    const row: Row = { rule: a.type, path: a.path ?? null, line: a.start_line, column: a.start_column, endLine: a.end_line, endColumn: a.end_column };
    return withMessage ? { ...row, message: a.message } : row;
  });
}

const EMPTY = mkdtempSync(join(tmpdir(), "protoguard-buf-empty-"));

/** What buf prints for a command that reads no schema (`config ls-breaking-rules ...`), run in an empty directory. */
export async function bufStdout(args: readonly string[]): Promise<string> {
  const answer = await askBuf({ args, cwd: EMPTY, root: EMPTY });
  if (answer.code !== 0) throw new Error(`buf ${args.join(" ")} failed (exit ${answer.code}): ${answer.stderr}`);
  return answer.stdout;
}

/** The `buf breaking` request for a fixture case (previous/ and current/) with the given rules. */
export function breakingRequest(caseDir: string, use: readonly string[]): BufRequest {
  const config = JSON.stringify({ version: "v2", breaking: { use } });
  return {
    args: ["breaking", ".", "--against", "../previous", "--config", config, "--against-config", config, "--error-format", "json"],
    cwd: join(caseDir, "current"),
    root: caseDir,
  };
}

/** Runs the real `buf breaking` on a fixture case (previous/ and current/) with the given rules. */
export async function bufBreaking(caseDir: string, use: readonly string[]): Promise<Row[]> {
  return toRows(await bufBreakingJson(caseDir, use), caseDir);
}

/** The lines `buf breaking --error-format json` prints for a fixture case, as they are. */
export async function bufBreakingJson(caseDir: string, use: readonly string[]): Promise<string[]> {
  return annotationLines(await askBuf(breakingRequest(caseDir, use)), `buf breaking in ${caseDir}`);
}

/** The bytes of the image the real `buf build` makes of a directory, with extra flags (`--exclude-source-info`, ...). */
export async function bufBuildBytes(dir: string, flags: readonly string[] = [], output = "image.binpb"): Promise<Uint8Array> {
  const answer = await askBuf({ args: ["build", ".", "--config", '{"version":"v2"}', ...flags], cwd: dir, root: dir, output });
  if (answer.code !== 0 || answer.output === undefined) throw new Error(`buf build failed in ${dir} (exit ${answer.code}): ${answer.stderr}`);
  return answer.output;
}

/** Builds a directory with the real `buf build` and reads the image as a descriptor set. */
export async function bufBuild(dir: string): Promise<ImageInput[]> {
  return readDescriptorSet(await bufBuildBytes(dir), "binary", join(dir, "image.binpb"));
}

/**
 * Runs the real `buf lint` in a directory with a config (a path or inline
 * JSON/YAML; none: the directory's own buf.yaml) and returns the rows, each
 * with buf's message.
 */
export async function bufLint(dir: string, config?: string, args: readonly string[] = ["."]): Promise<Row[]> {
  const answer = await askBuf({
    args: ["lint", ...args, ...(config === undefined ? [] : ["--config", config]), "--error-format", "json"],
    cwd: dir,
    root: dir,
  });
  return toRows(annotationLines(answer, `buf lint in ${dir}`), dir, true);
}

/**
 * Runs the real `buf breaking` in `dir` with the given arguments (the input,
 * `--against`, configs). Resolves to the rows, or to buf's exit code and
 * message when it refuses the input or the configuration (exit 1). The
 * answer is keyed by the schema files under `root` (every file the arguments
 * can reach must be below it): by default the parent of `dir`, as a fixture's
 * `current/` reaches `../previous`. With `withMessage`, each row carries buf's message.
 */
export async function bufBreakingIn(
  dir: string,
  args: readonly string[],
  root = dirname(dir),
  withMessage = false,
): Promise<Row[] | { code: number; stderr: string }> {
  const answer = await askBuf({ args: ["breaking", ...args, "--error-format", "json"], cwd: dir, root });
  if (answer.code !== 0 && answer.code !== 100) return { code: answer.code, stderr: answer.stderr };
  return toRows(annotationLines(answer, `buf breaking in ${dir}`), `in ${dir}`, withMessage);
}
