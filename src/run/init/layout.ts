import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, normalize, sep } from "node:path";
import { ConfigDoc } from "../../config/yaml.js";

/** Where a repository keeps its schema, as `init` finds it. */
export type SchemaLayout =
  /** A buf.yaml in the directory: converted as it is. */
  | { readonly kind: "buf.yaml"; readonly file: string }
  /** A buf.work.yaml: its directories are the roots. */
  | { readonly kind: "buf.work.yaml"; readonly file: string; readonly roots: readonly string[] }
  /** The shallowest directories holding .proto files ("." for the directory itself); none when there is no .proto file. */
  | { readonly kind: "directories"; readonly roots: readonly string[] };

/** Directories never searched for .proto files. */
const SKIPPED = new Set(["node_modules", ".git", "vendor", "third_party", "dist", "build", "target", "out"]);
/** Names that usually hold the schema: a single chain of directories is followed down to one (src/main/proto). */
const SCHEMA_NAMES = new Set(["proto", "protos", "protobuf", "api", "apis", "schema", "schemas"]);
/** Bounds on the search: how deep, and how many directories are read. */
const MAX_DEPTH = 24;
const MAX_DIRS = 20_000;

/** Finds the schema below `dir`: buf.work.yaml, buf.yaml, else the directories that hold .proto files. */
export function findSchemaLayout(dir: string): SchemaLayout {
  const work = join(dir, "buf.work.yaml");
  if (existsSync(work)) return { kind: "buf.work.yaml", file: work, roots: bufWorkDirectories(work, "buf.work.yaml") };
  const buf = join(dir, "buf.yaml");
  if (existsSync(buf)) return { kind: "buf.yaml", file: buf };
  return { kind: "directories", roots: protoRoots(dir) };
}

/** The `directories` of a buf.work.yaml, each inside the directory of the file. */
export function bufWorkDirectories(file: string, display: string): string[] {
  const doc: ConfigDoc = new ConfigDoc(display, readFileSync(file, "utf8"));
  const node = doc.child(doc.root, "directories");
  if (node === undefined) doc.fail(doc.root, "buf.work.yaml has no directories");
  const dirs = doc.strings(node, "directories").map((d) => {
    const path = normalize(d.value).split(sep).join("/").replace(/\/$/, "");
    if (path === "" || isAbsolute(d.value) || path === ".." || path.startsWith("../")) {
      doc.fail(node, `directories: ${JSON.stringify(d.value)} is not a directory inside ${display}'s directory`);
    }
    return path;
  });
  if (dirs.length === 0) doc.fail(node, "directories is empty");
  return dirs;
}

interface Walk {
  dirs: number;
}

/** Directory entries, or none for a directory that cannot be read. */
function entries(path: string, walk: Walk): { files: string[]; dirs: string[] } {
  walk.dirs += 1;
  if (walk.dirs > MAX_DIRS) return { files: [], dirs: [] };
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch {
    return { files: [], dirs: [] };
  }
  const files: string[] = [];
  const dirs: string[] = [];
  for (const name of names) {
    let stat;
    try {
      stat = lstatSync(join(path, name));
    } catch {
      continue;
    }
    if (stat.isFile()) files.push(name);
    // Symbolic links are not followed: what they point at may be outside the repository.
    else if (stat.isDirectory() && !SKIPPED.has(name) && !name.startsWith(".")) dirs.push(name);
  }
  return { files, dirs };
}

/** Whether a directory holds a .proto file, directly or below. */
function holdsProto(path: string, depth: number, walk: Walk): boolean {
  if (depth > MAX_DEPTH) return false;
  const { files, dirs } = entries(path, walk);
  if (files.some((f) => f.endsWith(".proto"))) return true;
  return dirs.some((d) => holdsProto(join(path, d), depth + 1, walk));
}

/**
 * The shallowest directories below `dir` that hold .proto files ("." when
 * `dir` itself holds one). A root reached through a single chain of
 * directories with no .proto file of their own goes down to a directory with
 * a usual schema name (src/main/proto), if the chain has one.
 */
export function protoRoots(dir: string): string[] {
  const walk: Walk = { dirs: 0 };
  const top = entries(dir, walk);
  if (top.files.some((f) => f.endsWith(".proto"))) return ["."];
  const roots: string[] = [];
  for (const name of top.dirs) {
    if (holdsProto(join(dir, name), 1, walk)) roots.push(schemaDirBelow(dir, name, walk));
  }
  return roots;
}

function schemaDirBelow(dir: string, root: string, walk: Walk): string {
  let path = root;
  for (let depth = 1; depth < MAX_DEPTH; depth++) {
    if (SCHEMA_NAMES.has(path.slice(path.lastIndexOf("/") + 1))) return path;
    const { files, dirs } = entries(join(dir, path), walk);
    if (files.some((f) => f.endsWith(".proto"))) return root;
    const holding = dirs.filter((d) => holdsProto(join(dir, path, d), depth + 1, walk));
    if (holding.length !== 1) return root;
    path = `${path}/${holding[0] as string}`;
  }
  return root;
}
