import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { InputError } from "../../model/errors.js";
import { HOMEPAGE } from "../../report/links.js";
import { ConfigDoc } from "../../config/yaml.js";
import { isRecord } from "../../model/narrow.js";

/** The git hook managers `init --hook` writes a hook for. */
export const HOOK_KINDS = ["pre-commit", "husky", "lefthook", "simple-git-hooks"] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

/** What every hook runs: the staged schema against HEAD. */
export const HOOK_COMMAND = "npx --no-install protoguard breaking --staged";

/** A file `init` writes: its path relative to the directory, its new text, and whether it changes. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
  readonly status: "create" | "update" | "unchanged";
}

function read(dir: string, path: string): string | undefined {
  const file = join(dir, path);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** A YAML document to merge into, or a located error (exit 2) when it does not parse. */
function yamlDoc(path: string, text: string): Document {
  new ConfigDoc(path, text);
  return parseDocument(text);
}

function refuse(path: string, why: string): never {
  throw new InputError(`${path} ${why}; add the protoguard hook to it by hand (protoguard init --hook … --print shows it)`);
}

/** The pre-commit framework's entry for protoguard's own hook, at this version. */
export function preCommitEntry(version: string): string {
  return [`  - repo: ${HOMEPAGE}`, `    rev: v${version}`, "    hooks:", "      - id: protoguard-breaking", ""].join("\n");
}

function preCommit(dir: string, version: string | undefined): PlannedFile {
  const path = ".pre-commit-config.yaml";
  if (version === undefined) throw new InputError("protoguard's version is unknown (no package.json of protoguard's above it), so the pre-commit rev cannot be written");
  const old = read(dir, path);
  if (old === undefined) return { path, text: `repos:\n${preCommitEntry(version)}`, status: "create" };
  if (/\bprotoguard-breaking\b/.test(old)) return { path, text: old, status: "unchanged" };
  const doc = yamlDoc(path, old);
  const repos = isMap(doc.contents) ? doc.get("repos", true) : undefined;
  if (!isMap(doc.contents) || (repos !== undefined && !isSeq(repos))) refuse(path, "is not a mapping with a repos list");
  const entry = doc.createNode({ repo: HOMEPAGE, rev: `v${version}`, hooks: [{ id: "protoguard-breaking" }] });
  if (repos === undefined) doc.set("repos", doc.createNode([entry]));
  else doc.addIn(["repos"], entry);
  return { path, text: doc.toString(), status: "update" };
}

function withNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

function husky(dir: string): PlannedFile {
  const path = ".husky/pre-commit";
  const old = read(dir, path);
  if (old === undefined) return { path, text: `${HOOK_COMMAND}\n`, status: "create" };
  if (old.includes("protoguard breaking")) return { path, text: old, status: "unchanged" };
  if (/^\s*exec\s/m.test(old)) refuse(path, "ends in exec, so a line added after it would never run");
  return { path, text: `${withNewline(old)}${HOOK_COMMAND}\n`, status: "update" };
}

const LEFTHOOK_FILES = ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"];
const LEFTHOOK_GLOB = "*.{proto,yaml,yml}";

/** lefthook.yml's pre-commit command for protoguard. */
export function lefthookText(): string {
  return ["pre-commit:", "  commands:", "    protoguard:", `      glob: "${LEFTHOOK_GLOB}"`, `      run: ${HOOK_COMMAND}`, ""].join("\n");
}

function lefthook(dir: string): PlannedFile {
  const path = LEFTHOOK_FILES.find((f) => existsSync(join(dir, f))) ?? "lefthook.yml";
  const old = read(dir, path);
  if (old === undefined) return { path, text: lefthookText(), status: "create" };
  if (old.includes("protoguard breaking")) return { path, text: old, status: "unchanged" };
  const doc = yamlDoc(path, old);
  if (!isMap(doc.contents) && doc.contents !== null) refuse(path, "is not a mapping");
  const jobs = doc.getIn(["pre-commit", "jobs"], true);
  if (jobs !== undefined) {
    if (!isSeq(jobs)) refuse(path, "has pre-commit jobs that are not a list");
    doc.addIn(["pre-commit", "jobs"], doc.createNode({ name: "protoguard", glob: LEFTHOOK_GLOB, run: HOOK_COMMAND }));
  } else {
    if (doc.hasIn(["pre-commit", "commands", "protoguard"])) refuse(path, "has a pre-commit command named protoguard already");
    if (doc.contents === null) return { path, text: lefthookText(), status: "update" };
    doc.setIn(["pre-commit", "commands", "protoguard"], doc.createNode({ glob: LEFTHOOK_GLOB, run: HOOK_COMMAND }));
  }
  return { path, text: doc.toString(), status: "update" };
}

