import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { Script } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { cacheFileName, codeCacheDir, loadBundle, MAX_CACHE_FILES, readCacheFile, usableCacheDir, writeCacheFile } from "../src/cli/code-cache.js";
import { bundleCli } from "./helpers/bin.js";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const DEMO = ["breaking", join(ROOT, "fixtures/demo/current"), "--against", join(ROOT, "fixtures/demo/previous")];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let bin: string;

beforeAll(async () => {
  bin = await bundleCli();
}, 120_000);

/** Runs the bundled CLI on the demo with the environment's cache settings and the debug line on. */
async function cli(env: Record<string, string>, extra: readonly string[] = []): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", PROTOGUARD_DEBUG_CACHE: "1" };
  delete base["NODE_DISABLE_COMPILE_CACHE"];
  delete base["PROTOGUARD_CACHE_DIR"];
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...DEMO, ...extra], { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** The debug line's state and whether the run wrote the cache; the rest of stderr separately. */
function cacheLine(run: Run): { state: string; rest: string } {
  const m = /^protoguard: code cache (\w+(?:, written)?)(?:: .*)?\n/m.exec(run.stderr);
  if (m === null) throw new Error(`no code cache line in ${JSON.stringify(run.stderr)}`);
  return { state: m[1] as string, rest: run.stderr.replace(m[0], "") };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".v8cache"));
}

let uncached: Run;

beforeAll(async () => {
  uncached = await cli({ NODE_DISABLE_COMPILE_CACHE: "1" });
}, 60_000);

