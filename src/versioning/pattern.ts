/**
 * User version patterns (`package_versions.patterns`), matched in linear time.
 *
 * A pattern is a regular expression in JavaScript's syntax, restricted to what
 * a finite automaton can match: characters, `.`, classes (`[a-z]`, `[^_]`,
 * `\d`, `\w`, `\s` and their negations), groups (`(...)`, `(?:...)`),
 * alternation and the quantifiers `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (a
 * trailing `?` is accepted and changes nothing, as the whole component must
 * match). Backreferences, lookaround and anchors other than a leading `^` and
 * a trailing `$` are refused. The pattern becomes a Thompson automaton whose
 * simulation takes time proportional to the component's length times the
 * automaton's size, whatever the pattern: `(a+)+` cannot backtrack.
 */

/** A compiled pattern: `test` is true when the whole string matches. */
export interface VersionPattern {
  readonly source: string;
  test(component: string): boolean;
}

/** Why a pattern was refused; the message names the construct. */
export class PatternError extends Error {}

const MAX_SOURCE = 200;
const MAX_REPEAT = 100;
const MAX_STATES = 5000;

type CharTest = (ch: string) => boolean;

type Node =
  | { readonly t: "char"; readonly test: CharTest }
  | { readonly t: "seq"; readonly items: readonly Node[] }
  | { readonly t: "alt"; readonly options: readonly Node[] }
  | { readonly t: "rep"; readonly node: Node; readonly min: number; readonly max: number };

const DIGIT: CharTest = (c) => c >= "0" && c <= "9";
const WORD: CharTest = (c) => DIGIT(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
const SPACE: CharTest = (c) => /^\s$/u.test(c);

const CLASS_ESCAPES: Readonly<Record<string, CharTest>> = {
  d: DIGIT,
  D: (c) => !DIGIT(c),
  w: WORD,
  W: (c) => !WORD(c),
  s: SPACE,
  S: (c) => !SPACE(c),
};

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    let end = this.src.length;
    if (this.src.startsWith("^")) this.pos = 1;
    if (this.src.endsWith("$") && !this.src.endsWith("\\$") && end > this.pos) end -= 1;
    const node = this.alternation(end);
    if (this.pos < end) throw new PatternError(`unexpected "${this.src[this.pos] as string}" at ${this.pos + 1}`);
    return node;
  }

  private alternation(end: number): Node {
    const options = [this.sequence(end)];
    while (this.pos < end && this.src[this.pos] === "|") {
      this.pos++;
      options.push(this.sequence(end));
    }
    return options.length === 1 ? (options[0] as Node) : { t: "alt", options };
  }

  private sequence(end: number): Node {
    const items: Node[] = [];
    while (this.pos < end && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      items.push(this.quantified(end));
    }
    return { t: "seq", items };
  }

  private quantified(end: number): Node {
    let node = this.atom(end);
    for (;;) {
      const ch = this.src[this.pos];
      let min: number;
      let max: number;
      if (this.pos >= end) return node;
      if (ch === "*") [min, max] = [0, Infinity];
      else if (ch === "+") [min, max] = [1, Infinity];
      else if (ch === "?") [min, max] = [0, 1];
      else if (ch === "{" && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos)) as RegExpExecArray;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        if (max < min) throw new PatternError(`numbers out of order in ${m[0]}`);
        if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
          throw new PatternError(`${m[0]} repeats more than ${MAX_REPEAT} times`);
        }
        this.pos += m[0].length - 1;
      } else return node;
      this.pos++;
      if (this.src[this.pos] === "?" && this.pos < end) this.pos++;
      node = { t: "rep", node, min, max };
    }
  }

  private atom(end: number): Node {
    const ch = this.src[this.pos] as string;
    this.pos++;
    switch (ch) {
      case "(":
        return this.group(end);
      case "[":
        return { t: "char", test: this.charClass(end) };
      case ".":
        return { t: "char", test: (c) => c !== "\n" && c !== "\r" };
      case "\\":
        return { t: "char", test: this.escape(end) };
      case "^":
      case "$":
        throw new PatternError(`anchor "${ch}" inside the pattern (the whole component is matched already)`);
      case "*":
      case "+":
      case "?":
        throw new PatternError(`nothing to repeat before "${ch}"`);
      case "{":
      case "}":
      case "]":
        throw new PatternError(`lone "${ch}" (escape it as "\\${ch}")`);
      default:
        return { t: "char", test: (c) => c === ch };
    }
  }

  private group(end: number): Node {
    if (this.src.startsWith("?", this.pos)) {
      if (this.src.startsWith("?:", this.pos)) this.pos += 2;
      else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.src.slice(this.pos))) this.pos = this.src.indexOf(">", this.pos) + 1;
      else throw new PatternError("lookahead and lookbehind are not supported");
    }
    const node = this.alternation(end);
    if (this.src[this.pos] !== ")" || this.pos >= end) throw new PatternError("unterminated group");
    this.pos++;
    return node;
  }

  private escape(end: number): CharTest {
    if (this.pos >= end) throw new PatternError("\\ at end of pattern");
    const ch = this.src[this.pos] as string;
    this.pos++;
    const cls = CLASS_ESCAPES[ch];
    if (cls !== undefined) return cls;
    if (/[1-9k]/.test(ch)) throw new PatternError("backreferences are not supported");
    if (/[bB]/.test(ch)) throw new PatternError("word boundaries are not supported");
    if (/[A-Za-z0]/.test(ch)) throw new PatternError(`escape "\\${ch}" is not supported`);
    return (c) => c === ch;
  }

  private charClass(end: number): CharTest {
    const negate = this.src[this.pos] === "^";
    if (negate) this.pos++;
    const tests: CharTest[] = [];
    let first = true;
    while (this.pos < end && (this.src[this.pos] !== "]" || first)) {
      first = false;
      let lo: string;
      if (this.src[this.pos] === "\\") {
        this.pos++;
        const e = this.src[this.pos] as string;
        this.pos++;
        const cls = CLASS_ESCAPES[e];
        if (cls !== undefined) {
          tests.push(cls);
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) throw new PatternError(`escape "\\${e}" is not supported in a class`);
        lo = e;
      } else {
        lo = this.src[this.pos] as string;
        this.pos++;
      }
      if (this.src[this.pos] === "-" && this.pos + 1 < end && this.src[this.pos + 1] !== "]") {
        let hi = this.src[this.pos + 1] as string;
        this.pos += 2;
        if (hi === "\\") {
          hi = this.src[this.pos] as string;
          this.pos++;
        }
        if (hi < lo) throw new PatternError(`range out of order in class: ${lo}-${hi}`);
        tests.push((c) => c >= lo && c <= hi);
      } else {
        const one = lo;
        tests.push((c) => c === one);
      }
    }
    if (this.src[this.pos] !== "]" || this.pos >= end) throw new PatternError("unterminated character class");
    this.pos++;
    return negate ? (c) => !tests.some((t) => t(c)) : (c) => tests.some((t) => t(c));
  }
}

