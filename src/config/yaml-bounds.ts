import { CST, Lexer } from "yaml";

/** The largest configuration file read, in characters: real ones are a few kilobytes. */
export const MAX_CONFIG_CHARS = 256 * 1024;
/** The deepest nesting of flow collections (`[`, `{`) a configuration may have. */
export const MAX_FLOW_DEPTH = 64;
/**
 * The most block indicators (`- `, `? `, and `: ` outside flow collections) on
 * one line: each one opens a collection inside the one before (the parser
 * slows to seconds on thousands of `a: a: a: …`).
 */
export const MAX_INDICATORS_PER_LINE = 64;
/** The most aliases (`*name`) in a configuration; the reader never expands them. */
export const MAX_ALIASES = 64;

/** A limit a configuration's text breaks, and the offset where it does. */
export interface BoundsProblem {
  readonly offset: number;
  readonly message: string;
}

/** Tokens the lexer yields that mark a place and stand for no text of the source. */
const MARKERS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

/**
 * Checks a configuration's text against the limits above in one pass of the
 * `yaml` package's own lexer (linear, no recursion), before it is parsed: the
 * parser recurses on nesting and its regular expressions exhaust the heap on
 * deep flow collections, which no `catch` recovers from. Also a configuration
 * is one document: a second one (after `---` or `...`) is a problem.
 * Returns the first problem, or undefined.
 */
export function checkBounds(text: string): BoundsProblem | undefined {
  if (text.length > MAX_CONFIG_CHARS) {
    return { offset: 0, message: `the file has ${text.length} characters, more than the ${MAX_CONFIG_CHARS} a configuration may have` };
  }
  let offset = 0;
  let depth = 0;
  let indicators = 0;
  let aliases = 0;
  let content = false;
  let marker = false;
  const second = (at: number): BoundsProblem => ({
    offset: at,
    message: "a configuration is one YAML document, and a second one starts here",
  });
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === CST.DOCUMENT && content) return second(offset);
      continue;
    }
    const at = offset;
    offset += token.length;
    if (token === "---") {
      if (content || marker) return second(at);
      marker = true;
      continue;
    }
    if (token === "...") continue;
    if (token.startsWith("\n") || token.startsWith("\r")) {
      indicators = 0;
      continue;
    }
    const first = token.charAt(0);
    if (first === " " || first === "\t" || first === "#" || first === "%" || token === CST.BOM) continue;
    content = true;
    if (token === "[" || token === "{") {
      if (++depth > MAX_FLOW_DEPTH) return { offset: at, message: `collections are nested more than ${MAX_FLOW_DEPTH} deep` };
    } else if (token === "]" || token === "}") {
      depth = Math.max(0, depth - 1);
    } else if (token === "-" || token === "?" || (token === ":" && depth === 0)) {
      if (++indicators > MAX_INDICATORS_PER_LINE) {
        return { offset: at, message: `collections are nested more than ${MAX_INDICATORS_PER_LINE} deep on one line` };
      }
    } else if (first === "*") {
      if (++aliases > MAX_ALIASES) return { offset: at, message: `more than ${MAX_ALIASES} aliases` };
    }
  }
  return undefined;
}