describe("the CLI's code cache", () => {
  it("is off with NODE_DISABLE_COMPILE_CACHE, and the run reports the demo's findings", () => {
    expect(uncached.code).toBe(1);
    expect(uncached.stdout).toContain("17 breaking changes in 3 files.");
    expect(cacheLine(uncached)).toEqual({ state: "off", rest: "" });
  });

  it("is written after the first run and accepted by the second, with the same output", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "cache");
    const first = await cli({ PROTOGUARD_CACHE_DIR: dir });
    expect(cacheLine(first).state).toBe("missing, written");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [file] = cacheFiles(dir);
    // Named by the SHA-1 the build computed of the code beside the bin, its size and its time.
    const code = bin.replace(/\.cjs$/, ".code.cjs");
    const sha1 = createHash("sha1").update(readFileSync(code)).digest("hex");
    const { size, mtimeMs } = statSync(code);
    expect(file).toMatch(new RegExp(`^cli-${sha1}-${String(size)}\\.${String(Math.trunc(mtimeMs))}-v\\d+\\.\\d+\\.\\d+-v8-.+\\.v8cache$`));
    expect(statSync(join(dir, file as string)).mode & 0o777).toBe(0o600);
    const second = await cli({ PROTOGUARD_CACHE_DIR: dir });
    expect(cacheLine(second).state).toBe("accepted");
    for (const run of [first, second]) expect({ code: run.code, stdout: run.stdout, stderr: cacheLine(run).rest }).toEqual({ code: uncached.code, stdout: uncached.stdout, stderr: "" });
    expect(cacheFiles(dir)).toEqual([file]);
  });

  it("is written again by the first check after a run of --help, then kept", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "cache");
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", PROTOGUARD_DEBUG_CACHE: "1", PROTOGUARD_CACHE_DIR: dir };
    delete env["NODE_DISABLE_COMPILE_CACHE"];
    const help = await exec(process.execPath, [bin, "--help"], { cwd: ROOT, env });
    expect(cacheLine({ code: 0, ...help }).state).toBe("missing, written");
    const file = join(dir, cacheFiles(dir)[0] as string);
    expect(readCacheFile(file)?.runs).toEqual([]);
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir })).state).toBe("accepted, written");
    expect(readCacheFile(file)?.runs).toEqual(["breaking text"]);
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir })).state).toBe("accepted");
    const again = await exec(process.execPath, [bin, "--help"], { cwd: ROOT, env });
    expect(cacheLine({ code: 0, ...again }).state).toBe("accepted");
  });

  it("takes the code of each output format's first check, once", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "cache");
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir }, ["--format", "json"])).state).toBe("missing, written");
    const file = join(dir, cacheFiles(dir)[0] as string);
    const json = readCacheFile(file);
    expect(json?.runs).toEqual(["breaking json"]);
    // The text report's code was not in a cache written by a check in JSON.
    const text = await cli({ PROTOGUARD_CACHE_DIR: dir });
    expect(cacheLine(text).state).toBe("accepted, written");
    expect({ code: text.code, stdout: text.stdout }).toEqual({ code: uncached.code, stdout: uncached.stdout });
    const both = readCacheFile(file);
    expect(both?.runs).toEqual(["breaking json", "breaking text"]);
    expect(both?.data.length).toBeGreaterThan(json?.data.length ?? Infinity);
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir })).state).toBe("accepted");
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir }, ["--format=json"])).state).toBe("accepted");
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it("ignores and replaces a corrupt cache file", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "cache");
    await cli({ PROTOGUARD_CACHE_DIR: dir });
    const file = join(dir, cacheFiles(dir)[0] as string);
    const good = readFileSync(file);
    const corruptions = [Buffer.from("not a cache"), good.subarray(0, good.length >> 1), Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([good[good.length - 1] as number ^ 0xff])])];
    for (const bytes of corruptions) {
      writeFileSync(file, bytes);
      const run = await cli({ PROTOGUARD_CACHE_DIR: dir });
      expect(cacheLine(run).state).toBe("missing, written");
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: uncached.code, stdout: uncached.stdout });
      expect(readCacheFile(file)).toBeDefined();
      expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir })).state).toBe("accepted");
    }
  });

  it("rewrites a cache that V8 refuses (code of another script)", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "cache");
    await cli({ PROTOGUARD_CACHE_DIR: dir });
    const file = join(dir, cacheFiles(dir)[0] as string);
    const foreign = new Script("(function () { return 42; })").createCachedData();
    expect(writeCacheFile(file, foreign, ["breaking text"])).toBe(true);
    expect(readCacheFile(file)?.data.equals(foreign)).toBe(true);
    const run = await cli({ PROTOGUARD_CACHE_DIR: dir });
    expect(cacheLine(run).state).toBe("rejected, written");
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: uncached.code, stdout: uncached.stdout });
    expect(cacheLine(await cli({ PROTOGUARD_CACHE_DIR: dir })).state).toBe("accepted");
  });

  it("changes nothing in the output or exit code when the cache cannot be written or used", async () => {
    const top = mkdtempSync(join(tmpdir(), "protoguard-cc-"));
    const occupied = join(top, "occupied");
    await cli({ PROTOGUARD_CACHE_DIR: occupied });
    const name = cacheFiles(occupied)[0] as string;
    const blocked = join(top, "blocked");
    mkdirSync(join(blocked, name), { recursive: true, mode: 0o700 });
    chmodSync(blocked, 0o700);
    const shared = join(top, "shared");
    mkdirSync(shared, { mode: 0o777 });
    chmodSync(shared, 0o777);
    symlinkSync(occupied, join(top, "link"));
    symlinkSync(join(top, "nowhere"), join(top, "dangling"));
    writeFileSync(join(top, "file"), "");
    const cases: [dir: string, state: string][] = [
      [blocked, "missing"], // the cache file's place is taken by a directory: it can be neither read nor replaced
      [shared, "off"], // writable by others
      [join(top, "link"), "off"], // a symbolic link
      [join(top, "file", "cache"), "off"], // below a file
      [join(top, "dangling"), "off"], // a symbolic link to nothing
      ["/proc/protoguard-cache", "off"], // cannot be created, even by root
      ["/proc/protoguard-cache/cache", "off"],
    ];
    for (const [dir, state] of cases) {
      const run = await cli({ PROTOGUARD_CACHE_DIR: dir });
      expect(cacheLine(run), dir).toEqual({ state, rest: "" });
      expect({ code: run.code, stdout: run.stdout }, dir).toEqual({ code: uncached.code, stdout: uncached.stdout });
    }
    expect(cacheFiles(shared)).toEqual([]);
    expect(existsSync(join(top, "file", "cache"))).toBe(false);
  });
});

