/**
 * The `.proto` files a protobufjs JSON bundle was made from, found beside it:
 * every `.proto` file in the bundle's directory and below, read as a
 * directory input reads them (symbolic links not followed, so nothing
 * outside that directory is read; `node_modules` and `.git` skipped). A
 * package of the bundle counts as found only when protobufjs reads it from
 * those files exactly as from the bundle: the same messages, enums, services,
 * extensions and options, by protobufjs's own JSON form (with or without
 * `keepCase`, as pbjs may have been run either way). Anything else (a file
 * that does not parse, a package edited since the bundle was written) finds
 * nothing, so no finding points at a `.proto` that is not the bundle's.
 */
import type { SourceFile } from "../model/inputs.js";
import { readProtoDir } from "./dir.js";
import { loadProtobufjs } from "./pbjs.js";

/** The `.proto` files beside a bundle, and the bundle's packages they hold exactly. */
export interface BesideProtos {
  /** Every `.proto` file below the bundle's directory, with paths relative to it. */
  readonly files: readonly SourceFile[];
  /** The bundle's directory as typed, for the files' names in findings ("" for the current directory). */
  readonly display: string;
  /** The packages protobufjs reads the same from the files as from the bundle. */
  readonly packages: ReadonlySet<string>;
}

interface JsonNamespace {
  readonly nested?: Readonly<Record<string, unknown>>;
  readonly options?: unknown;
}

/** A namespace of protobufjs's JSON form: nested objects, and nothing a type, enum, service or field holds. */
function isNamespace(node: unknown): node is JsonNamespace {
  return typeof node === "object" && node !== null && !("fields" in node) && !("values" in node) && !("methods" in node) && !("id" in node);
}

/** JSON text with the keys of every object sorted: two reads that list the same definitions in another order agree. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (typeof v !== "object" || v === null) return v;
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, x]) => [k, sorted(x)]));
  };
  return JSON.stringify(sorted(value));
}

/** Each package's own definitions (not those of the packages below it) and options, as canonical text. */
function packagesOf(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: JsonNamespace, pkg: string): void => {
    const own: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(node.nested ?? {})) {
      if (isNamespace(child)) walk(child, pkg === "" ? name : `${pkg}.${name}`);
      else own[name] = child;
    }
    if (Object.keys(own).length > 0) out.set(pkg, canonical({ options: node.options ?? null, own }));
  };
  if (isNamespace(json)) walk(json, "");
  return out;
}

/**
 * The `.proto` files in `dir` (the bundle's directory) and below, with the
 * bundle's packages they hold exactly; undefined when they hold none of them.
 * `name` names the bundle in the error for a missing protobufjs.
 */
export function besideProtos(bundle: unknown, dir: string, display: string, name: string): BesideProtos | undefined {
  let files: SourceFile[];
  try {
    files = readProtoDir(dir);
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const pb = loadProtobufjs(name);
  const wanted = packagesOf(pb.Root.fromJSON(bundle).toJSON());
  // The well-known types pbjs copies into a bundle are not the schema's own, and no .proto beside it declares them.
  wanted.delete("google.protobuf");
  const decoder = new TextDecoder();
  const texts = files.map((f) => decoder.decode(f.bytes));
  const packages = new Set<string>();
  for (const keepCase of [true, false]) {
    // A bundle written with keepCase is found on the first read: the second is for one written without.
    if (packages.size === wanted.size) break;
    const root = new pb.Root();
    try {
      for (const text of texts) pb.parse(text, root, { keepCase });
    } catch {
      continue;
    }
    for (const [pkg, text] of packagesOf(root.toJSON())) if (wanted.get(pkg) === text) packages.add(pkg);
  }
  return packages.size === 0 ? undefined : { files, display, packages };
}