type State = { kind: "char"; test: CharTest; out: number } | { kind: "split"; outs: number[] } | { kind: "match" };

/** Compiles the tree into states; each node is compiled before what follows it is known, by continuation. */
function compile(root: Node): State[] {
  const states: State[] = [{ kind: "match" }];
  const add = (s: State): number => {
    if (states.length >= MAX_STATES) throw new PatternError("the pattern is too large");
    states.push(s);
    return states.length - 1;
  };
  const build = (node: Node, next: number): number => {
    switch (node.t) {
      case "char":
        return add({ kind: "char", test: node.test, out: next });
      case "seq":
        return node.items.reduceRight((to, item) => build(item, to), next);
      case "alt":
        return add({ kind: "split", outs: node.options.map((o) => build(o, next)) });
      case "rep": {
        let tail: number;
        if (node.max === Infinity) {
          const loop = add({ kind: "split", outs: [] });
          (states[loop] as { outs: number[] }).outs.push(build(node.node, loop), next);
          tail = loop;
        } else {
          tail = next;
          for (let i = node.min; i < node.max; i++) tail = add({ kind: "split", outs: [build(node.node, tail), next] });
        }
        for (let i = 0; i < node.min; i++) tail = build(node.node, tail);
        return tail;
      }
      default:
        return node satisfies never;
    }
  };
  const start = build(root, 0);
  states.push({ kind: "split", outs: [start] });
  return states;
}

/** Runs the automaton over the whole string: one pass, each state visited at most once per character. */
function simulate(states: readonly State[], input: string): boolean {
  const start = states.length - 1;
  let current = new Set<number>();
  const close = (set: Set<number>, from: number): void => {
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (set.has(s)) continue;
      set.add(s);
      const state = states[s] as State;
      if (state.kind === "split") for (const o of state.outs) stack.push(o);
    }
  };
  close(current, start);
  for (const ch of input) {
    const next = new Set<number>();
    for (const s of current) {
      const state = states[s] as State;
      if (state.kind === "char" && state.test(ch)) close(next, state.out);
    }
    if (next.size === 0) return false;
    current = next;
  }
  return current.has(0);
}

/** Compiles a user pattern; throws a PatternError saying what is wrong or not supported. */
export function compilePattern(source: string): VersionPattern {
  if (source.length > MAX_SOURCE) throw new PatternError(`longer than ${MAX_SOURCE} characters`);
  const states = compile(new Parser(source).parse());
  return { source, test: (component) => simulate(states, component) };
}