describe("codeCacheDir", () => {
  const home = (): string => "/home/ada";

  it("is ~/.cache/protoguard, or under an absolute XDG_CACHE_HOME", () => {
    expect(codeCacheDir({}, "linux", home)).toBe("/home/ada/.cache/protoguard");
    expect(codeCacheDir({ XDG_CACHE_HOME: "/var/cache/ada" }, "linux", home)).toBe("/var/cache/ada/protoguard");
    expect(codeCacheDir({ XDG_CACHE_HOME: "relative/cache" }, "linux", home)).toBe("/home/ada/.cache/protoguard");
    expect(codeCacheDir({ XDG_CACHE_HOME: "" }, "darwin", home)).toBe("/home/ada/.cache/protoguard");
  });

  it("is under %LOCALAPPDATA% on Windows, and off without it", () => {
    expect(codeCacheDir({ LOCALAPPDATA: "/c/Users/ada/AppData/Local" }, "win32", home)).toBe("/c/Users/ada/AppData/Local/protoguard");
    expect(codeCacheDir({}, "win32", home)).toBeUndefined();
  });

  it("follows PROTOGUARD_CACHE_DIR, and is off with NODE_DISABLE_COMPILE_CACHE", () => {
    expect(codeCacheDir({ PROTOGUARD_CACHE_DIR: "/tmp/pg" }, "linux", home)).toBe("/tmp/pg");
    expect(codeCacheDir({ PROTOGUARD_CACHE_DIR: "/tmp/pg", NODE_DISABLE_COMPILE_CACHE: "1" }, "linux", home)).toBeUndefined();
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: "1" }, "linux", home)).toBeUndefined();
  });

  it("is off without a home", () => {
    expect(codeCacheDir({}, "linux", () => "")).toBeUndefined();
    expect(
      codeCacheDir({}, "linux", () => {
        throw new Error("no home");
      }),
    ).toBeUndefined();
  });
});

describe("the cache directory and its files", () => {
  it("creates the directory for the user alone, and refuses one another user owns", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "protoguard-cc-")), "a", "b");
    expect(usableCacheDir(dir)).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    if (process.getuid?.() === 0) {
      chownSync(dir, 65534, 65534);
      expect(usableCacheDir(dir)).toBe(false);
    } else {
      expect(usableCacheDir("/")).toBe(false);
    }
  });

  it("names a file by the bundle's text and the runtime", () => {
    expect(cacheFileName("a")).not.toBe(cacheFileName("b"));
    expect(cacheFileName("a")).toContain(process.versions.v8);
  });

  it("keeps the newest files when writing one, and removes temporary files an hour old", () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-cc-"));
    const names = Array.from({ length: MAX_CACHE_FILES + 2 }, (_, i) => cacheFileName(`bundle ${String(i)}`));
    const data = new Script("1").createCachedData();
    writeFileSync(join(dir, "unrelated.txt"), "");
    const staleTemp = join(dir, `${names[0] as string}.123.tmp`);
    const freshTemp = join(dir, `${names[0] as string}.456.tmp`);
    writeFileSync(staleTemp, "");
    writeFileSync(freshTemp, "");
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(staleTemp, twoHoursAgo, twoHoursAgo);
    names.forEach((name, i) => {
      expect(writeCacheFile(join(dir, name), data, ["breaking text"])).toBe(true);
      const t = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(join(dir, name), t, t);
    });
    const left = cacheFiles(dir).sort();
    expect(left).toEqual(names.slice(-MAX_CACHE_FILES).sort());
    expect(existsSync(join(dir, "unrelated.txt"))).toBe(true);
    expect([existsSync(staleTemp), existsSync(freshTemp)]).toEqual([false, true]);
  });
});

