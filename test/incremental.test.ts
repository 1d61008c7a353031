import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { joinOutcomes, runCheck, type CheckOptions } from "../src/run/check.js";
import { planIncremental } from "../src/run/incremental.js";
import { planFromSources } from "../src/run/incremental-read.js";
import { blobId } from "../src/sources/git.js";
import { readDirectory } from "../src/sources/dir.js";
import { SourceReader } from "../src/sources/index.js";
import { FIXTURES } from "./helpers/fixtures.js";
import { TestRepo } from "./helpers/git.js";
import { tree, write, type Files } from "./helpers/tree.js";

// An incremental comparison compiles only what a change can affect; it must
// find exactly what the full comparison finds, suppressed findings and
// warnings included, and count the same files.

/** Every rule breaking can run incrementally (a rule that reads one version only turns it off). */
const ALL = RULES.filter((r) => r.singleVersion !== true).map((r) => r.id);

async function both(cwd: string, use: readonly string[] | undefined) {
  const run = async (incremental: boolean) => {
    const options: CheckOptions = { input: "current", cwd, staged: false, incremental, ...(use === undefined ? {} : { use }) };
    const { outcomes } = await runCheck(options, { kind: "breaking", against: "previous" });
    const joined = joinOutcomes(outcomes);
    return {
      findings: joined.findings,
      suppressed: joined.suppressed,
      warnings: joined.warnings,
      files: outcomes.map((o) => o.files),
    };
  };
  return { incremental: await run(true), full: await run(false) };
}

/** Runs both ways; an input error must be the same error both ways. */
async function expectSame(cwd: string, use: readonly string[] | undefined): Promise<void> {
  let result: Awaited<ReturnType<typeof both>> | undefined;
  let error: unknown;
  try {
    result = await both(cwd, use);
  } catch (err) {
    error = err;
  }
  if (result === undefined) {
    const again = await runCheck({ input: "current", cwd, staged: false, incremental: false }, { kind: "breaking", against: "previous" }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(String(error)).toBe(String(again));
    return;
  }
  expect(result.incremental).toEqual(result.full);
}

function fixtureCases(): string[] {
  const out: string[] = [];
  for (const rule of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, rule);
    if (existsSync(join(dir, "previous")) && existsSync(join(dir, "current"))) out.push(dir);
    for (const c of readdirSync(dir, { withFileTypes: true })) {
      const caseDir = join(dir, c.name);
      if (c.isDirectory() && existsSync(join(caseDir, "previous")) && existsSync(join(caseDir, "current"))) out.push(caseDir);
    }
  }
  return out.sort();
}

describe("the fixture pairs", () => {
  const cases = fixtureCases();
  it("are found", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases.map((c) => [c.slice(FIXTURES.length + 1), c] as const))("%s", async (_name, dir) => {
    await expectSame(dir, ALL);
    await expectSame(dir, undefined);
  });
});

// A schema of several packages whose files import each other, and random edits to it.

interface MessageModel {
  name: string;
  /** Field names and numbers; a field's type names a message (maybe of another file) or a scalar. */
  fields: { name: string; number: number; type: string }[];
  ignore?: string;
}

interface FileModel {
  pkg: string;
  imports: string[];
  messages: MessageModel[];
  enums: { name: string; values: string[] }[];
  extend: boolean;
}

type Schema = Map<string, FileModel>;

const PACKAGES = ["acme.orders.v1", "acme.orders.v2", "acme.billing.v1", "shared.v1"];
const PATHS = ["a/one.proto", "a/two.proto", "b/three.proto", "b/four.proto", "c/five.proto", "c/six.proto", "d/seven.proto"];
const NAMES = ["Order", "Item", "Price", "Customer", "Address", "Invoice", "Line"];
const SCALARS = ["string", "int32", "int64", "bool", "bytes", "double"];
const RULE_IDS = ["FIELD_NO_DELETE", "MESSAGE_NO_DELETE", "FIELD_SAME_TYPE", "PACKAGE_MESSAGE_NO_DELETE", "NOT_A_RULE"];

