import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

// buf's answers, recorded in the repository and keyed by a hash of what buf
// reads (the schema files under the request's root, buf's version, the
// arguments). PROTOGUARD_BUF selects what a request does:
//   cache (default)  answer from test/buf-answers/; a missing answer fails
//   live             ask the real buf and fail unless the recorded answer is the same
//   record           ask the real buf and write its answer (npm run buf-answers)
//   missing          answer from test/buf-answers/, and ask the real buf only where no answer
//                    is recorded (npm run buf-answers -- --missing, after adding fixtures)

export const REPO = resolve(import.meta.dirname, "../..");
export const BUF = join(REPO, "node_modules/.bin/buf");
export const ANSWERS = join(REPO, "test/buf-answers");
const BUF_VERSION = (JSON.parse(readFileSync(join(REPO, "node_modules/@bufbuild/buf/package.json"), "utf8")) as { version: string }).version;

export type BufMode = "cache" | "live" | "record" | "missing";

export function bufMode(): BufMode {
  const mode = process.env["PROTOGUARD_BUF"] ?? "cache";
  if (mode === "cache" || mode === "live" || mode === "record" || mode === "missing") return mode;
  throw new Error(`PROTOGUARD_BUF must be cache, live, record or missing, not ${JSON.stringify(mode)}`);
}

export interface BufRequest {
  /** buf's arguments; the output file, if any, is given by `output`, never as a path here. */
  readonly args: readonly string[];
  /** Where buf runs. */
  readonly cwd: string;
  /** The directory holding everything buf reads (cwd or one of its parents): its schema files key the answer. */
  readonly root: string;
  /** The name of the file buf writes with `-o` (its extension picks the format). */
  readonly output?: string;
}

export interface BufAnswer {
  /** 0, or buf's exit code. */
  readonly code: number;
  readonly stdout: string;
  /** With the request's root and temporary directories replaced by <root>, <out> and <cache>. */
  readonly stderr: string;
  /** The bytes of the file written with `-o`, if the request named one. */
  readonly output?: Uint8Array;
}

interface Recorded {
  readonly label: string;
  readonly buf: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output?: string;
}

/** Files that can change what buf answers: schemas and buf's configuration. */
const KEYED = /\.(proto|ya?ml|lock)$/;
const MAX_FILES = 20_000;

/** [path relative to root, sha256 of the content] for each keyed file under root, sorted. */
function schemaFiles(root: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!KEYED.test(entry.name)) continue;
      if (out.length >= MAX_FILES) throw new Error(`more than ${MAX_FILES} schema files under ${root}: too many to key a buf answer`);
      const rel = relative(root, path).split(sep).join("/");
      const content = lstatSync(path).isSymbolicLink() ? `symlink:${readlinkSync(path)}` : readFileSync(path);
      out.push([rel, createHash("sha256").update(content).digest("hex")]);
    }
  };
  walk(root);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function relativeCwd(req: BufRequest): string {
  const rel = relative(req.root, req.cwd).split(sep).join("/");
  if (rel.startsWith("..")) throw new Error(`buf request: ${req.cwd} is not inside its root ${req.root}`);
  return rel === "" ? "." : rel;
}

/** The key of a request: the hash of buf's version, the arguments, where buf runs and the schema files. */
export function answerKey(req: BufRequest): string {
  const doc = { buf: BUF_VERSION, args: req.args, cwd: relativeCwd(req), output: req.output ?? null, files: schemaFiles(req.root) };
  return createHash("sha256").update(JSON.stringify(doc)).digest("hex").slice(0, 32);
}

function label(req: BufRequest): string {
  const rel = relative(REPO, req.root).split(sep).join("/");
  const where = rel.startsWith("..") ? "<tmp>" : rel;
  const cwd = relativeCwd(req);
  return `buf ${req.args.join(" ")}${req.output === undefined ? "" : ` -o ${req.output}`} in ${where}${cwd === "." ? "" : `/${cwd}`}`;
}

const cacheDir = mkdtempSync(join(tmpdir(), "protoguard-buf-cache-"));

function scrub(text: string, root: string, out: string): string {
  return text.replaceAll(resolve(root), "<root>").replaceAll(out, "<out>").replaceAll(cacheDir, "<cache>");
}

