/**
 * Option values: scalars, identifiers, strings and `{ ... }` message
 * literals (kept as protoc keeps them, with the positions of their fields),
 * and their conversion to the typed value of a standard option.
 */
import { create } from "@bufbuild/protobuf";
import type { DescField, DescMessage } from "@bufbuild/protobuf";
import type { UninterpretedOption } from "@bufbuild/protobuf/wkt";
import { EOF, FLOAT, IDENT, INT, LexError, Lexer, STRING, SYMBOL } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { newNamePart, newUninterpretedOption } from "./made.js";
import { LiteralError, decodeLiteralBytes, intLiteralValue, shownLiteral, utf8Text } from "./text.js";
import { MAX_NESTING, C_SEMI, C_LBRACE, C_RBRACE, C_LBRACKET, C_RBRACKET, C_COMMA, C_MINUS, C_LT, C_GT, C_COLON, ParserBase } from "./parser-base.js";
import type { AggField, AggValue, OptionValue } from "./parsed-file.js";

const fieldMaps = new WeakMap<DescMessage, Map<string, DescField>>();

export function fieldByName(schema: DescMessage, name: string): DescField | undefined {
  let m = fieldMaps.get(schema);
  if (m === undefined) {
    m = new Map(schema.fields.map((f) => [f.name, f]));
    fieldMaps.set(schema, m);
  }
  return m.get(name);
}