const messageArb: fc.Arbitrary<MessageModel> = fc.record({
  name: fc.constantFrom(...NAMES),
  fields: fc.uniqueArray(
    fc.record({ name: fc.constantFrom("id", "name", "total", "ref", "note", "when"), number: fc.integer({ min: 1, max: 8 }), type: fc.constantFrom(...SCALARS, ...NAMES, "Status", "Kind") }),
    { maxLength: 4, selector: (f) => f.number },
  ),
});

const fileArb: fc.Arbitrary<FileModel> = fc.record({
  pkg: fc.constantFrom(...PACKAGES),
  imports: fc.uniqueArray(fc.constantFrom(...PATHS, "google/protobuf/timestamp.proto"), { maxLength: 3 }),
  messages: fc.array(messageArb, { maxLength: 3 }),
  enums: fc.array(fc.record({ name: fc.constantFrom("Status", "Kind"), values: fc.uniqueArray(fc.constantFrom("ONE", "TWO", "THREE"), { maxLength: 3 }) }), { maxLength: 1 }),
  extend: fc.boolean(),
});

const schemaArb: fc.Arbitrary<Schema> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...PATHS), fileArb), { minLength: 2, maxLength: 6, selector: ([p]) => p })
  .map((entries) => new Map(entries));

type Edit = { kind: (typeof EDITS)[number]; a: number; b: number; c: number };
const EDITS = [
  "renameField",
  "deleteField",
  "addField",
  "renumberField",
  "retypeField",
  "renameMessage",
  "deleteMessage",
  "addMessage",
  "moveMessage",
  "deleteFile",
  "addFile",
  "addImport",
  "dropImport",
  "changePackage",
  "ignoreComment",
  "toggleExtend",
  "messageToEnum",
] as const;
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom(...EDITS), a: fc.nat(), b: fc.nat(), c: fc.nat() });

function at<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function clone(schema: Schema): Schema {
  return new Map([...schema].map(([p, f]) => [p, structuredClone(f)]));
}

function applyEdit(schema: Schema, e: Edit): void {
  const paths = [...schema.keys()].sort();
  const path = at(paths, e.a);
  const file = path === undefined ? undefined : schema.get(path);
  const message = file === undefined ? undefined : at(file.messages, e.b);
  const field = message === undefined ? undefined : at(message.fields, e.c);
  switch (e.kind) {
    case "renameField":
      if (field) field.name = `${field.name}_${e.c % 3}`;
      break;
    case "deleteField":
      if (message && field) message.fields.splice(message.fields.indexOf(field), 1);
      break;
    case "addField":
      if (message) message.fields.push({ name: `added_${e.c % 5}`, number: 9 + (e.c % 5), type: at([...SCALARS, ...NAMES], e.c) as string });
      break;
    case "renumberField":
      if (field) field.number = 9 + (e.c % 6);
      break;
    case "retypeField":
      if (field) field.type = at([...SCALARS, ...NAMES], e.c + 1) as string;
      break;
    case "renameMessage":
      if (message) message.name = `${message.name}${e.c % 2 === 0 ? "V2" : "Old"}`;
      break;
    case "deleteMessage":
      if (file && message) file.messages.splice(file.messages.indexOf(message), 1);
      break;
    case "addMessage":
      if (file) file.messages.push({ name: at(NAMES, e.c) as string, fields: [{ name: "id", number: 1, type: "string" }] });
      break;
    case "moveMessage": {
      const to = schema.get(at(paths, e.c) as string);
      if (file && message && to && to !== file) {
        file.messages.splice(file.messages.indexOf(message), 1);
        to.messages.push(message);
      }
      break;
    }
    case "deleteFile":
      if (path !== undefined) schema.delete(path);
      break;
    case "addFile": {
      const fresh = at(PATHS, e.b) as string;
      if (!schema.has(fresh)) schema.set(fresh, { pkg: at(PACKAGES, e.c) as string, imports: [], messages: [{ name: at(NAMES, e.a) as string, fields: [] }], enums: [], extend: false });
      break;
    }
    case "addImport":
      if (file) file.imports.push(at(PATHS, e.c) as string);
      break;
    case "dropImport":
      if (file) file.imports.splice(e.c % Math.max(file.imports.length, 1), 1);
      break;
    case "changePackage":
      if (file) file.pkg = at(PACKAGES, e.c) as string;
      break;
    case "ignoreComment":
      if (message) message.ignore = at(RULE_IDS, e.c) as string;
      break;
    case "toggleExtend":
      if (file) file.extend = !file.extend;
      break;
    case "messageToEnum":
      if (file && message) {
        file.messages.splice(file.messages.indexOf(message), 1);
        file.enums.push({ name: message.name, values: ["ONE"] });
      }
      break;
    default:
      return e.kind satisfies never;
  }
}