/** package.json's text with a change, indented as the file was. */
function packageJson(dir: string, change: (pkg: Record<string, unknown>) => boolean, purpose: string): PlannedFile {
  const path = "package.json";
  const old = read(dir, path);
  if (old === undefined) throw new InputError(`${purpose} reads package.json, and there is none here (npm init writes one)`);
  let pkg: unknown;
  try {
    pkg = JSON.parse(old);
  } catch (err) {
    throw new InputError(`package.json: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecord(pkg)) throw new InputError("package.json is not a JSON object");
  if (!change(pkg)) return { path, text: old, status: "unchanged" };
  const indent = /^[ \t]+(?=")/m.exec(old)?.[0] ?? "  ";
  return { path, text: `${JSON.stringify(pkg, null, indent)}\n`, status: "update" };
}

function objectAt(pkg: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = pkg[key] ?? {};
  if (!isRecord(value)) throw new InputError(`package.json: "${key}" is not an object`);
  pkg[key] = value;
  return value;
}

/** Adds protoguard to simple-git-hooks' pre-commit command in package.json (after the command already there). */
function simpleGitHooks(dir: string): PlannedFile {
  return packageJson(
    dir,
    (pkg) => {
      const hooks = objectAt(pkg, "simple-git-hooks");
      const old = hooks["pre-commit"];
      if (old !== undefined && typeof old !== "string") throw new InputError('package.json: "simple-git-hooks"."pre-commit" is not a string');
      if (old?.includes("protoguard breaking")) return false;
      hooks["pre-commit"] = old === undefined || old.trim() === "" ? HOOK_COMMAND : `${old} && ${HOOK_COMMAND}`;
      return true;
    },
    "simple-git-hooks",
  );
}

/** husky installs its hooks from the `prepare` script; added when package.json has none. */
function huskyPrepare(dir: string): { file?: PlannedFile; note?: string } {
  if (read(dir, "package.json") === undefined) return { note: "Next: npm init -y (husky runs from package.json's prepare script), then npm pkg set scripts.prepare=husky" };
  let note: string | undefined;
  const file = packageJson(
    dir,
    (pkg) => {
      const scripts = objectAt(pkg, "scripts");
      const prepare = scripts["prepare"];
      if (typeof prepare === "string" && prepare.includes("husky")) return false;
      if (prepare !== undefined) {
        note = 'package.json has a prepare script already: add "husky" to it (it sets git\'s hooks path to .husky/_)';
        return false;
      }
      scripts["prepare"] = "husky";
      return true;
    },
    "husky",
  );
  return note === undefined ? { file } : { file, note };
}

/** The files a hook manager needs for protoguard's hook, merged into what is there, and what to run next. */
export function planHook(dir: string, kind: HookKind, version: string | undefined): { files: PlannedFile[]; notes: string[] } {
  switch (kind) {
    case "pre-commit":
      return { files: [preCommit(dir, version)], notes: ["Next: pre-commit install"] };
    case "husky": {
      const prepare = huskyPrepare(dir);
      return {
        files: [husky(dir), ...(prepare.file ? [prepare.file] : [])],
        notes: [...(prepare.note ? [prepare.note] : []), "Next: npm install --save-dev husky protoguard && npx husky"],
      };
    }
    case "lefthook":
      return { files: [lefthook(dir)], notes: ["Next: npm install --save-dev lefthook protoguard && npx lefthook install"] };
    case "simple-git-hooks":
      return { files: [simpleGitHooks(dir)], notes: ["Next: npm install --save-dev simple-git-hooks protoguard && npx simple-git-hooks"] };
    default:
      return kind satisfies never;
  }
}