async function askRealBuf(req: BufRequest): Promise<BufAnswer> {
  const out = mkdtempSync(join(tmpdir(), "protoguard-buf-out-"));
  try {
    const file = req.output === undefined ? undefined : join(out, req.output);
    const args = file === undefined ? [...req.args] : [...req.args, "-o", file];
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(BUF, args, { cwd: req.cwd, env: { ...process.env, BUF_CACHE_DIR: cacheDir }, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
        const status = err === null ? 0 : typeof err.code === "number" ? err.code : -1;
        done({ code: status, stdout, stderr });
      });
    });
    const answer = { code, stdout: scrub(stdout, req.root, out), stderr: scrub(stderr, req.root, out) };
    return file !== undefined && existsSync(file) ? { ...answer, output: new Uint8Array(readFileSync(file)) } : answer;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function encode(req: BufRequest, answer: BufAnswer): Recorded {
  const base = { label: label(req), buf: BUF_VERSION, args: req.args, cwd: relativeCwd(req), code: answer.code, stdout: answer.stdout, stderr: answer.stderr };
  return answer.output === undefined ? base : { ...base, output: Buffer.from(answer.output).toString("base64") };
}

function decode(r: Recorded): BufAnswer {
  const base = { code: r.code, stdout: r.stdout, stderr: r.stderr };
  return r.output === undefined ? base : { ...base, output: new Uint8Array(Buffer.from(r.output, "base64")) };
}

function answerFile(key: string): string {
  return join(ANSWERS, `${key}.json`);
}

function readRecorded(key: string): Recorded | undefined {
  const file = answerFile(key);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Recorded) : undefined;
}

function serialise(r: Recorded): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** What buf answered, apart from the label: requests for identical trees share one key, recorded under the label of the first. */
function differences(recorded: Recorded, now: Recorded): string[] {
  const fields = ["buf", "args", "cwd", "code", "stdout", "stderr", "output"] as const;
  const show = (v: unknown): string => JSON.stringify(v ?? null).slice(0, 200);
  return fields.filter((f) => JSON.stringify(recorded[f]) !== JSON.stringify(now[f])).map((f) => `${f}: ${show(recorded[f])} now ${show(now[f])}`);
}

/**
 * buf's answer to a request: the recorded one, or the real buf's (see the
 * modes above). Fails when no answer is recorded for the request as it is
 * now, or, live, when buf answers something else than what was recorded.
 */
export async function askBuf(req: BufRequest): Promise<BufAnswer> {
  const mode = bufMode();
  const key = answerKey(req);
  const recorded = readRecorded(key);
  if (mode === "cache") {
    if (recorded === undefined) throw new Error(`no recorded answer for \`${label(req)}\` (test/buf-answers/${key}.json): run npm run buf-answers`);
    return decode(recorded);
  }
  const used = process.env["PROTOGUARD_BUF_USED"];
  if (mode === "missing" && recorded !== undefined) {
    if (used !== undefined) appendFileSync(used, `${key}\n`);
    return decode(recorded);
  }
  const answer = await askRealBuf(req);
  const now = encode(req, answer);
  if (mode === "record" || mode === "missing") {
    if (recorded === undefined || differences(recorded, now).length > 0) {
      mkdirSync(ANSWERS, { recursive: true });
      const tmp = `${answerFile(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, serialise(now));
      renameSync(tmp, answerFile(key));
    }
    if (used !== undefined) appendFileSync(used, `${key}\n`);
    return answer;
  }
  if (recorded === undefined) throw new Error(`buf answered \`${label(req)}\` but no answer is recorded (test/buf-answers/${key}.json): run npm run buf-answers`);
  const changed = differences(recorded, now);
  if (changed.length > 0) {
    throw new Error(`buf's answer to \`${label(req)}\` differs from test/buf-answers/${key}.json (${changed.join("; ")}): run npm run buf-answers and review the diff`);
  }
  return answer;
}

/** Asks the real buf, bypassing the recorded answers (for inputs too large to record); only in live or record mode. */
export async function askRealBufUnrecorded(req: BufRequest): Promise<BufAnswer> {
  if (bufMode() === "cache") throw new Error(`\`${label(req)}\` is never recorded: run it with PROTOGUARD_BUF=live (npm run test:buf)`);
  return askRealBuf(req);
}