/**
 * Writes a schema as files that compile: imports only of files earlier in
 * path order (no cycles) that exist, one declaration of a name per package,
 * and field types that name a message or enum the file sees (else `string`).
 * Types are named by their full name, so a file's text stays the same when
 * what it names changes kind in another file.
 */

/** What a generated file declares: every file of the schema was given its list before any is written. */
function declaredIn<T>(byFile: ReadonlyMap<string, readonly T[]>, path: string): readonly T[] {
  const found = byFile.get(path);
  if (found === undefined) throw new Error(`${path} was not generated`);
  return found;
}
function render(schema: Schema): Files {
  const paths = [...schema.keys()].sort();
  const declared = new Map<string, Set<string>>();
  const messagesOf = new Map<string, MessageModel[]>();
  const enumsOf = new Map<string, FileModel["enums"]>();
  for (const path of paths) {
    const f = schema.get(path) as FileModel;
    const names = declared.get(f.pkg) ?? new Set<string>();
    declared.set(f.pkg, names);
    const messages = f.messages.filter((m) => !names.has(m.name) && (names.add(m.name), true));
    const enums = f.enums.filter((e) => !names.has(e.name) && (names.add(e.name), true));
    messagesOf.set(path, messages);
    enumsOf.set(path, enums);
  }
  const files: Files = {};
  paths.forEach((path, i) => {
    const f = schema.get(path) as FileModel;
    const imports = [...new Set(f.imports)].filter((p) => p.startsWith("google/") || (paths.indexOf(p) >= 0 && paths.indexOf(p) < i));
    const visible = new Map<string, string>();
    for (const from of [...imports, path]) {
      const other = schema.get(from);
      if (other === undefined) continue;
      for (const t of [...declaredIn(messagesOf, from), ...declaredIn(enumsOf, from)]) visible.set(t.name, `.${other.pkg}.${t.name}`);
    }
    const body: string[] = [];
    for (const m of declaredIn(messagesOf, path)) {
      if (m.ignore !== undefined) body.push(`// protoguard:ignore ${m.ignore} -- generated`);
      body.push(`message ${m.name} {`);
      const names = new Set<string>();
      const numbers = new Set<number>();
      for (const fl of m.fields) {
        if (names.has(fl.name) || numbers.has(fl.number)) continue;
        names.add(fl.name);
        numbers.add(fl.number);
        body.push(`  ${SCALARS.includes(fl.type) ? fl.type : (visible.get(fl.type) ?? "string")} ${fl.name} = ${fl.number};`);
      }
      body.push("}");
    }
    for (const e of declaredIn(enumsOf, path)) {
      const prefix = e.name.replace(/[a-z](?=[A-Z])/g, "$&_").toUpperCase();
      body.push(`enum ${e.name} {`, `  ${prefix}_UNSPECIFIED = 0;`, ...e.values.map((v, n) => `  ${prefix}_${v} = ${n + 1};`), "}");
    }
    if (f.extend) body.push(`extend google.protobuf.MessageOptions {`, `  string tag_${i} = ${50000 + i};`, "}");
    const head = ['syntax = "proto3";', `package ${f.pkg};`, ...imports.map((p) => `import "${p}";`)];
    if (f.extend && !imports.includes("google/protobuf/descriptor.proto")) head.push('import "google/protobuf/descriptor.proto";');
    files[path] = `${head.join("\n")}\n\n${body.join("\n")}\n`;
  });
  return files;
}