describe("loadBundle", () => {
  it("names the cache by the SHA-1 the build gave, with the file's size and time, so an edited bundle is not run with its old code", () => {
    const top = mkdtempSync(join(tmpdir(), "protoguard-cc-"));
    const file = join(top, "code.cjs");
    const env = { PROTOGUARD_CACHE_DIR: join(top, "cache") };
    const built = "ab".repeat(20);
    writeFileSync(file, "module.exports = { v: () => 1 };\n");
    const first = loadBundle(file, env, built);
    expect(first.file).toContain(`cli-${built}-${String(statSync(file).size)}.`);
    expect((first.exports as { v: () => number }).v()).toBe(1);
    expect(first.save(undefined)).toBe(true);
    expect(loadBundle(file, env, built).state).toBe("accepted");
    // The same length, another text: a cache named by the build's SHA-1 alone would hand V8 the code of the first.
    writeFileSync(file, "module.exports = { v: () => 2 };\n");
    const later = new Date(statSync(file).mtimeMs + 5_000);
    utimesSync(file, later, later);
    const edited = loadBundle(file, env, built);
    expect([edited.state, (edited.exports as { v: () => number }).v()]).toEqual(["missing", 2]);
    expect(edited.file).not.toBe(first.file);
    // Without a SHA-1 from the build (or with one that is not), the name is the SHA-1 of the text.
    const own = createHash("sha1").update(readFileSync(file, "latin1"), "latin1").digest("hex");
    expect(loadBundle(file, env).file).toContain(`cli-${own}-`);
    expect(loadBundle(file, env, "not a sha1").file).toContain(`cli-${own}-`);
  });

  it("runs a CommonJS file with its own require and filename, cached from the second load", async () => {
    const top = mkdtempSync(join(tmpdir(), "protoguard-cc-"));
    const file = join(top, "code.cjs");
    writeFileSync(
      file,
      [
        'const { basename } = require("node:path");',
        "module.exports = {",
        '  name: basename(__filename), dir: __dirname, later: () => import("node:path").then((m) => typeof m.join),',
        "  text: () => [1, 2, 3].map((n) => n * 2).join(), json: () => JSON.stringify({ a: [1, 2].map((n) => ({ n })) }),",
        "};",
        "",
      ].join("\n"),
    );
    type Exports = { name: string; dir: string; later: () => Promise<string>; text: () => string; json: () => string };
    const env = { PROTOGUARD_CACHE_DIR: join(top, "cache") };
    const first = loadBundle(file, env);
    expect(first.state).toBe("missing");
    const exports = first.exports as Exports;
    expect([exports.name, exports.dir]).toEqual(["code.cjs", top]);
    expect(await exports.later()).toBe("function");
    expect(first.save(undefined)).toBe(true);
    expect(readCacheFile(first.file as string)?.runs).toEqual([]);
    const second = loadBundle(file, env);
    expect([second.state, second.file]).toEqual(["accepted", first.file]);
    expect(second.save(undefined)).toBe(false);
    // The first run of a kind writes the code it was given with the code it compiled; a run of a kind listed writes nothing.
    expect((second.exports as Exports).text()).toBe("2,4,6");
    expect(second.save("breaking text")).toBe(true);
    const cached = readCacheFile(first.file as string);
    expect(cached?.runs).toEqual(["breaking text"]);
    expect(loadBundle(file, env).save("breaking text")).toBe(false);
    // A run of a new kind that compiled nothing new writes nothing; one that did adds its kind and its code.
    expect(loadBundle(file, env).save("breaking json")).toBe(false);
    const third = loadBundle(file, env);
    expect((third.exports as Exports).json()).toBe('{"a":[{"n":1},{"n":2}]}');
    expect(third.save("breaking json")).toBe(true);
    const both = readCacheFile(first.file as string);
    expect(both?.runs).toEqual(["breaking text", "breaking json"]);
    expect(both?.data.length).toBeGreaterThan(cached?.data.length ?? Infinity);
    expect(loadBundle(file, env).save(undefined)).toBe(false);
    expect(loadBundle(file, { ...env, NODE_DISABLE_COMPILE_CACHE: "1" }).state).toBe("off");
  });
});
