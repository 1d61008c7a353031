import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { InputError } from "../model/errors.js";
import { closest } from "../model/suggest.js";
import { checkBounds } from "./yaml-bounds.js";

/** A key, value or item of a parsed collection as a node (null when empty). */
function nodeOf(value: unknown): Node | null {
  return isNode(value) ? value : null;
}

/** A configuration file that cannot be used; the message starts with `file:line:col:`. */
export class ConfigError extends InputError {
  override readonly name: string = "ConfigError";
}

/** A value read from a config file, with where it was written (`protoguard.yaml:3:5`). */
export interface At<T> {
  readonly value: T;
  readonly where: string;
}

/** A key of a mapping with its value node (null for `key:` with nothing after it). */
export interface Entry {
  readonly key: string;
  readonly where: string;
  readonly node: Node | null;
}

/** A parsed YAML (or JSON) document that locates each node as `file:line:col` for messages. */
export class ConfigDoc {
  private readonly lines = new LineCounter();
  private readonly doc: Document.Parsed;

  constructor(
    /** The file as it is named in messages. */
    readonly display: string,
    text: string,
  ) {
    const problem = checkBounds(text);
    if (problem !== undefined) throw new ConfigError(`${display}:${lineCol(text, problem.offset)}: ${problem.message}`);
    try {
      this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    } catch (err) {
      const what = err instanceof Error ? err.message : String(err);
      throw new ConfigError(`${display}:1:1: cannot read the file as YAML: ${lowerFirst(what.split("\n")[0] ?? what)}`);
    }
    const first = this.doc.errors[0];
    if (first !== undefined) {
      const detail = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? first.message;
      throw new ConfigError(`${this.where(first.pos[0])}: ${lowerFirst(detail)}`);
    }
  }

  /** The top node, or null for an empty document. */
  get root(): Node | null {
    return (this.doc.contents) ?? null;
  }

  /** `file:line:col` of an offset. */
  where(offset: number): string {
    const { line, col } = this.lines.linePos(offset);
    return `${this.display}:${line}:${col}`;
  }

  /** `file:line:col` of a node (the file's first line for a missing one). */
  at(node: Node | null | undefined): string {
    return node?.range ? this.where(node.range[0]) : `${this.display}:1:1`;
  }

  fail(node: Node | null | undefined, message: string): never {
    throw new ConfigError(`${this.at(node)}: ${message}`);
  }

  /** The entries of a mapping (null: none); `what` names it in the error for another kind of value. */
  entries(node: Node | null, what: string): Entry[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isMap(node)) this.fail(node, `${what} must be a mapping of keys to values`);
    return node.items.map((pair) => {
      const key = nodeOf(pair.key);
      if (!isScalar(key) || typeof key.value !== "string") this.fail(key, `${what}: keys must be names`);
      return { key: key.value, where: this.at(key), node: nodeOf(pair.value) };
    });
  }

  /** Fails on a key that is not allowed, suggesting the nearest allowed one. */
  checkKeys(entries: readonly Entry[], allowed: readonly string[], what: string): void {
    for (const e of entries) {
      if (allowed.includes(e.key)) continue;
      const hint = closest(e.key, allowed);
      throw new ConfigError(
        `${e.where}: unknown key ${JSON.stringify(e.key)}${what === "" ? "" : ` in ${what}`}${hint ? ` (did you mean "${hint}"?)` : ""}`,
      );
    }
  }

  /** A list of strings (null: empty). */
  strings(node: Node | null, what: string): At<string>[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items.map((item) => {
      const n = nodeOf(item);
      if (!isScalar(n) || (typeof n.value !== "string" && typeof n.value !== "number")) {
        this.fail(n, `${what}: each item must be a string`);
      }
      return { value: String(n.value), where: this.at(n) };
    });
  }

  /** A string. */
  string(node: Node | null, what: string): At<string> {
    if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) {
      this.fail(node, `${what} must be a string`);
    }
    return { value: String(node.value), where: this.at(node) };
  }

  /** A boolean (null: false). */
  bool(node: Node | null, what: string): boolean {
    if (node === null || (isScalar(node) && node.value === null)) return false;
    if (!isScalar(node) || typeof node.value !== "boolean") this.fail(node, `${what} must be true or false`);
    return node.value;
  }

  /** The node of a key of the top mapping, if present. */
  child(node: Node | null, key: string): Node | null | undefined {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    return pair === undefined ? undefined : nodeOf(pair.value);
  }
}

/** `line:col` of an offset, both from 1, lines ending at LF. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `${line}:${offset - start + 1}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