describe("generated changes", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it("find what the full comparison finds", async () => {
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(schemaArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), async (base, edits) => {
        const next = clone(base);
        for (const e of edits) applyEdit(next, e);
        const root = tree({});
        roots.push(root);
        write(join(root, "previous"), render(base));
        write(join(root, "current"), render(next));
        if (next.size > 0) {
          const plan = planIncremental(readDirectory("previous", join(root, "previous"), "p", root, []), readDirectory("current", join(root, "current"), "c", root, []));
          if (plan !== undefined && plan.current.length < plan.files.current.length) planned++;
        }
        await expectSame(root, ALL);
      }),
      { numRuns: 150 },
    );
    // The property is about the incremental path: most runs must take it and leave files out.
    expect(planned).toBeGreaterThan(30);
  });
});

describe("what a change reaches", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });
  const pair = (previous: Files, current: Files): string => {
    const root = tree({});
    roots.push(root);
    write(join(root, "previous"), previous);
    write(join(root, "current"), current);
    return root;
  };
  const header = (pkg: string, ...imports: string[]): string => ['syntax = "proto3";', `package ${pkg};`, ...imports.map((i) => `import "${i}";`), ""].join("\n");
  const untouched = {
    "x/user.proto": `${header("x.v1", "y/kind.proto")}message User { y.v1.Kind kind = 1; }\n`,
    "z/other.proto": `${header("z.v1")}message Other { string id = 1; }\n`,
  };

  it("compiles a file whose import changed under it, and finds its change", async () => {
    const root = pair(
      { ...untouched, "y/kind.proto": `${header("y.v1")}message Kind { string id = 1; }\n` },
      { ...untouched, "y/kind.proto": `${header("y.v1")}enum Kind { KIND_UNSPECIFIED = 0; }\n` },
    );
    const { incremental, full } = await both(root, ["FIELD_SAME_TYPE"]);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["FIELD_SAME_TYPE x/user.proto"]);
    expect(incremental).toEqual(full);
    const plan = planIncremental(readDirectory("previous", join(root, "previous"), "p", root, []), readDirectory("current", join(root, "current"), "c", root, []));
    expect(plan?.current.map((f) => f.path)).toEqual(["x/user.proto", "y/kind.proto"]);
    expect(plan?.files.current.map((f) => `${f.path} ${f.package}`)).toEqual(["x/user.proto x.v1", "y/kind.proto y.v1", "z/other.proto z.v1"]);
  });

  it("reads an import that a comment or a string only mentions as no import", () => {
    const root = pair(
      { "a.proto": `${header("a.v1")}// import "b.proto";\nmessage A { string s = 1 [json_name = "import"]; }\n`, "b.proto": `${header("b.v1")}message B {}\n` },
      { "a.proto": `${header("a.v1")}// import "b.proto";\nmessage A { string s = 1 [json_name = "import"]; }\n`, "b.proto": `${header("b.v1")}message B { string t = 1; }\n` },
    );
    const plan = planIncremental(readDirectory("previous", join(root, "previous"), "p", root, []), readDirectory("current", join(root, "current"), "c", root, []));
    expect(plan?.current.map((f) => f.path)).toEqual(["b.proto"]);
  });

  it("keeps the configuration's ignores and reports a comment that suppresses nothing in a file the change does not reach", async () => {
    const quiet = `${header("q.v1")}// protoguard:ignore FIELD_NO_DELETE -- kept on purpose\nmessage Quiet { string id = 1; }\n`;
    const root = pair(
      { ...untouched, "q/quiet.proto": quiet, "y/kind.proto": `${header("y.v1")}message Kind { string id = 1; string gone = 2; }\n`, "v/vendor.proto": `${header("v.v1")}message V { string a = 1; }\n` },
      { ...untouched, "q/quiet.proto": quiet, "y/kind.proto": `${header("y.v1")}message Kind { string id = 1; }\n`, "v/vendor.proto": `${header("v.v1")}message V {}\n` },
    );
    write(join(root, "current"), { "protoguard.yaml": "use: [FILE]\nignore: [v]\n" });
    const { incremental, full } = await both(root, undefined);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["SUPPRESSION_UNUSED q/quiet.proto", "FIELD_NO_DELETE y/kind.proto"]);
    expect(full.suppressed.map((f) => `${f.rule} ${f.path}`)).toEqual(["FIELD_NO_DELETE v/vendor.proto"]);
    expect(incremental).toEqual(full);
  });

  it("compiles every file when a package disappears, and only the new package's files when one appears", async () => {
    const root = pair(untouchedWith("y.v1"), untouchedWith("y.v2"));
    const plan = planIncremental(readDirectory("previous", join(root, "previous"), "p", root, []), readDirectory("current", join(root, "current"), "c", root, []));
    expect(plan).toBeUndefined();
    await expectSame(root, ALL);
    const added = pair(untouchedWith("y.v1"), { ...untouchedWith("y.v1"), "n/new.proto": `${header("n")}message N {}\n` });
    const grown = planIncremental(readDirectory("previous", join(added, "previous"), "p", added, []), readDirectory("current", join(added, "current"), "c", added, []));
    expect(grown?.current.map((f) => f.path)).toEqual(["n/new.proto"]);
    const { incremental, full } = await both(added, ALL);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["PACKAGE_NO_NEW_UNVERSIONED n/new.proto"]);
    expect(incremental).toEqual(full);
    function untouchedWith(pkg: string): Files {
      return { ...untouched, "y/kind.proto": `${header(pkg)}message Kind { string id = 1; }\n` };
    }
  });

  it("makes no plan when fewer than half the files are the same on both sides, and finds what the full run finds", async () => {
    const same = (name: string): Files => ({ [`${name}.proto`]: `${header(`${name}.v1`)}message M { string id = 1; }\n` });
    const edited = (name: string): Files => ({ [`${name}.proto`]: `${header(`${name}.v1`)}message M { int32 id = 1; }\n` });
    const plan = (root: string) => planIncremental(readDirectory("previous", join(root, "previous"), "p", root, []), readDirectory("current", join(root, "current"), "c", root, []));
    // Two of four the same: a plan, which leaves out the unchanged files.
    const half = pair({ ...same("a"), ...same("b"), ...same("c"), ...same("d") }, { ...same("a"), ...same("b"), ...edited("c"), ...edited("d") });
    expect(plan(half)?.current.map((f) => f.path)).toEqual(["c.proto", "d.proto"]);
    // One of four: none, and every file is compiled.
    const most = pair({ ...same("a"), ...same("b"), ...same("c"), ...same("d") }, { ...same("a"), ...edited("b"), ...edited("c"), ...edited("d") });
    expect(plan(most)).toBeUndefined();
    const { incremental, full } = await both(most, ["FIELD_SAME_TYPE"]);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(["FIELD_SAME_TYPE b.proto", "FIELD_SAME_TYPE c.proto", "FIELD_SAME_TYPE d.proto"]);
    expect(incremental).toEqual(full);
    // Files added to the larger side count: two of five the same on the current side.
    const grown = pair({ ...same("a"), ...same("b"), ...same("c") }, { ...same("a"), ...same("b"), ...edited("c"), ...same("e"), ...same("f") });
    expect(plan(grown)).toBeUndefined();
  });

  it("can be turned off from the environment", async () => {
    const root = pair(
      { ...untouched, "y/kind.proto": `${header("y.v1")}message Kind { string id = 1; }\n` },
      { ...untouched, "y/kind.proto": `${header("y.v1")}message Kind { string id = 2; }\n` },
    );
    const before = process.env["PROTOGUARD_INCREMENTAL"];
    process.env["PROTOGUARD_INCREMENTAL"] = "0";
    try {
      const { outcomes } = await runCheck({ input: "current", cwd: root, staged: false }, { kind: "breaking", against: "previous" });
      expect(outcomes[0]?.image.files.filter((f) => !f.isImport).map((f) => f.path)).toEqual(["x/user.proto", "y/kind.proto", "z/other.proto"]);
    } finally {
      if (before === undefined) delete process.env["PROTOGUARD_INCREMENTAL"];
      else process.env["PROTOGUARD_INCREMENTAL"] = before;
    }
    const { outcomes } = await runCheck({ input: "current", cwd: root, staged: false }, { kind: "breaking", against: "previous" });
    expect(outcomes[0]?.image.files.filter((f) => !f.isImport).map((f) => f.path)).toEqual(["x/user.proto", "y/kind.proto"]);
  });
});