export abstract class OptionValueParser extends ParserBase {
  protected readOptionValue(): OptionValue {
    const lx = this.lx;
    const start = lx.here();
    let negative = false;
    if (lx.isSym(C_MINUS)) {
      negative = true;
      lx.next();
    }
    switch (lx.kind) {
      case IDENT: {
        const text = lx.text();
        if (negative && text !== "inf" && text !== "nan") this.fail(`syntax error: identifier after "-" must be inf or nan, found ${this.describe()}`);
        lx.next();
        return { kind: "ident", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case INT: {
        const text = lx.text();
        lx.next();
        return { kind: "int", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case FLOAT: {
        const text = lx.text();
        lx.next();
        return { kind: "float", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case STRING: {
        if (negative) this.fail('syntax error: "-" before a string');
        const bytes = this.readStringBytes();
        return { kind: "string", negative, text: "", bytes, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case SYMBOL:
        if (lx.sym === C_LBRACE && !negative) {
          const agg = this.readAggregate();
          return { kind: "aggregate", negative, text: agg.text, fields: agg.fields, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
        }
        break;
    }
    this.expected("an option value", "");
  }

  /**
   * Reads a `{ ... }` option value. Returns the text as protoc keeps it (the
   * tokens between the braces joined by spaces) and the fields with positions.
   */
  protected readAggregate(): { text: string; fields: AggField[] } {
    const parts: string[] = [];
    this.lx.next();
    const fields = this.aggBody(C_RBRACE, parts, true);
    return { text: parts.join(" "), fields };
  }

  /** Counts one more level of `{`, `<` or `[` in a message value; fails past MAX_NESTING. */
  protected enterValue(): void {
    if (++this.aggDepth > MAX_NESTING) this.fail(`message value is nested too deeply (more than ${MAX_NESTING} levels)`);
  }

  protected aggTake(parts: string[]): void {
    parts.push(this.lx.text());
    this.lx.next();
  }

  protected aggBody(close: number, parts: string[], outer: boolean): AggField[] {
    const lx = this.lx;
    const fields: AggField[] = [];
    for (;;) {
      if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
      if (lx.isSym(close)) {
        if (outer) lx.next();
        else this.aggTake(parts);
        return fields;
      }
      const start = lx.here();
      let name: string;
      let isExtension = false;
      if (lx.kind === IDENT) {
        name = lx.text();
        this.aggTake(parts);
      } else if (lx.isSym(C_LBRACKET)) {
        isExtension = true;
        this.aggTake(parts);
        name = "";
        while (!lx.isSym(C_RBRACKET)) {
          if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
          name += lx.text();
          this.aggTake(parts);
        }
        this.aggTake(parts);
      } else {
        this.expected("a field name", "in message value");
      }
      let colon = false;
      if (lx.isSym(C_COLON)) {
        colon = true;
        this.aggTake(parts);
      }
      const value = this.aggValue(parts, colon);
      const span = start.line === lx.prevLine ? [start.line, start.col, lx.prevEndCol] : [start.line, start.col, lx.prevLine, lx.prevEndCol];
      fields.push({ name, isExtension, span, value });
      if (lx.isSym(C_COMMA) || lx.isSym(C_SEMI)) this.aggTake(parts);
    }
  }

  protected aggValue(parts: string[], colon: boolean): AggValue {
    const lx = this.lx;
    if (lx.isSym(C_LBRACE) || lx.isSym(C_LT)) {
      const close = lx.isSym(C_LBRACE) ? C_RBRACE : C_GT;
      this.enterValue();
      this.aggTake(parts);
      const fields = this.aggBody(close, parts, false);
      this.aggDepth--;
      return { kind: "message", fields };
    }
    if (!colon) this.expected('":"', "after field name in message value");
    if (lx.isSym(C_LBRACKET)) {
      this.enterValue();
      this.aggTake(parts);
      while (!lx.isSym(C_RBRACKET)) {
        this.aggValue(parts, true);
        if (lx.isSym(C_COMMA)) this.aggTake(parts);
        else if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in list value");
      }
      this.aggTake(parts);
      this.aggDepth--;
      return { kind: "list" };
    }
    if (lx.isSym(C_MINUS)) this.aggTake(parts);
    if (lx.kind === STRING) {
      while (lx.isKind(STRING)) this.aggTake(parts);
      return { kind: "scalar" };
    }
    if (lx.kind === IDENT || lx.kind === INT || lx.kind === FLOAT) {
      this.aggTake(parts);
      return { kind: "scalar" };
    }
    this.expected("a value", "in message value");
  }

  protected uninterpreted(parts: readonly { name: string; isExtension: boolean }[], v: OptionValue): UninterpretedOption {
    const u = newUninterpretedOption(parts.map((p) => newNamePart(p.name, p.isExtension)));
    switch (v.kind) {
      case "ident":
        if (v.negative) u.doubleValue = v.text === "inf" ? -Infinity : NaN;
        else u.identifierValue = v.text;
        break;
      case "int": {
        const n = this.parseIntText(v);
        if (v.negative) {
          if (n > 9223372036854775808n) this.fail("integer out of range", v.start.line, v.start.col);
          u.negativeIntValue = -n;
        } else {
          if (n > 18446744073709551615n) this.fail("integer out of range", v.start.line, v.start.col);
          u.positiveIntValue = n;
        }
        break;
      }
      case "float":
        u.doubleValue = v.negative ? -Number(v.text) : Number(v.text);
        break;
      case "string":
        u.stringValue = v.bytes as Uint8Array;
        break;
      case "aggregate":
        u.aggregateValue = v.text;
        break;
    }
    return u;
  }

  protected parseIntText(v: OptionValue): bigint {
    const t = v.text;
    const n = intLiteralValue(t);
    if (n === undefined) this.fail(`invalid integer literal ${JSON.stringify(shownLiteral(t))}`, v.start.line, v.start.col);
    return n;
  }

  protected optionTypeError(name: string, want: string, value: OptionValue): never {
    this.fail(`option "${name}": expected ${want}, found ${value.kind === "string" ? "a string" : value.kind === "aggregate" ? "a message value" : JSON.stringify((value.negative ? "-" : "") + value.text)}`, value.start.line, value.start.col);
  }

  protected enumOptionValue(values: readonly { name: string; number: number }[], name: string, value: OptionValue): number {
    if (value.kind !== "ident" || value.negative) this.optionTypeError(name, "an enum value name", value);
    const ev = values.find((v) => v.name === value.text);
    if (ev === undefined) this.fail(`option "${name}": unknown enum value "${value.text}"`, value.start.line, value.start.col);
    return ev.number;
  }

  protected scalarOptionValue(scalar: number, name: string, value: OptionValue): unknown {
    switch (scalar) {
      case 9: // string
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return utf8Text(value.bytes as Uint8Array);
      case 12: // bytes
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return value.bytes;
      case 8: // bool
        if (value.kind !== "ident" || value.negative || (value.text !== "true" && value.text !== "false")) this.optionTypeError(name, "true or false", value);
        return value.text === "true";
      case 1: // double
      case 2: // float
        if (value.kind === "int") return (value.negative ? -1 : 1) * Number(this.parseIntText(value));
        if (value.kind === "float") return (value.negative ? -1 : 1) * Number(value.text);
        if (value.kind === "ident" && (value.text === "inf" || value.text === "nan")) return value.text === "nan" ? NaN : value.negative ? -Infinity : Infinity;
        this.optionTypeError(name, "a number", value);
      // falls through (unreachable)
      default: {
        if (value.kind !== "int") this.optionTypeError(name, "an integer", value);
        let n = this.parseIntText(value);
        if (value.negative) n = -n;
        const is64 = scalar === 3 || scalar === 4 || scalar === 6 || scalar === 16 || scalar === 18;
        const unsigned = scalar === 4 || scalar === 6 || scalar === 13 || scalar === 7;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? (is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n) : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail(`option "${name}": value out of range`, value.start.line, value.start.col);
        return is64 ? n : Number(n);
      }
    }
  }

  /** A message-typed standard option written as `{ field: value ... }` (text format subset). */
  protected aggregateMessage(schema: DescMessage, value: OptionValue): unknown {
    const msg = create(schema) as unknown as Record<string, unknown>;
    const sub = new Lexer(value.text);
    const fail = (what: string): never => this.fail(`option value: ${what}`, value.start.line, value.start.col);
    const parseInto = (s: DescMessage, target: Record<string, unknown>, close: number): void => {
      for (;;) {
        if (sub.kind === EOF) {
          if (close === 0) return;
          fail("unexpected end of message value");
        }
        if (sub.kind === SYMBOL && sub.sym === close) {
          sub.next();
          return;
        }
        if (sub.kind !== IDENT) fail(`unexpected ${JSON.stringify(sub.text())}`);
        const fname = sub.text();
        const found = fieldByName(s, fname);
        if (found === undefined) return fail(`unknown field "${fname}" in ${s.typeName}`);
        const f: DescField = found;
        sub.next();
        if (sub.kind === SYMBOL && sub.sym === C_COLON) sub.next();
        const readScalar = (): OptionValue => {
          const st: Pos = value.start;
          let neg = false;
          if (sub.kind === SYMBOL && sub.sym === C_MINUS) {
            neg = true;
            sub.next();
          }
          const kind = sub.kind === IDENT ? "ident" : sub.kind === INT ? "int" : sub.kind === FLOAT ? "float" : sub.kind === STRING ? "string" : undefined;
          if (kind === undefined) return fail(`unexpected ${JSON.stringify(sub.text())}`);
          const text = sub.text();
          const bytes = kind === "string" ? decodeLiteralBytes(sub.src, sub.start, sub.end) : undefined;
          sub.next();
          return bytes === undefined
            ? { kind, negative: neg, text, start: st, endLine: 0, endCol: 0 }
            : { kind, negative: neg, text, bytes, start: st, endLine: 0, endCol: 0 };
        };
        const one = (): unknown => {
          const fm = f.fieldKind === "message" || (f.fieldKind === "list" && f.listKind === "message") ? f.message : undefined;
          if (fm !== undefined) {
            const m = create(fm) as unknown as Record<string, unknown>;
            if (sub.kind === SYMBOL && (sub.sym === C_LBRACE || sub.sym === C_LT)) {
              const c = sub.sym === C_LBRACE ? C_RBRACE : C_GT;
              sub.next();
              parseInto(fm, m, c);
              return m;
            }
            return fail(`expected a message value for "${fname}"`);
          }
          const v = readScalar();
          const fe = f.fieldKind === "enum" || (f.fieldKind === "list" && f.listKind === "enum") ? f.enum : undefined;
          if (fe !== undefined) return this.enumOptionValue(fe.values, fname, v);
          return this.scalarOptionValue((f as { scalar: number }).scalar, fname, v);
        };
        const isSym = (code: number): boolean => (sub.kind as number) === SYMBOL && sub.sym === code;
        if (f.fieldKind === "list") {
          const list = target[f.localName] as unknown[];
          if (isSym(C_LBRACKET)) {
            sub.next();
            while (!isSym(C_RBRACKET)) {
              list.push(one());
              if (isSym(C_COMMA)) sub.next();
              else if (!isSym(C_RBRACKET)) fail('expected "," or "]"');
            }
            sub.next();
          } else list.push(one());
        } else {
          target[f.localName] = one();
        }
        if (isSym(C_COMMA) || isSym(C_SEMI)) sub.next();
      }
    };
    try {
      sub.next();
      parseInto(schema, msg, 0);
    } catch (e) {
      if (e instanceof LexError || e instanceof LiteralError) fail(e.message);
      throw e;
    }
    return msg;
  }
}