// A staged change read from git: the files are known by their blob ids, and
// the outlines of blobs are kept in the repository between runs.

describe("a staged change", () => {
  const repos: TestRepo[] = [];
  afterAll(() => {
    for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
  });
  const header = (pkg: string, ...imports: string[]): string => ['syntax = "proto3";', `package ${pkg};`, ...imports.map((i) => `import "${i}";`), ""].join("\n");
  const base: Files = {
    "y/kind.proto": `${header("y.v1")}message Kind { string id = 1; }\n`,
    "x/user.proto": `${header("x.v1", "y/kind.proto")}message User { y.v1.Kind kind = 1; }\n`,
    "z/other.proto": `${header("z.v1")}message Other { string id = 1; }\n`,
    "z/more.proto": `${header("z.v1")}message More { string id = 1; }\n`,
    "q/quiet.proto": `${header("q.v1")}// protoguard:ignore FIELD_NO_DELETE -- kept on purpose\nmessage Quiet { string id = 1; }\n`,
  };
  for (let i = 0; i < 20; i++) base[`w/w${String(i)}.proto`] = `${header(`w${String(i)}.v1`)}message W { string id = 1; }\n`;
  const cacheFile = (repo: TestRepo): string => repo.path(".git", "protoguard", "outlines");

  /** A repository holding `base` at HEAD, with `change` applied to its index. */
  const staged = (change: (repo: TestRepo) => void): TestRepo => {
    const repo = new TestRepo();
    repos.push(repo);
    repo.write(base).commit("base");
    change(repo);
    return repo;
  };

  /** The staged schema against HEAD; with `workTree`, the work tree's (a directory) instead. */
  const run = async (repo: TestRepo, incremental: boolean, workTree = false) => {
    const { outcomes } = await runCheck({ input: ".", cwd: repo.dir, staged: !workTree, incremental, use: ALL }, { kind: "breaking", against: "HEAD" });
    const joined = joinOutcomes(outcomes);
    return {
      result: { findings: joined.findings, suppressed: joined.suppressed, warnings: joined.warnings, files: outcomes.map((o) => o.files) },
      compiled: outcomes.flatMap((o) => o.image.files.filter((f) => !f.isImport).map((f) => f.path)),
    };
  };

  /** The full run's findings, the same from an incremental run with no cache, then with the cache it left; returns the full run's. */
  const expectSameStaged = async (repo: TestRepo, workTree = false) => {
    rmSync(repo.path(".git", "protoguard"), { recursive: true, force: true });
    const full = await run(repo, false, workTree);
    expect(existsSync(cacheFile(repo))).toBe(false);
    const cold = await run(repo, true, workTree);
    expect(cold.result).toEqual(full.result);
    expect(existsSync(cacheFile(repo))).toBe(true);
    const warm = await run(repo, true, workTree);
    expect(warm.result).toEqual(full.result);
    expect(warm.compiled).toEqual(cold.compiled);
    return { full: full.result, compiled: warm.compiled };
  };

  /** The blobs a plan reads from git for the staged change, with a warm cache. */
  const blobsRead = async (repo: TestRepo, workTree = false): Promise<number> => {
    const reader = new SourceReader({ cwd: repo.dir });
    const current = workTree ? await reader.read(".", "input") : await reader.readStaged(".", "--staged");
    const previous = await reader.read("HEAD", "--against", current);
    if (current.kind === "descriptor-set" || previous.kind === "descriptor-set") throw new Error("git read as a descriptor set");
    await planFromSources(previous, current);
    return (await reader.gitStats()).blobsRead;
  };

  it("compiles a file that imports the changed one, reads only the blobs it compiles, and finds what the full run finds", async () => {
    const repo = staged((r) => {
      r.write({ "y/kind.proto": `${header("y.v1")}enum Kind { KIND_UNSPECIFIED = 0; }\n` });
      r.git("add", "y/kind.proto");
      // An unstaged edit is no part of the comparison.
      r.write({ "z/other.proto": `${header("z.v1")}message Other {}\n` });
    });
    const { full, compiled } = await expectSameStaged(repo);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(expect.arrayContaining(["SUPPRESSION_UNUSED q/quiet.proto", "FIELD_SAME_TYPE x/user.proto", "MESSAGE_NO_DELETE y/kind.proto"]));
    expect(compiled).toEqual(["q/quiet.proto", "x/user.proto", "y/kind.proto"]);
    expect(full.files[0]?.current).toHaveLength(Object.keys(base).length);
    // Both sides of the two changed or reached files and the one with a comment: one blob each, the unchanged ones shared.
    expect(await blobsRead(repo)).toBe(4);
  });

  it("compares the work tree with a revision by blob id, and reads only the blobs of the revision it compiles", async () => {
    const repo = staged((r) => r.write({ "y/kind.proto": `${header("y.v1")}enum Kind { KIND_UNSPECIFIED = 0; }\n` }));
    const { full, compiled } = await expectSameStaged(repo, true);
    expect(full.findings.map((f) => `${f.rule} ${f.path}`)).toContain("FIELD_SAME_TYPE x/user.proto");
    expect(compiled).toEqual(["q/quiet.proto", "x/user.proto", "y/kind.proto"]);
    expect(await blobsRead(repo, true)).toBe(3);
    // A file whose bytes differ only where git would not look (a line ending) is a changed file.
    repo.write({ "z/other.proto": `${header("z.v1")}message Other { string id = 1; }\r\n` });
    expect((await expectSameStaged(repo, true)).compiled).toEqual(["q/quiet.proto", "x/user.proto", "y/kind.proto", "z/more.proto", "z/other.proto"]);
  });

  it("gives a file of a directory the blob id git gives it", () => {
    const repo = staged(() => undefined);
    for (const text of ["", "syntax = \"proto3\";\r\n", base["x/user.proto"] ?? ""]) {
      repo.write({ "t.proto": text });
      expect(blobId(Buffer.from(text), "sha1")).toBe(repo.git("hash-object", "t.proto"));
    }
  });

  it("finds what the full run finds when a file is deleted, added or moved", async () => {
    const deleted = staged((r) => r.git("rm", "-q", "z/more.proto"));
    expect((await expectSameStaged(deleted)).full.findings.map((f) => f.rule)).toContain("FILE_NO_DELETE");
    const added = staged((r) => {
      r.write({ "n/new.proto": `${header("n")}message N {}\n` });
      r.git("add", "n/new.proto");
    });
    const grown = await expectSameStaged(added);
    expect(grown.full.findings.map((f) => `${f.rule} ${f.path}`)).toContain("PACKAGE_NO_NEW_UNVERSIONED n/new.proto");
    expect(grown.compiled).toEqual(["n/new.proto", "q/quiet.proto"]);
    const moved = staged((r) => r.git("mv", "z/more.proto", "z/moved.proto"));
    const { full } = await expectSameStaged(moved);
    expect(full.findings.map((f) => f.rule)).toContain("FILE_NO_DELETE");
  });

  it("finds what the full run finds when a file changes package, and when a package disappears", async () => {
    const changed = staged((r) => {
      r.write({ "z/other.proto": `${header("z.v2")}message Other { string id = 1; }\n` });
      r.git("add", "z/other.proto");
    });
    const { compiled } = await expectSameStaged(changed);
    expect(compiled).toEqual(["q/quiet.proto", "z/more.proto", "z/other.proto"]);
    const gone = staged((r) => {
      r.write({
        "y/kind.proto": `${header("y.v2")}message Kind { string id = 1; }\n`,
        "x/user.proto": `${header("x.v1", "y/kind.proto")}message User { y.v2.Kind kind = 1; }\n`,
      });
      r.git("add", "y/kind.proto", "x/user.proto");
    });
    const { full, compiled: all } = await expectSameStaged(gone);
    expect(full.findings.length).toBeGreaterThan(0);
    expect(all).toHaveLength(Object.keys(base).length);
  });

  it("ignores a cache that is corrupted, and rewrites it", async () => {
    const repo = staged((r) => {
      r.write({ "y/kind.proto": `${header("y.v1")}message Kind {}\n` });
      r.git("add", "y/kind.proto");
    });
    const { full } = await expectSameStaged(repo);
    const good = readFileSync(cacheFile(repo), "utf8");
    for (const broken of ["", "not a cache\n[]", good.slice(0, good.length - 9), good.replace(/"z\.v1"/g, '"z.v9"'), `${good.split("\n")[0] ?? ""}\n{"a":1}`]) {
      writeFileSync(cacheFile(repo), broken);
      expect((await run(repo, true)).result).toEqual(full);
      expect(readFileSync(cacheFile(repo), "utf8").split("\n")[0]).toMatch(/^protoguard-outlines 1 [0-9a-f]{64}$/);
    }
  });

  it("drops an entry that is not well formed, and every cached outline when one disagrees with a file it reads", async () => {
    const repo = staged((r) => {
      r.write({ "y/kind.proto": `${header("y.v1")}enum Kind { KIND_UNSPECIFIED = 0; }\n` });
      r.git("add", "y/kind.proto");
    });
    const { full } = await expectSameStaged(repo);
    const oidOf = (path: string): string => repo.git("rev-parse", `HEAD:${path}`);
    const rewrite = (edit: (entries: unknown[][]) => unknown[]): void => {
      const text = readFileSync(cacheFile(repo), "utf8");
      const body = JSON.stringify(edit(JSON.parse(text.slice(text.indexOf("\n") + 1)) as unknown[][]));
      writeFileSync(cacheFile(repo), `protoguard-outlines 1 ${createHash("sha256").update(body).digest("hex")}\n${body}`);
    };
    // Entries of the wrong shape, with a digest that matches: each is ignored.
    rewrite((entries) => entries.map((e) => (e[0] === oidOf("x/user.proto") ? [e[0], e[1], 7, e[3]] : e[0] === oidOf("q/quiet.proto") ? [e[0], 1, 0, []] : e)));
    expect((await run(repo, true)).result).toEqual(full);
    // A well-formed entry that says the file the change reaches imports another one
    // too: the plan reads that file, finds it does not, and plans again without the cache.
    rewrite((entries) => entries.map((e) => (e[0] === oidOf("x/user.proto") ? [e[0], e[1], e[2], ["y/kind.proto", "z/other.proto"]] : e)));
    const second = await run(repo, true);
    expect(second.result).toEqual(full);
    expect(second.compiled).toEqual(["q/quiet.proto", "x/user.proto", "y/kind.proto"]);
  });
});
